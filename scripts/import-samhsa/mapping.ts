/**
 * How SAMHSA's service codes map onto our content model (docs/content-model.md). This table is the whole
 * interpretation of the data: README.md beside this file explains each decision.
 */
import type {
  AgeGroup,
  LevelOfCare,
  PaymentOption,
  ProgramFormat,
  ServiceCategory,
} from '../../src/domain/vocabulary.ts';

/** A level of care: one `program` document, offered where a facility lists any of its codes. */
export interface ProgramSpec {
  slug: string;
  title: string;
  /** The level of care's name in Spanish (issue 15), as providers use it: programa intensivo ambulatorio… */
  title_es: string;
  shortName: string;
  shortName_es: string;
  category: LevelOfCare;
  order: number;
  /** SAMHSA codes that mean "this facility offers this level of care"; none of them is also a service. */
  codes: readonly string[];
  /** Whether the facility's TELE code (telehealth therapy) adds the telehealth format to this program. */
  telehealth: boolean;
  summary: string;
  /** Shown wherever the program is not offered. */
  safetyNote?: string;
  aliases: readonly string[];
}

/** Levels of care, most intensive first (the `order` the site sorts by). */
export const PROGRAMS: readonly ProgramSpec[] = [
  {
    slug: 'hospital-inpatient',
    title: 'Hospital inpatient treatment',
    title_es: 'Tratamiento con hospitalización',
    shortName: 'Inpatient',
    shortName_es: 'Hospitalización',
    category: 'hospital-inpatient',
    order: 10,
    codes: ['HI', 'HIT'],
    telehealth: false,
    summary:
      'Round-the-clock treatment in a hospital for people whose mental health or substance use needs daily medical and psychiatric care and a safe, supervised setting.',
    aliases: ['inpatient', 'hospital', 'psychiatric hospital', 'inpatient psychiatric', 'acute care'],
  },
  {
    slug: 'detox',
    title: 'Detox / withdrawal management',
    title_es: 'Desintoxicación / manejo de la abstinencia',
    shortName: 'Detox',
    shortName_es: 'Desintoxicación',
    category: 'detox',
    order: 20,
    codes: ['DT', 'RD', 'OD', 'HID'],
    telehealth: false,
    summary:
      'Medically supervised withdrawal from alcohol or drugs, in a hospital, a residential unit or as an outpatient, with medication to keep withdrawal safe and a plan for treatment afterwards.',
    safetyNote: 'Withdrawal can be dangerous; in an emergency, call 911.',
    aliases: [
      'detox',
      'detoxification',
      'withdrawal management',
      'medical detox',
      'WM',
      'residential detox',
      'outpatient detox',
      'ambulatory detox',
      'hospital detox',
    ],
  },
  {
    slug: 'residential',
    title: 'Residential treatment',
    title_es: 'Tratamiento residencial',
    shortName: 'Residential',
    shortName_es: 'Residencial',
    category: 'residential',
    order: 30,
    codes: ['RES', 'RS', 'RL'],
    telehealth: false,
    summary:
      'Living at the treatment facility, short or long term, with structured therapy every day and staff on site around the clock.',
    aliases: [
      'residential',
      'rehab',
      'inpatient rehab',
      'live-in treatment',
      'short-term residential',
      'long-term residential',
      'short-term rehab',
      'long-term rehab',
    ],
  },
  {
    slug: 'partial-hospitalization',
    title: 'Partial hospitalization / day treatment',
    title_es: 'Hospitalización parcial / tratamiento de día',
    shortName: 'PHP',
    shortName_es: 'PHP',
    category: 'partial-hospitalization',
    order: 40,
    codes: ['ODT', 'PHDT'],
    telehealth: false,
    summary:
      'Treatment most of the day, most days of the week, while living at home: more structure and medical care than intensive outpatient, without an overnight stay.',
    aliases: ['PHP', 'partial hospitalization', 'day treatment', 'day program'],
  },
  {
    slug: 'intensive-outpatient',
    title: 'Intensive outpatient treatment',
    title_es: 'Programa intensivo ambulatorio',
    shortName: 'IOP',
    shortName_es: 'IOP',
    category: 'intensive-outpatient',
    order: 50,
    codes: ['OIT'],
    telehealth: true,
    summary:
      'Several sessions a week, usually in groups, for a few hours at a time, so you can keep living at home and, often, keep working or studying.',
    aliases: ['IOP', 'intensive outpatient', 'intensive outpatient program'],
  },
  {
    slug: 'outpatient',
    title: 'Outpatient treatment',
    title_es: 'Tratamiento ambulatorio',
    shortName: 'Outpatient',
    shortName_es: 'Ambulatorio',
    category: 'outpatient',
    order: 60,
    codes: ['OP', 'ORT'],
    telehealth: true,
    summary:
      'Regular appointments, individual or in groups, usually once or twice a week, while you live at home and go on with daily life.',
    aliases: ['outpatient', 'counseling', 'therapy', 'regular outpatient'],
  },
  {
    slug: 'medication-for-opioid-use-disorder',
    title: 'Medication for opioid use disorder',
    title_es: 'Medicamentos para el trastorno por consumo de opioides',
    shortName: 'MOUD',
    shortName_es: 'MOUD',
    category: 'medication-assisted',
    order: 70,
    codes: ['OMB', 'OTP'],
    telehealth: true,
    summary:
      'Methadone, buprenorphine or naltrexone for opioid use disorder, with counseling, from an outpatient clinic or a federally certified opioid treatment program.',
    aliases: [
      'MOUD',
      'MAT',
      'medication-assisted treatment',
      'methadone',
      'methadone clinic',
      'buprenorphine',
      'suboxone',
      'OTP',
    ],
  },
  {
    slug: 'recovery-housing',
    title: 'Transitional housing / sober living',
    title_es: 'Vivienda de transición / vida sobria',
    shortName: 'Recovery housing',
    shortName_es: 'Vivienda para la recuperación',
    category: 'recovery-support',
    order: 80,
    codes: ['HH'],
    telehealth: false,
    summary:
      'A drug- and alcohol-free place to live with peer support while moving on from treatment to independent living: halfway houses, sober homes and transitional housing.',
    aliases: [
      'sober living',
      'halfway house',
      'sober home',
      'recovery residence',
      'recovery housing',
      'transitional housing',
    ],
  },
];

/** Every program code, to its program. */
export const PROGRAM_BY_CODE: ReadonlyMap<string, ProgramSpec> = new Map(
  PROGRAMS.flatMap((program) => program.codes.map((code) => [code, program] as const)),
);

/** The code that adds the telehealth format. It is also a service (therapy) in its own right. */
export const TELEHEALTH_CODE = 'TELE';

/** Formats of one program at a location: in person always (these are physical sites); telehealth by rule. */
export function formatsFor(program: ProgramSpec, codes: ReadonlySet<string>): ProgramFormat[] {
  return program.telehealth && codes.has(TELEHEALTH_CODE) ? ['in-person', 'telehealth'] : ['in-person'];
}

/**
 * Legend categories whose codes become `service` documents, with the category they get. Codes of the
 * programs above are never services, wherever they sit in the legend (SET, the service settings, holds
 * only program codes, so it is not listed). Categories not listed here are not
 * services (facility type, ownership, licences, funding, smoking policy…) or map to other fields (ages,
 * payment, languages): see IGNORED_CATEGORIES and the maps below.
 */
export const SERVICE_CATEGORY_BY_LEGEND: Readonly<Record<string, ServiceCategory>> = {
  TC: 'other', // Type of care: substance use, mental health, co-occurring
  OM: 'medication', // Opioid medications used in treatment
  AUT: 'medication', // Alcohol use disorder treatment (the negative codes are dropped below)
  OT: 'medication', // Type of opioid treatment
  PHR: 'medication', // Pharmacotherapies
  TAP: 'therapy', // Treatment approaches
  EMS: 'support', // Emergency mental health services
  SG: 'support', // Special programs / groups offered
  ASPT: 'assessment', // Assessment / pre-treatment
  SCR: 'medical', // Testing
  TRSRV: 'support', // Transitional services
  RSS: 'support', // Recovery support services
  OTHR: 'therapy', // Treatment for gambling and other addictions
  DETOX: 'medical', // Detoxification services by substance
  ECS: 'therapy', // Education and counseling services
  MSRV: 'medical', // Medical services (vaccinations)
  AS: 'support', // Ancillary services
  EXCL: 'other', // Exclusive services (only DU is kept)
};

/** Legend categories that are facts about the facility rather than services, or map to other fields. */
export const IGNORED_CATEGORIES: Readonly<Record<string, string>> = {
  FT: 'facility type',
  HOSP: 'hospital type',
  FOP: 'facility operation (ownership)',
  LCA: 'licence / certification / accreditation',
  OMSC: 'where opioid medication is prescribed',
  SMAT: 'where alcohol-use-disorder medication is prescribed',
  PAY: 'payment accepted → paymentAccepted',
  PYAS: 'payment assistance → paymentAccepted',
  SMP: 'smoking policy',
  FVP: 'vaping policy',
  AGE: 'ages accepted → agesServed',
  GN: 'gender accepted',
  SL: 'language services → languages',
  OL: 'other languages → languages',
};

/**
 * Codes inside service categories that are not services: statements that something is NOT done, or
 * restrictions on who is served.
 */
export const NOT_A_SERVICE: ReadonlySet<string> = new Set([
  'NAUT', // does not treat alcohol use disorder
  'NMAUT', // does not use medication for alcohol use disorder
  'NMOA', // does not use MAT for opioid use disorders
  'NOOP', // does not treat opioid use disorders
  'DUO', // serves only DUI/DWI clients
  'AUDO', // alcohol use disorder clients only
  'OUDO', // opioid use disorder clients only
]);

/** Per-code category corrections where the legend's grouping misleads. */
export const CATEGORY_OVERRIDES: Readonly<Record<string, ServiceCategory>> = {
  AIM: 'assessment', // Abnormal involuntary movement scale
  ACU: 'complementary', // Acupuncture
  DEC: 'complementary', // Diet and exercise counseling
  IPC: 'medical', // Integrated primary care
  CDM: 'medical', // Chronic disease management
  HAEC: 'support', // HIV/AIDS education
  TAEC: 'support', // Hepatitis education
  HEOH: 'support', // Health education
  SAE: 'support', // Substance use disorder education
  VOC: 'support', // Vocational training
  TELE: 'therapy',
};

/** Title prefix for the "special programs / groups" category, whose legend names are just the group. */
export const GROUP_PROGRAM_CATEGORY = 'SG';
export const GROUP_PROGRAM_PREFIX = 'Specialized program: ';

/** Descriptions known to be wrong in the 2022 legend (SUMH's text describes halfway houses): left out. */
export const DROP_DESCRIPTION: ReadonlySet<string> = new Set(['SUMH']);

/** Words people search with, beyond the legend's title. */
export const SERVICE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  SA: ['substance use treatment', 'addiction treatment', 'drug and alcohol treatment'],
  MH: ['mental health treatment', 'mental health care'],
  SUMH: ['co-occurring', 'dual diagnosis'],
  BU: ['buprenorphine', 'suboxone', 'subutex'],
  MU: ['methadone'],
  NU: ['naltrexone', 'vivitrol'],
  BWN: ['suboxone', 'zubsolv'],
  VTRL: ['vivitrol'],
  BERI: ['sublocade'],
  METH: ['methadone'],
  TELE: ['telehealth', 'telemedicine', 'virtual care', 'online therapy', 'video visits'],
  CBT: ['CBT'],
  DBT: ['DBT'],
  EMDR: ['EMDR'],
  TMS: ['TMS'],
  ECT: ['ECT', 'shock therapy'],
  KIT: ['ketamine'],
  CFT: ['family therapy', 'couples therapy', 'marriage counseling'],
  GT: ['group therapy'],
  IPT: ['individual therapy', 'talk therapy', 'counseling'],
  MOTI: ['MI', 'motivational interviewing'],
  TWFA: ['12 step', 'AA', 'NA'],
  CMI: ['contingency management'],
  WI: ['crisis', 'walk-in crisis', 'psychiatric emergency'],
  PEON: ['crisis', 'psychiatric emergency'],
  PEOFF: ['mobile crisis', 'crisis team'],
  CIT: ['crisis intervention'],
  NOE: ['naloxone', 'narcan', 'overdose prevention'],
  PEER: ['peer support', 'peer mentor'],
  RC: ['recovery coach', 'peer recovery'],
  CM: ['case management', 'care coordination'],
  SPS: ['suicide prevention'],
  NRT: ['nicotine patch', 'nicotine gum', 'quit smoking'],
  TCC: ['quit smoking', 'quit vaping'],
  ACT: ['ACT team'],
  DU: ['DUI', 'DWI'],
  TGD: ['gambling', 'gambling addiction'],
  GL: ['LGBTQ', 'LGBT'],
  VET: ['veterans'],
  PW: ['pregnant women', 'postpartum'],
  AD: ['teens', 'youth'],
  TAY: ['transition-age youth'],
};

/** Payment codes to PAYMENT_OPTION keys. Other funding codes (grants, state funds…) are not shown. */
export const PAYMENT_BY_CODE: Readonly<Record<string, PaymentOption>> = {
  PI: 'private-insurance',
  MD: 'medicaid',
  MC: 'medicare',
  MI: 'tricare',
  SF: 'self-pay',
  SS: 'sliding-fee',
  NP: 'free-of-charge', // "No payment accepted": treatment is free
};

/** Age codes to AGE_GROUP keys. CHLD is "children/adolescents"; AD is the SA file's adolescent program. */
export const AGES_BY_CODE: Readonly<Record<string, readonly AgeGroup[]>> = {
  CHLD: ['children', 'adolescents'],
  AD: ['adolescents'],
  YAD: ['young-adults'],
  ADLT: ['adults'],
  SNR: ['seniors'],
};

/** Language codes to the names shown. FX ("other languages") only announces the codes that follow. */
export const LANGUAGE_BY_CODE: Readonly<Record<string, string>> = {
  SP: 'Spanish',
  AH: 'American Sign Language',
  NX: 'American Indian or Alaska Native languages',
  F4: 'Arabic',
  F17: 'Chinese',
  F19: 'Creole',
  F25: 'Farsi',
  F28: 'French',
  F30: 'German',
  F31: 'Greek',
  F35: 'Hebrew',
  F36: 'Hindi',
  F37: 'Hmong',
  F42: 'Italian',
  F43: 'Japanese',
  F47: 'Korean',
  F66: 'Polish',
  F67: 'Portuguese',
  F70: 'Russian',
  F81: 'Tagalog',
  F92: 'Vietnamese',
  N24: 'Ojibwa',
  N40: 'Yupik',
};

/** Every listed facility is taken to serve in English; SAMHSA asks only about other languages. */
export const DEFAULT_LANGUAGE = 'English';
