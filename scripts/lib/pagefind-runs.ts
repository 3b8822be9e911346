import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/i18n/index.ts';

/** One Pagefind CLI run over a built site: the pages of one language, indexed into that language's folder. */
export interface PagefindRun {
  locale: Locale;
  /** The CLI's arguments after `--site <folder>`. */
  args: string[];
  /** Where the run writes `pagefind-entry.json`, inside the site folder. */
  entry: string;
}

const BUNDLE = 'pagefind';

/**
 * One Pagefind run per language, so each holds one language's pages in memory (at national scale two
 * languages in one run peaked at 4.1 GB; one language's half about 2.8 GB). Spanish pages live under `es/`
 * and get `es/pagefind/`; English pages are everything else and get `pagefind/`. The indexes are the same as
 * one run's (Pagefind files each page by its `<html lang>` either way): only the bundle folders differ.
 *
 * The default language's glob names the site's top-level entries one by one, because Pagefind's globs cannot
 * exclude a folder: `{index.html,404.html,programs/**\/*.html,…}`.
 */
export function pagefindRuns(site: string): PagefindRun[] {
  const prefixed = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  const rootGlobs = readdirSync(site, { withFileTypes: true })
    .filter((e) => !(prefixed as readonly string[]).includes(e.name) && e.name !== BUNDLE)
    .flatMap((e) => (e.isDirectory() ? [`${e.name}/**/*.html`] : e.name.endsWith('.html') ? [e.name] : []));
  const unsafe = rootGlobs.find((glob) => /[{},[\]!?]/.test(glob));
  if (unsafe) throw new Error(`A top-level name in ${site} has a glob character: ${unsafe}`);
  return [
    {
      locale: DEFAULT_LOCALE,
      args: ['--glob', `{${rootGlobs.join(',')}}`],
      entry: join(BUNDLE, 'pagefind-entry.json'),
    },
    ...prefixed.map((locale) => ({
      locale,
      args: ['--glob', `${locale}/**/*.html`, '--output-subdir', `${locale}/${BUNDLE}`],
      entry: join(locale, BUNDLE, 'pagefind-entry.json'),
    })),
  ];
}

/** Pages a run indexed, from its `pagefind-entry.json`. */
export const indexedPages = (entryJson: string): number =>
  Object.values((JSON.parse(entryJson) as { languages: Record<string, { page_count: number }> }).languages).reduce(
    (sum, language) => sum + language.page_count,
    0,
  );
