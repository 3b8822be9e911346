import { beforeAll, describe, expect, test } from 'vitest';
import { createFullDataset, type Doc } from './corpus.ts';
import { addFuzzDocuments, type FuzzPage } from './fuzz.ts';
import { attr, buildWith, enclosingLink, readPages, schemeOf, scriptText, type Page } from './html.ts';
import { RENDER_CASES } from './render-cases.ts';

const SITE = 'https://care.example.org/';
const JSON_TYPES = ['application/json', 'application/ld+json'];
/** Elements no template emits: any of them in a page came from content. */
const FOREIGN_ELEMENTS = ['img', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'base', 'style', 'template'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset'];

// ONE dataset, so ONE build, for every renders-safely case and the sampled text.
const docs = createFullDataset() as Doc[];
for (const c of RENDER_CASES) c.change(docs);
const fuzzPages: FuzzPage[] = addFuzzDocuments(docs, { copies: 2, seed: 6_040 });

let pages: Page[];
beforeAll(() => {
  pages = readPages(buildWith(docs));
}, 180_000);

/** True when a browser following `href` from the site would land on another origin over http(s). */
const leavesSite = (href: string) => {
  const url = new URL(href, SITE);
  return url.protocol.startsWith('http') && url.origin !== new URL(SITE).origin;
};

const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no page ${path}; built: ${pages.map((p) => p.path).join(', ')}`);
  return found;
};
const everyElement = () => pages.flatMap((p) => p.elements.map((element) => ({ page: p.path, element })));
const describeElement = (e: { page: string; element: { tagName: string; attrs: { name: string; value: string }[] } }) =>
  `${e.page}: <${e.element.tagName} ${e.element.attrs.map((a) => `${a.name}="${a.value}"`).join(' ')}>`;

describe('bad content that renders safely', () => {
  test.each(RENDER_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { texts } = page(c.page);
    // A text node holding the whole string proves it was escaped: parsed as markup, it would be split up.
    const holding = texts.filter((t) => t.value.includes(c.shows));
    expect(holding.length, `"${c.shows.slice(0, 80)}" as text on ${c.page}`).toBeGreaterThan(0);
    if (c.link === null) for (const t of holding) expect(enclosingLink(t), 'not a link').toBeUndefined();
    if (typeof c.link === 'string') {
      const links = holding.flatMap((t) => enclosingLink(t) ?? []);
      const link = links.find((a) => attr(a, 'href')?.startsWith(c.link!));
      expect(link, `linked to ${c.link}, got ${links.map((a) => attr(a, 'href')).join(', ')}`).toBeDefined();
      if (leavesSite(attr(link!, 'href')!)) expect(attr(link!, 'rel')?.split(' ')).toEqual(['noopener', 'noreferrer']);
    }
    if (c.hides) expect(texts.filter((t) => t.value.includes(c.hides!))).toEqual([]);
  });
});

describe('arbitrary hostile text (fast-check samples) in every free-text field and its Spanish sibling renders escaped', () => {
  test('the sampled documents were built, in both languages', () => {
    expect(fuzzPages.length).toBe(12);
    // Every translatable free-text field got its own Spanish sample (the rest are shared with English).
    const spanishFields = (id: string) =>
      fuzzPages.find((f) => f.id === `${id} (es)`)!.samples.filter((s) => s.field.includes('_es')).length;
    expect([
      spanishFields('location.fuzz-1'),
      spanishFields('program.fuzz-1'),
      spanishFields('service.fuzz-1'),
    ]).toEqual([5, 11, 3]);
    for (const { page: path } of fuzzPages) expect(() => page(path)).not.toThrow();
  });

  test.each(fuzzPages.map((f) => [f.id, f] as const))('every field of %s shows its text verbatim', (_, fuzz) => {
    const { texts } = page(fuzz.page);
    // Runs of HTML whitespace read as one space, as browsers render them.
    const collapse = (text: string) => text.replace(/[ \t\n\f\r]+/g, ' ');
    const missing = fuzz.samples.filter((s) => !texts.some((t) => collapse(t.value).includes(collapse(s.shows))));
    expect(missing.map((s) => `${s.field}: ${JSON.stringify(s.text)}`)).toEqual([]);
  });
});

describe('the built site carries nothing from content that acts', () => {
  test('has the pages the cases look at', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12 + 6);
  });

  test('no <script> comes from content: external, same-origin, or inert JSON that still parses', () => {
    const bad = everyElement()
      .filter(({ element }) => element.tagName === 'script')
      .filter(({ element }) => {
        const src = attr(element, 'src');
        const type = attr(element, 'type') ?? '';
        if (src !== undefined) return !src.startsWith('/') || src.startsWith('//');
        if (JSON_TYPES.includes(type)) {
          try {
            JSON.parse(scriptText(element));
            return false;
          } catch {
            return true;
          }
        }
        // An inline script the site might add (e.g. a hashed one) must not carry content.
        return /alert\(|pwned|evil\.example/.test(scriptText(element));
      });
    expect(bad.map(describeElement)).toEqual([]);
  });

  test('no element carries an event-handler (on*) attribute', () => {
    const bad = everyElement().filter(({ element }) => element.attrs.some((a) => /^on/i.test(a.name)));
    expect(bad.map(describeElement)).toEqual([]);
  });

  test(`no element that only content could add (${FOREIGN_ELEMENTS.join(', ')}, meta http-equiv)`, () => {
    const bad = everyElement().filter(
      ({ element }) =>
        FOREIGN_ELEMENTS.includes(element.tagName) ||
        (element.tagName === 'meta' && attr(element, 'http-equiv') !== undefined),
    );
    expect(bad.map(describeElement)).toEqual([]);
  });

  test('no href, src or form action uses javascript:, data: or vbscript:', () => {
    const bad = everyElement().filter(({ element }) =>
      element.attrs.some(
        (a) => URL_ATTRIBUTES.includes(a.name) && ['javascript', 'data', 'vbscript'].includes(schemeOf(a.value) ?? ''),
      ),
    );
    expect(bad.map(describeElement)).toEqual([]);
  });

  test('no form posts anywhere but the site itself', () => {
    const bad = everyElement().filter(({ element }) => {
      const action = attr(element, element.tagName === 'form' ? 'action' : 'formaction');
      return action !== undefined && new URL(action, SITE).origin !== new URL(SITE).origin;
    });
    expect(bad.map(describeElement)).toEqual([]);
  });

  test('every link to another site carries rel="noopener noreferrer"', () => {
    const links = everyElement().filter(({ element }) => element.tagName === 'a' && attr(element, 'href'));
    const external = links.filter(({ element }) => leavesSite(attr(element, 'href')!));
    expect(external.length, 'the corpus has external links to check').toBeGreaterThan(0);
    const bad = external.filter(({ element }) => {
      const rel = (attr(element, 'rel') ?? '').split(/\s+/);
      return !rel.includes('noopener') || !rel.includes('noreferrer');
    });
    expect(bad.map(describeElement)).toEqual([]);
  });
});
