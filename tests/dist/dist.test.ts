import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countByRule, formatFailures, type Failure } from '../../scripts/check/failure.ts';
import { checkHtmlValidity } from '../../scripts/check/html-validity.ts';
import { checkJsonLd } from '../../scripts/check/json-ld.ts';
import { checkLinks } from '../../scripts/check/links.ts';
import { PAGE_TYPES, pageLanguage, pageType } from '../../scripts/check/page-type.ts';
import { attr, elements, parseHtml, textOf } from '../../scripts/check/html-doc.ts';
import { loadPages, type Page } from '../../scripts/check/pages.ts';
import { inLocale } from '../../src/domain/urls.ts';
import {
  checkNotOfferedPhones,
  checkRepeatedSentences,
  linkedNotOfferedPhones,
  sentencesOf,
} from '../../scripts/check/said-once.ts';
import { checkSitemap, siteOrigin } from '../../scripts/check/sitemap.ts';
import { readOracleDataset } from '../support/oracles.ts';
import { buildSite, ROOT } from './build-site.ts';
import { englishIn, englishInterfaceStrings, readableText } from './interface-english.ts';
import { dictionaries } from '../../src/i18n/index.ts';

let distDir: string;
let cleanup = () => {};
let pages: Page[];

beforeAll(() => {
  ({ distDir, cleanup } = buildSite());
  pages = loadPages(distDir);
}, 180_000);

afterAll(() => cleanup());

/** One assertion per check whose message lists every failure, so a single run shows all there is to fix. */
function expectNone(failures: Failure[], what: string) {
  const summary = `${failures.length} ${what} in ${distDir} ${JSON.stringify(countByRule(failures))}`;
  expect(failures.length, `${summary}\n${formatFailures(failures)}`).toBe(0);
}

describe('the built site', () => {
  test('has pages to check', () => {
    expect(pages.length, 'a build without pages would pass every check below').toBeGreaterThan(0);
  });

  test('every sitemap URL is a built page, and every page is in the sitemap', () => {
    const paths = pages.map((page) => page.path);
    expectNone(checkSitemap(distDir, paths), 'sitemap problems');
  });

  test('every internal link resolves to a file and every #anchor to an element id', () => {
    expectNone(checkLinks(distDir, pages, { siteOrigin: siteOrigin(distDir) }), 'broken links or anchors');
  });

  test('every page is valid HTML (html-validate)', async () => {
    const { errors, warnings } = await checkHtmlValidity(pages);
    // Warnings are content advice (e.g. long titles): shown, not failed.
    if (warnings.length > 0) console.warn(`html-validate warnings (${warnings.length}):\n${formatFailures(warnings)}`);
    expectNone(errors, 'HTML errors');
  });

  test('every page is compressed (compressHTML), and a link keeps the space before it', () => {
    // Template indentation is gone: whitespace between two tags never holds a line break (outside the elements
    // where whitespace is content or code).
    const outsideProtected = (html: string) => html.replace(/<(pre|textarea|script|style)\b[\s\S]*?<\/\1>/gi, '');
    const loose = pages.filter((page) => />[ \t]*\n\s*</.test(outsideProtected(page.html))).map((page) => page.path);
    expect(loose, 'pages with template indentation left').toEqual([]);
    // Compression that glued text to the link after it would read "ortext 988" in the crisis line on every page.
    const glued = pages.filter((page) => !/<\/a> \p{L}+\s<a [^>]*href="sms:988"/u.test(page.html)).map((p) => p.path);
    expect(glued, 'pages whose crisis line lost a space').toEqual([]);
    // ...and a template line break never shows as a space before punctuation ("Clinic , Center", "555-0100 .").
    const stray = pages.flatMap((page) =>
      [...page.html.matchAll(/<\/(?:a|strong|em|span)>\s+(?:<span[^>]*>)?[,.;:]/g)].map((m) => `${page.path}: ${m[0]}`),
    );
    expect(stray, 'a space between a link or emphasis and the punctuation after it').toEqual([]);
  });

  test('JSON-LD parses, and each location page states the phone and address it shows', () => {
    // Without location pages the consistency half of this test would pass vacuously.
    expect(
      pages.some((p) => pageType(p.path) === 'location'),
      'no /locations/{slug}/ page was built',
    ).toBe(true);
    expectNone(checkJsonLd(pages), 'JSON-LD problems');
  });

  test('no sentence appears twice on any page', () => {
    expectNone(checkRepeatedSentences(pages), 'repeated sentences');
    // The check reads whole pages (the crisis line, at least, on each)...
    for (const page of pages) expect(sentencesOf(page).length, page.path).toBeGreaterThan(0);
    // ...and it fails a page that says something twice.
    const location = pages.find((p) => pageType(p.path) === 'location' && p.html.includes('data-not-offered-note'))!;
    const note = /<p[^>]*data-not-offered-note[^>]*>[\s\S]*?<\/p>/.exec(location.html)![0];
    const twice = location.html.replace(note, note + note);
    expect(checkRepeatedSentences([{ ...location, html: twice, doc: parseHtml(twice) }]).length).toBeGreaterThan(0);
  });

  test('every phone number in a not-offered note is a tel: link', () => {
    expectNone(checkNotOfferedPhones(pages), 'phone numbers in not-offered notes that are not links');
    expect(linkedNotOfferedPhones(pages), 'no note with a phone number was checked').toBeGreaterThan(0);
    // A number is the whole link text: no template whitespace inside the link ("at  1-800-662-4357 , free").
    const padded = pages.flatMap((p) =>
      [...p.html.matchAll(/<a href="tel:[^"]*"[^>]*>(?:\s[^<]*|[^<]*\s)<\/a>/g)].map((m) => `${p.path}: ${m[0]}`),
    );
    expect(padded, 'links with spaces inside').toEqual([]);
    // A note with a bare number fails the check.
    const page = pages.find((p) => p.html.includes('data-not-offered-note'))!;
    const bare = page.html.replace(/(<p[^>]*data-not-offered-note[^>]*>)/, '$1Call 1-800-662-4357 today. ');
    expect(checkNotOfferedPhones([{ ...page, html: bare, doc: parseHtml(bare) }])).toEqual([
      expect.objectContaining({ rule: 'phone-not-a-link', message: expect.stringContaining('1-800-662-4357') }),
    ]);
  });

  test('npm run budget: every page within the size budget, table per page type and language', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/size-budget.ts'), distDir], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    for (const language of ['en', 'es'] as const) {
      const present = new Set(pages.filter((p) => pageLanguage(p.path) === language).map((p) => pageType(p.path)));
      expect(present.size, `${language} pages of several types`).toBeGreaterThan(5);
      for (const type of PAGE_TYPES) {
        if (type === 'search' || !present.has(type)) continue;
        // Each type present in the build has its own row per language in the table.
        expect(run.stdout, `no table row for ${language} pages of type "${type}"`).toMatch(
          new RegExp(`^${type}\\s+${language}\\s+\\d+\\s`, 'm'),
        );
      }
    }
    for (const search of ['/search/', '/es/search/'])
      expect(run.stdout, `${search} is reported apart`).toContain(`search (no budget): ${search} `);
  });

  test("one Pagefind bundle per language, each with all of its own pages and none of the other's", () => {
    for (const language of ['en', 'es'] as const) {
      const entry = JSON.parse(
        readFileSync(join(distDir, inLocale('/pagefind/pagefind-entry.json', language)), 'utf8'),
      ) as {
        languages: Record<string, { page_count: number }>;
      };
      const indexed = pages.filter((p) => pageLanguage(p.path) === language && p.html.includes('data-pagefind-body'));
      expect(indexed.length, `${language} pages to search`).toBeGreaterThan(40);
      expect(entry.languages, `${inLocale('/pagefind/', language)}`).toEqual({
        [language]: expect.objectContaining({ page_count: indexed.length }),
      });
    }
  });

  test('the Spanish 404 is also es/404.html, the page Cloudflare Pages serves for a missing /es/ path', () => {
    const spanish404 = readFileSync(join(distDir, 'es/404.html'), 'utf8');
    expect(spanish404).toBe(readFileSync(join(distDir, 'es/404/index.html'), 'utf8'));
    expect(spanish404).toContain('<html lang="es"');
  });
});

describe('the language assistance page', () => {
  const content = readOracleDataset().byId.get('languageAssistance') as {
    notice: string;
    taglines: { language: string; text: string; phone: { number: string } }[];
  };
  const page = () => pages.find((p) => p.path === '/language-assistance/')!;

  test('shows the notice, then each tagline in its own language and direction with its own tel: link', () => {
    expect(page(), 'no /language-assistance/ page was built').toBeDefined();
    const text = textOf(page().doc).replace(/\s+/g, ' ');
    expect(text).toContain('Language assistance');
    for (const paragraph of content.notice.split('\n\n')) expect(text).toContain(paragraph);
    const items = [...elements(page().doc)].filter((el) => attr(el, 'data-tagline') !== undefined);
    expect(items.map((el) => attr(el, 'lang'))).toEqual(content.taglines.map((t) => t.language));
    expect(items.map((el) => attr(el, 'dir'))).toEqual(
      content.taglines.map((t) => (t.language === 'ar' ? 'rtl' : 'ltr')),
    );
    content.taglines.forEach((tagline, i) => {
      const links = [...elements(items[i]!)].filter((el) => el.tagName === 'a').map((el) => attr(el, 'href'));
      expect(links, tagline.language).toContain(`tel:${tagline.phone.number}`);
      expect(textOf(items[i]!).replace(/\s+/g, ' '), tagline.language).toContain(tagline.text);
    });
  });

  test('every page links to it from its footer', () => {
    const unlinked = pages.filter((p) => {
      const footer = [...elements(p.doc)].find((el) => el.tagName === 'footer');
      const href = inLocale('/language-assistance/', p.path.startsWith('/es/') ? 'es' : 'en');
      return !footer || ![...elements(footer)].some((el) => attr(el, 'href') === href);
    });
    expect(unlinked.map((p) => p.path)).toEqual([]);
  });
});

const SUFFIXES: Record<string, string> = { St: 'Street', Ave: 'Avenue', Blvd: 'Boulevard', Rd: 'Road', Dr: 'Drive' };

/** A street as notes name it, without its number: "1510 Main St" → "Main St", "Main Street". */
function streetNames(address: Record<string, string> | undefined): string[] {
  const name = address?.street1?.replace(/^[\d-]+\s+/, '');
  if (!name) return [];
  const suffix = /\s(\w+)$/.exec(name)?.[1];
  return suffix && SUFFIXES[suffix] ? [name, name.replace(/\w+$/, SUFFIXES[suffix])] : [name];
}

describe('the Spanish pages', () => {
  const english = englishInterfaceStrings(dictionaries.en, dictionaries.es);
  // Names, streets and cities are the same in every language (and "Main Street Clinic" is not the word "Main").
  const shared = [...readOracleDataset().byId.values()]
    .flatMap((doc) => {
      const { address } = doc as { address?: Record<string, string> };
      return [
        doc.name,
        doc.organizationName,
        address?.street1,
        address?.street2,
        address?.city,
        ...streetNames(address),
      ];
    })
    .filter((name): name is string => typeof name === 'string');

  test('the English strings to look for are derived from the dictionary', () => {
    expect(english.get('Programs')).toMatch(/^(layout.navPrograms|indexPages.programsTitle)$/);
    expect(english.get('Call')).toBeDefined();
    expect(englishIn('Ver Programs y Call', english)).toEqual(expect.arrayContaining(['Programs', 'Call']));
    expect(englishIn('Programas; llame al 988', english)).toEqual([]);
  });

  test('show no English interface string outside content marked lang="en"', () => {
    const spanish = pages.filter((p) => p.path.startsWith('/es/'));
    expect(spanish.length, 'no Spanish pages were built').toBeGreaterThan(0);
    const found = spanish.flatMap((page) =>
      englishIn(readableText(page.doc).join(''), english, shared).map(
        (s) => `${page.path}: "${s}" (${english.get(s)})`,
      ),
    );
    expect(found).toEqual([]);
  });
});
