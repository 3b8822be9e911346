/** Which way a language's script runs (`rtl` for Arabic, Hebrew, Persian, Urdu…), for the `dir` attribute. */
export function textDirection(languageTag: string): 'ltr' | 'rtl' {
  return new Intl.Locale(languageTag).getTextInfo().direction === 'rtl' ? 'rtl' : 'ltr';
}
