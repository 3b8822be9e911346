import { escapeText } from '../lib/html-text.ts';
import type { Localized } from './content.ts';
import { dictionaries, type Locale } from './index.ts';

/**
 * Content as HTML for a page in `locale`: as is in the page's language; an English fallback wrapped in
 * `lang="en"` and followed by a small "(en inglés)", so a screen reader reads it in English and a visitor knows
 * why. `html` is the value already rendered (escaped text by default, or a note with its phone links).
 * A string, so a page sets it on its element (`set:html`) without template whitespace around it.
 */
export function localizedHtml(
  of: Localized<unknown>,
  locale: Locale,
  html = escapeText(String(of.value ?? '')),
  element: 'span' | 'div' = 'span',
): string {
  if (of.lang === locale) return html;
  return `<${element} lang="${of.lang}">${html}${untranslatedMarker(locale)}</${element}>`;
}

/** The small "(en inglés)" after content shown in English on a page in `locale`. */
export const untranslatedMarker = (locale: Locale) =>
  `<small class="muted text-sm font-normal" lang="${locale}">${escapeText(` ${dictionaries[locale].components.untranslated}`)}</small>`;
