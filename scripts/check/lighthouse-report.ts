import { inLocale } from '../../src/domain/urls.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { pageLanguage, pageType } from './page-type.ts';
import { table } from './table.ts';

/** The categories reported, in table order. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * The pages worth a Lighthouse run, in each language the build has: home, the first program and location in the
 * list, and the search page (`/`, …, then `/es/`, …). Labels name the language past English ("program (es)").
 */
export function pickLighthousePages(paths: readonly string[]): { label: string; path: string }[] {
  return LOCALES.flatMap((locale) => {
    const own = paths.filter((path) => pageLanguage(path) === locale);
    const first = (type: string) => own.find((path) => pageType(path) === type);
    const picks = [
      { label: 'home', path: first('home') },
      { label: 'program', path: first('program') },
      { label: 'location', path: first('location') },
      // The search page is not in every sitemap; it is always built.
      { label: 'search', path: own.length > 0 ? inLocale('/search/', locale) : undefined },
    ];
    return picks.flatMap(({ label, path }) =>
      path === undefined ? [] : [{ label: locale === 'en' ? label : `${label} (${locale})`, path }],
    );
  });
}

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode?: string };
type Category = { id: string; title: string; score: number | null; auditRefs: { id: string; weight: number }[] };
/** The part of a Lighthouse result (LHR) this report reads. */
export type LighthouseResult = {
  finalDisplayedUrl?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, Category>;
  audits: Record<string, Audit>;
};

export type PageScores = {
  label: string;
  path: string;
  scores: Record<string, number | null>;
  /** Weighted audits that did not pass, per category other than performance (whose metrics are in the score). */
  failing: Record<string, string[]>;
  warnings: string[];
  error?: string;
};

/** Scores (0-100) and failing audits of one Lighthouse run. */
export function summarizeResult(label: string, path: string, lhr: LighthouseResult): PageScores {
  const scores: Record<string, number | null> = {};
  const failing: Record<string, string[]> = {};
  for (const id of LIGHTHOUSE_CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    if (!category || id === 'performance') continue;
    failing[id] = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit): audit is Audit => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit.id} (${audit.title})`);
  }
  return {
    label,
    path,
    scores,
    failing,
    warnings: lhr.runWarnings ?? [],
    error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined,
  };
}

/** A score table, one row per page, then what each non-perfect category lost points on. */
export function formatLighthouseTable(results: readonly PageScores[]): string {
  const header = ['page', 'path', ...LIGHTHOUSE_CATEGORIES];
  const rows = results.map((r) => [
    r.label,
    r.path,
    ...LIGHTHOUSE_CATEGORIES.map((id) => (r.error ? 'error' : r.scores[id] == null ? '-' : String(r.scores[id]))),
  ]);
  // Scores right-aligned: every column after the page and its path.
  const lines = table(header, rows, (i) => i >= 2);
  for (const r of results) {
    if (r.error) lines.push(`\n${r.path}: ${r.error}`);
    for (const [category, audits] of Object.entries(r.failing)) {
      if (audits.length > 0) lines.push(`${r.path} ${category}: ${audits.join('; ')}`);
    }
  }
  return lines.join('\n');
}
