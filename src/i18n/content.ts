import type { Locale } from './index.ts';

/**
 * Translated content. A translatable field `f` holds English; its Spanish value is the sibling field `f_es`
 * (the Studio shows the two side by side). Where the Spanish value is missing or blank, a Spanish page shows the
 * English one, marked `lang="en"` (see Localized.astro) so screen readers switch voice and visitors know why.
 */
export interface Localized<T> {
  value: T;
  /** The language `value` is in: the page's, or English when it fell back. */
  lang: Locale;
}

type Translatable<K extends string, T> = { [P in K]?: T | null } & { [P in `${K}_es`]?: T | null };

const present = (value: unknown): boolean =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) ? value.length > 0 : value != null;

/** The field's value in `locale`, or the English one (marked `lang: 'en'`) when it has no translation. */
export function localized<K extends string, T>(
  entity: Translatable<K, T>,
  field: K,
  locale: Locale,
): Localized<T | undefined> {
  if (locale !== 'en') {
    const translation = (entity as Record<string, T | null | undefined>)[`${field}_${locale}`];
    if (present(translation)) return { value: translation as T, lang: locale };
  }
  return { value: (entity as Record<string, T | null | undefined>)[field] ?? undefined, lang: 'en' };
}

/** Just the text, for places that cannot mark a fallback (a page title, an attribute). */
export const localizedText = <K extends string>(
  entity: Translatable<K, string>,
  field: K,
  locale: Locale,
): string | undefined => localized(entity, field, locale).value;
