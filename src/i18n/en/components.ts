/** Small components used on many pages: the search box, phone and outbound links, referral help. */
export const components = {
  searchLabel: 'Search programs, services and locations',
  searchPlaceholderLarge: 'Try: IOP, Spanish, Medicaid, a city',
  searchPlaceholderCompact: 'Search, e.g. IOP or Spanish',
  searchButton: 'Search',
  externalSite: ' (external site)',
  callNumber: (number: string) => `Call ${number}`,
  resourceCall: 'Call',
  and: 'and',
  referralAdmissions: 'Our admissions team can help you find the right place:',
  /** After content shown in English on a page in another language (never on English pages). */
  untranslated: '(in English)',
  referralMore: 'More help, at the foot of this page:',
};
