/**
 * Controlled vocabularies shared by the Sanity schema, the zod schemas and the importer,
 * so an option added for editors is one the site and the importer understand.
 */

export const LOCATION_STATUS = {
  open: 'Open',
  'opening-soon': 'Opening soon',
  'temporarily-closed': 'Temporarily closed',
} as const;

export const LEVEL_OF_CARE = {
  'crisis-stabilization': 'Crisis stabilization',
  'hospital-inpatient': 'Hospital inpatient',
  detox: 'Detox / withdrawal management',
  residential: 'Residential',
  'partial-hospitalization': 'Partial hospitalization',
  'intensive-outpatient': 'Intensive outpatient',
  outpatient: 'Outpatient',
  'medication-assisted': 'Medication-assisted treatment',
  'recovery-support': 'Recovery support',
} as const;

export const SERVICE_CATEGORY = {
  assessment: 'Assessment',
  therapy: 'Therapy',
  medical: 'Medical',
  medication: 'Medication',
  complementary: 'Complementary',
  support: 'Support',
  other: 'Other',
} as const;

export const PROGRAM_FORMAT = {
  'in-person': 'In person',
  telehealth: 'Telehealth',
} as const;

export const AGE_GROUP = {
  children: 'Children (0–12)',
  adolescents: 'Adolescents (13–17)',
  'young-adults': 'Young adults (18–25)',
  adults: 'Adults (26–64)',
  seniors: 'Seniors (65+)',
} as const;

export const PAYMENT_OPTION = {
  'private-insurance': 'Private insurance',
  medicaid: 'Medicaid',
  medicare: 'Medicare',
  tricare: 'TRICARE',
  'self-pay': 'Self-pay (cash)',
  'sliding-fee': 'Sliding fee scale',
  'free-of-charge': 'Free of charge',
} as const;

export const WEEKDAY = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} as const;

/** US states, DC and the territories SAMHSA's directory lists, by USPS code. */
export const US_STATE = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  AS: 'American Samoa',
  FM: 'Federated States of Micronesia',
  GU: 'Guam',
  MH: 'Marshall Islands',
  MP: 'Northern Mariana Islands',
  PW: 'Palau',
  PR: 'Puerto Rico',
  VI: 'U.S. Virgin Islands',
} as const;

type Key<T> = keyof T & string;
export type LocationStatus = Key<typeof LOCATION_STATUS>;
export type LevelOfCare = Key<typeof LEVEL_OF_CARE>;
export type ServiceCategory = Key<typeof SERVICE_CATEGORY>;
export type ProgramFormat = Key<typeof PROGRAM_FORMAT>;
export type AgeGroup = Key<typeof AGE_GROUP>;
export type PaymentOption = Key<typeof PAYMENT_OPTION>;
export type Weekday = Key<typeof WEEKDAY>;
export type UsState = Key<typeof US_STATE>;

/** The keys of a vocabulary as a non-empty tuple, the shape `z.enum` wants. */
export const keysOf = <T extends Record<string, string>>(vocabulary: T) =>
  Object.keys(vocabulary) as [Key<T>, ...Key<T>[]];

/** A vocabulary as Sanity `options.list` entries, in the `{ title, value }` shape that list takes. */
export const optionsOf = <const T extends string>(entries: Record<T, string>) =>
  (Object.entries(entries) as [T, string][]).map(([value, title]) => ({ value, title }));
