import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from './dist-files.ts';
import { pageAssetPaths, staticImports } from './page-assets.ts';
import { englishPath } from '../../src/domain/urls.ts';
import type { Locale } from '../../src/i18n/index.ts';
import { PAGE_TYPES, pageLanguage, pageType, type PageType } from './page-type.ts';
import { eachPage, type Page } from './pages.ts';
import { table } from './table.ts';

/** What a page may weigh, in gzip bytes (kB here means 1,000 bytes): of everything it loads, or of its HTML alone. */
export type Budget = { bytes: number; of: 'total' | 'html' };

/** Every page: 25 kB of HTML plus the CSS and JS it loads. */
export const PAGE_BUDGET: Budget = { bytes: 25_000, of: 'total' };
/** Pages that list locations (up to 500 on a state or city page) may carry 60 kB of HTML. */
export const LISTING_BUDGET: Budget = { bytes: 60_000, of: 'html' };

/**
 * The budget of each page type. `/locations/` is a `listing` (like `/programs/` and `/services/`): it names only the
 * states, so it keeps the 25 kB page budget.
 */
export const BUDGETS: Record<Exclude<PageType, 'search'>, Budget> = {
  home: PAGE_BUDGET,
  program: LISTING_BUDGET,
  location: PAGE_BUDGET,
  service: LISTING_BUDGET,
  state: LISTING_BUDGET,
  city: LISTING_BUDGET,
  listing: PAGE_BUDGET,
  other: PAGE_BUDGET,
};

/**
 * Pagefind's bundles live here (`/pagefind/`, `/es/pagefind/`: one per language); their bytes are only paid on
 * search, so they are kept out of every page's total.
 */
const isPagefindFile = (urlPath: string) => englishPath(urlPath).startsWith('/pagefind/');

export type PageSize = {
  path: string;
  type: PageType;
  /** The page's language (its URL prefix): each type's budget holds in every language. */
  language: Locale;
  /** Gzip bytes of the HTML document. */
  html: number;
  /** Gzip bytes of each CSS and JS file the page loads, Pagefind's excluded. */
  assets: { path: string; bytes: number }[];
  /** HTML plus assets: what the budget applies to. */
  total: number;
  /** Gzip bytes of Pagefind files the page references directly (reported, not budgeted). */
  pagefind: number;
  /** Referenced files that are not in dist (the link check reports them; here they only explain a low total). */
  missing: string[];
};

/** Measures every page: gzip size of its HTML plus each CSS/JS file it loads, following static JS imports. */
export function measurePages(distDir: string, pages: Iterable<Page>): PageSize[] {
  // Pages share a few bundles: each file is read, gzipped and scanned for imports once per run.
  const files = new Map<string, AssetFile | undefined>();
  const fileAt = (urlPath: string): AssetFile | undefined => {
    if (!files.has(urlPath)) files.set(urlPath, readAsset(distDir, urlPath));
    return files.get(urlPath);
  };
  return Array.from(pages, (page) => {
    const assets: PageSize['assets'] = [];
    const missing: string[] = [];
    let pagefind = 0;
    for (const path of withStaticImports(fileAt, pageAssetPaths(page.doc, page.path))) {
      const bytes = fileAt(path)?.bytes;
      if (bytes === undefined) missing.push(path);
      else if (isPagefindFile(path)) pagefind += bytes;
      else assets.push({ path, bytes });
    }
    const html = gzip(Buffer.from(page.html));
    const total = html + assets.reduce((sum, a) => sum + a.bytes, 0);
    return {
      path: page.path,
      type: pageType(page.path),
      language: pageLanguage(page.path),
      html,
      assets,
      total,
      pagefind,
      missing,
    };
  });
}

/** Measures the pages of `distDir` whose URL path `include` accepts (all by default), parsing one at a time. */
export const measureDist = (distDir: string, include?: (path: string) => boolean): PageSize[] =>
  measurePages(distDir, eachPage(distDir, include));

/** A file in dist, once: its gzip size and, for a JS module, the URL paths it imports statically. */
type AssetFile = { bytes: number; imports: string[] };

/** The file a URL path names in dist, or undefined when there is none. */
function readAsset(distDir: string, urlPath: string): AssetFile | undefined {
  const file = join(distDir, decodeURIComponent(urlPath));
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  const data = readFileSync(file);
  const imports = /\.m?js$/.test(urlPath)
    ? staticImports(data.toString('utf8')).map((spec) =>
        spec.startsWith('/') ? spec : posix.join(posix.dirname(urlPath), spec),
      )
    : [];
  return { bytes: gzip(data), imports };
}

/** The asset paths plus every JS module they import statically, each once: the browser fetches those up front too. */
function withStaticImports(fileAt: (urlPath: string) => AssetFile | undefined, paths: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...paths];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...(fileAt(path)?.imports ?? []));
  }
  return [...seen];
}

function gzip(data: Buffer): number {
  // Level 6 is what common servers and CDNs use on the fly, so the budget reflects real transfer sizes.
  return gzipSync(data, { level: 6 }).length;
}

/** A page type's budget; search has none. */
const budgetOf = (type: PageType): Budget | undefined => (type === 'search' ? undefined : BUDGETS[type]);

/** The bytes a page's budget limits: its HTML alone, or HTML plus assets. */
const measured = (size: PageSize): number => (budgetOf(size.type)?.of === 'html' ? size.html : size.total);

export type TypeSummary = {
  type: PageType;
  language: Locale;
  budget: Budget;
  count: number;
  min: number;
  median: number;
  max: number;
  worst: string;
};

/**
 * Min, median and max of the budgeted bytes per page type and language (search excluded: it has no budget), in
 * PAGE_TYPES order, English first.
 */
export function summarize(sizes: readonly PageSize[]): TypeSummary[] {
  const languages = [...new Set(sizes.map((s) => s.language))].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : 0));
  return PAGE_TYPES.flatMap((type) =>
    type === 'search'
      ? []
      : languages.flatMap((language) => {
          const group = sizes
            .filter((s) => s.type === type && s.language === language)
            .map((s) => ({ path: s.path, bytes: measured(s) }))
            .sort((a, b) => a.bytes - b.bytes);
          if (group.length === 0) return [];
          const mid = Math.floor(group.length / 2);
          const median = group.length % 2 ? group[mid]!.bytes : (group[mid - 1]!.bytes + group[mid]!.bytes) / 2;
          const worst = group.at(-1)!;
          const budget = BUDGETS[type];
          return [
            {
              type,
              language,
              budget,
              count: group.length,
              min: group[0]!.bytes,
              median,
              max: worst.bytes,
              worst: worst.path,
            },
          ];
        }),
  );
}

/** Pages over their type's budget, largest first; search is never among them. */
export function overBudget(sizes: readonly PageSize[]): PageSize[] {
  return sizes
    .filter((s) => measured(s) > (budgetOf(s.type)?.bytes ?? Infinity))
    .sort((a, b) => measured(b) - measured(a));
}

/** The page with the most gzip bytes of HTML + CSS + JS, search left out; undefined when there is none. */
export function heaviestPage(sizes: readonly PageSize[]): PageSize | undefined {
  return sizes.reduce<PageSize | undefined>(
    (heaviest, s) => (s.type !== 'search' && (!heaviest || s.total > heaviest.total) ? s : heaviest),
    undefined,
  );
}

/** Gzip total and file count of Pagefind's bundles in dist (every language's), or undefined when the site was not indexed. */
export function pagefindBundle(distDir: string): { files: number; bytes: number } | undefined {
  const files = listFiles(distDir).filter((f) => isPagefindFile(`/${f}`));
  if (files.length === 0) return undefined;
  return { files: files.length, bytes: files.reduce((sum, f) => sum + gzip(readFileSync(join(distDir, f))), 0) };
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

const budgetLabel = (budget: Budget) => `${kB(budget.bytes)} ${budget.of === 'html' ? 'HTML' : 'HTML+CSS+JS'}`;

/** The human report: one table row per page type, then search and Pagefind, the heaviest page, any page over budget. */
export function formatBudgetReport(
  sizes: readonly PageSize[],
  bundle: { files: number; bytes: number } | undefined,
): string {
  const rows = summarize(sizes).map((s) => [
    s.type,
    s.language,
    String(s.count),
    budgetLabel(s.budget),
    kB(s.min),
    kB(s.median),
    kB(s.max),
    s.worst,
  ]);
  const lines = [
    `Size budget per page, gzip (1 kB = 1000 bytes): ${budgetLabel(PAGE_BUDGET)}; pages listing locations ${budgetLabel(LISTING_BUDGET)}`,
    '',
    // Numbers right-aligned: every column but the type, the language, the budget and the worst page.
    ...table(
      ['type', 'language', 'pages', 'budget kB', 'min kB', 'median kB', 'max kB', 'worst page'],
      rows,
      (i) => i === 2 || (i > 3 && i < 7),
    ),
    '',
  ];
  for (const search of sizes.filter((s) => s.type === 'search')) {
    const css = search.assets.filter((a) => a.path.endsWith('.css')).reduce((sum, a) => sum + a.bytes, 0);
    lines.push(
      `search (no budget): ${search.path} ${kB(search.total + search.pagefind)} kB = HTML ${kB(search.html)} + CSS ${kB(css)}` +
        ` + JS ${kB(search.total - search.html - css)} + Pagefind files it references ${kB(search.pagefind)}`,
    );
  }
  lines.push(
    bundle
      ? `Pagefind bundle (loaded on demand while searching): ${bundle.files} files, ${kB(bundle.bytes)} kB gzip`
      : 'Pagefind bundle: none in dist',
  );
  const heaviest = heaviestPage(sizes);
  if (heaviest) lines.push(`Heaviest page: ${describe(heaviest)}`);
  const missing = sizes.filter((s) => s.missing.length > 0);
  if (missing.length > 0)
    lines.push(
      `Referenced but missing (not counted): ${missing.map((s) => `${s.path} → ${s.missing.join(', ')}`).join('; ')}`,
    );
  const over = overBudget(sizes);
  lines.push('');
  lines.push(
    over.length === 0
      ? `All ${sizes.filter((s) => s.type !== 'search').length} budgeted pages are within their budget.`
      : `${over.length} page(s) over budget:\n` +
          over.map((s) => `  ${describe(s)}, budget ${budgetLabel(budgetOf(s.type)!)}`).join('\n'),
  );
  return lines.join('\n');
}

/** "/states/ca/ 31.2 kB (HTML 26.0, /_astro/x.css 5.2)". */
const describe = (s: PageSize) =>
  `${s.path} ${kB(s.total)} kB (HTML ${kB(s.html)}, ${s.assets.map((a) => `${a.path} ${kB(a.bytes)}`).join(', ') || 'no assets'})`;
