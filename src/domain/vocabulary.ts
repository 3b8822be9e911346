import type { Locale } from '../i18n/index.ts';

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

/** The states whose Spanish name is not the English one: pages name them so, and search reads them too. */
export const US_STATE_ES: Partial<Record<keyof typeof US_STATE, string>> = {
  MI: 'Míchigan',
  OR: 'Oregón',
  PW: 'Palaos',
  NC: 'Carolina del Norte',
  SC: 'Carolina del Sur',
  ND: 'Dakota del Norte',
  SD: 'Dakota del Sur',
  DC: 'Distrito de Columbia',
  HI: 'Hawái',
  LA: 'Luisiana',
  MS: 'Misisipi',
  MO: 'Misuri',
  NJ: 'Nueva Jersey',
  NY: 'Nueva York',
  NH: 'Nuevo Hampshire',
  NM: 'Nuevo México',
  PA: 'Pensilvania',
  WV: 'Virginia Occidental',
  VI: 'Islas Vírgenes de EE. UU.',
  AS: 'Samoa Americana',
  MP: 'Islas Marianas del Norte',
  MH: 'Islas Marshall',
  FM: 'Estados Federados de Micronesia',
};

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

/**
 * Words search understands beyond the content's own program and service names, per locale (a translation adds
 * its own entry). Each maps what people type (lowercase, whole words) to the vocabulary key it means.
 * "evening" is not a format: evening tracks are a program's schedule, and content may use it as an alias.
 */
export interface SearchWords {
  /** Phrases meaning "where I am now"; matched before anything else. */
  nearMe: readonly string[];
  /** Words that carry no meaning for search ("near", "the"); dropped after everything else is read. */
  filler: readonly string[];
  ages: Readonly<Record<string, AgeGroup>>;
  formats: Readonly<Record<string, ProgramFormat>>;
  payments: Readonly<Record<string, PaymentOption>>;
  /** Language words to the name locations list the language by. */
  languages: Readonly<Record<string, string>>;
  /** State names in this language where they differ from the English ones search always knows. */
  states: Readonly<Record<string, UsState>>;
}

/**
 * Accents are optional everywhere (search compares words without them), so "telesalud", "línea" and "linea"
 * need one entry each only once. Spanish pages understand these and the English words too (see wordsFor).
 */
export const SEARCH_WORDS: Record<Locale, SearchWords> = {
  en: {
    nearMe: ['near me', 'close to me', 'around me', 'nearby', 'my location', 'where i am'],
    filler: [
      'near',
      'or',
      'me',
      'in',
      'at',
      'around',
      'close',
      'to',
      'for',
      'a',
      'an',
      'the',
      'of',
      'and',
      'with',
      'by',
      'i',
      'my',
      'need',
      'want',
      'find',
      'looking',
      'search',
      'please',
      'program',
      'programs',
      'clinic',
      'clinics',
    ],
    ages: {
      child: 'children',
      children: 'children',
      kids: 'children',
      kid: 'children',
      teen: 'adolescents',
      teens: 'adolescents',
      teenager: 'adolescents',
      teenagers: 'adolescents',
      adolescent: 'adolescents',
      adolescents: 'adolescents',
      youth: 'adolescents',
      'young adult': 'young-adults',
      'young adults': 'young-adults',
      adult: 'adults',
      adults: 'adults',
      senior: 'seniors',
      seniors: 'seniors',
      'older adult': 'seniors',
      'older adults': 'seniors',
      elderly: 'seniors',
    },
    formats: {
      telehealth: 'telehealth',
      virtual: 'telehealth',
      online: 'telehealth',
      video: 'telehealth',
      remote: 'telehealth',
      'in person': 'in-person',
      'face to face': 'in-person',
    },
    payments: {
      medicaid: 'medicaid',
      medicare: 'medicare',
      tricare: 'tricare',
      'sliding scale': 'sliding-fee',
      'sliding fee': 'sliding-fee',
      'sliding fee scale': 'sliding-fee',
      'private insurance': 'private-insurance',
      insurance: 'private-insurance',
      'self pay': 'self-pay',
      cash: 'self-pay',
      'free of charge': 'free-of-charge',
      'no cost': 'free-of-charge',
    },
    languages: {
      spanish: 'Spanish',
      espanol: 'Spanish',
      vietnamese: 'Vietnamese',
      russian: 'Russian',
      ukrainian: 'Ukrainian',
      korean: 'Korean',
      somali: 'Somali',
      amharic: 'Amharic',
      chinese: 'Chinese',
      mandarin: 'Mandarin',
      cantonese: 'Cantonese',
      tagalog: 'Tagalog',
      arabic: 'Arabic',
      french: 'French',
      hmong: 'Hmong',
      'american sign language': 'American Sign Language',
      'sign language': 'American Sign Language',
      asl: 'American Sign Language',
    },
    states: {},
  },
  es: {
    nearMe: ['cerca de mí', 'cerca de aquí', 'cerca de donde estoy', 'donde estoy', 'mi ubicación', 'aquí cerca'],
    filler: [
      'cerca',
      'de',
      'del',
      'en',
      'a',
      'al',
      'para',
      'por',
      'con',
      'el',
      'la',
      'los',
      'las',
      'un',
      'una',
      'y',
      'o',
      'me',
      'mi',
      'yo',
      'que',
      'necesito',
      'quiero',
      'busco',
      'buscar',
      'encontrar',
      'favor',
      'programa',
      'programas',
      'clínica',
      'clínicas',
      'centro',
      'centros',
    ],
    ages: {
      niño: 'children',
      niños: 'children',
      niña: 'children',
      niñas: 'children',
      infantil: 'children',
      adolescente: 'adolescents',
      adolescentes: 'adolescents',
      joven: 'adolescents',
      jóvenes: 'adolescents',
      'adulto joven': 'young-adults',
      'adultos jóvenes': 'young-adults',
      adulto: 'adults',
      adultos: 'adults',
      'persona mayor': 'seniors',
      'personas mayores': 'seniors',
      'adulto mayor': 'seniors',
      'adultos mayores': 'seniors',
      mayores: 'seniors',
      'tercera edad': 'seniors',
    },
    formats: {
      telesalud: 'telehealth',
      telemedicina: 'telehealth',
      virtual: 'telehealth',
      'en línea': 'telehealth',
      'por internet': 'telehealth',
      'por video': 'telehealth',
      videollamada: 'telehealth',
      'a distancia': 'telehealth',
      'en persona': 'in-person',
      presencial: 'in-person',
      'cara a cara': 'in-person',
    },
    payments: {
      medicaid: 'medicaid',
      'medi cal': 'medicaid',
      medicare: 'medicare',
      tricare: 'tricare',
      'escala móvil': 'sliding-fee',
      'tarifa móvil': 'sliding-fee',
      'tarifa según ingresos': 'sliding-fee',
      'seguro privado': 'private-insurance',
      'seguro médico privado': 'private-insurance',
      seguro: 'private-insurance',
      'pago propio': 'self-pay',
      'pago en efectivo': 'self-pay',
      efectivo: 'self-pay',
      gratis: 'free-of-charge',
      gratuito: 'free-of-charge',
      'sin costo': 'free-of-charge',
    },
    languages: {
      español: 'Spanish',
      castellano: 'Spanish',
      inglés: 'English',
      vietnamita: 'Vietnamese',
      ruso: 'Russian',
      ucraniano: 'Ukrainian',
      coreano: 'Korean',
      somalí: 'Somali',
      amhárico: 'Amharic',
      chino: 'Chinese',
      mandarín: 'Mandarin',
      cantonés: 'Cantonese',
      tagalo: 'Tagalog',
      árabe: 'Arabic',
      francés: 'French',
      hmong: 'Hmong',
      'lengua de señas americana': 'American Sign Language',
      'lengua de señas': 'American Sign Language',
      'lenguaje de señas': 'American Sign Language',
      asl: 'American Sign Language',
    },
    states: Object.fromEntries(Object.entries(US_STATE_ES).map(([code, name]) => [name, code as UsState])),
  },
};

/**
 * The words a page in `locale` understands: its own, then English ones it does not redefine (a Spanish speaker
 * may well type "IOP" or "telehealth"). English pages understand English only, unchanged.
 */
export function wordsFor(locale: Locale): SearchWords {
  const own = SEARCH_WORDS[locale];
  if (locale === 'en') return own;
  const { en } = SEARCH_WORDS;
  return {
    nearMe: [...own.nearMe, ...en.nearMe],
    filler: [...own.filler, ...en.filler],
    ages: { ...en.ages, ...own.ages },
    formats: { ...en.formats, ...own.formats },
    payments: { ...en.payments, ...own.payments },
    languages: { ...en.languages, ...own.languages },
    states: { ...en.states, ...own.states },
  };
}
