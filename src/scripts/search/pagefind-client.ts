import { inLocale } from '../../domain/urls.ts';
import type { Locale } from '../../i18n/index.ts';

/** The parts of Pagefind's browser API this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts per facet value for the current search and filters. */
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once per page from the site's own bundle of the page's language, written at build time:
 * `/pagefind/` for English, `/es/pagefind/` for Spanish (scripts/lib/pagefind-runs.ts).
 */
export function loadPagefind(locale: Locale): Promise<Pagefind> {
  loading ??= (async () => {
    const url = inLocale('/pagefind/pagefind.js', locale);
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
