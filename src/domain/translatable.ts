/**
 * The translatable fields of each document type (issue 15): a field `f` listed here keeps English, and its
 * Spanish value is the sibling field `f_es`. `faq[].question` is the field of each item of the `faq` array.
 * Phones, addresses, coordinates, hours, slugs and names of locations and the organisation are shared.
 */
export const TRANSLATABLE_FIELDS = {
  program: [
    'title',
    'shortName',
    'summary',
    'safetyNote',
    'body',
    'typicalSchedule',
    'suitableFor',
    'notSuitableFor',
    'reasonsRecommended',
    'aliases',
    'faq[].question',
    'faq[].answer',
  ],
  service: ['title', 'description', 'aliases'],
  location: ['hoursNote', 'accessibilityNotes', 'hours[].note', 'programs[].scheduleNote', 'notOffered[].note'],
  siteSettings: [
    'tagline',
    'notOfferedNote',
    'notOffered[].note',
    'referralResources[].name',
    'referralResources[].description',
  ],
  languageAssistance: ['notice'],
} as const satisfies Record<string, readonly string[]>;

export type TranslatableType = keyof typeof TRANSLATABLE_FIELDS;

/** A translatable field as `{ list, field }`: `list` names the array whose items hold `field`, if any. */
export function splitField(path: string): { list: string | undefined; field: string } {
  const [list, field] = path.split('[].');
  return field === undefined ? { list: undefined, field: list! } : { list, field };
}
