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

const present = (value: unknown): boolean =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) ? value.length > 0 : value != null;

/** The field's value in `locale`, or the English one (marked `lang: 'en'`) when it has no translation. */
export function localized<E extends object, K extends keyof E & string>(
  entity: E,
  field: K,
  locale: Locale,
): Localized<NonNullable<E[K]> | undefined> {
  const values = entity as Record<string, NonNullable<E[K]> | null | undefined>;
  if (locale !== 'en') {
    const translation = values[`${field}_${locale}`];
    if (present(translation)) return { value: translation!, lang: locale };
  }
  return { value: values[field] ?? undefined, lang: 'en' };
}

/** Just the text, for places that cannot mark a fallback (a page title, an attribute). */
export const localizedText = <K extends string, E extends { [P in K]?: string | null | undefined }>(
  entity: E,
  field: K,
  locale: Locale,
): string | undefined => localized(entity, field, locale).value;

/** A link whose text is a content field (a program's title), with the language that text is in. */
export function localizedLink<K extends string, E extends { [P in K]: string }>(
  entity: E,
  field: K,
  href: string,
  locale: Locale,
): { href: string; text: string; lang: Locale } {
  const { value, lang } = localized(entity, field, locale);
  return { href, text: value ?? entity[field], lang };
}
