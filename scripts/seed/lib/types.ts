/**
 * The shapes the content modules are written in: plain data that refers to other documents by slug.
 * `build-dataset.ts` turns them into Sanity documents as `docs/content-model.md` describes.
 * A translatable field `f` (English) has its Spanish value in the sibling `f_es`, as in the documents.
 */
import type {
  AgeGroup,
  LevelOfCare,
  LocationStatus,
  PaymentOption,
  ProgramFormat,
  ServiceCategory,
  UsState,
  Weekday,
} from '../../../src/domain/vocabulary.ts';

export type ServiceSeed = {
  slug: string;
  title: string;
  title_es: string;
  category: ServiceCategory;
  description: string;
  description_es: string;
  /** Only codes from SAMHSA's 2022 national directory code lists (SA or MH). */
  samhsaCode?: string;
  aliases: string[];
  /** The words a Spanish speaker would search with (not a translation of `aliases` item by item). */
  aliases_es: string[];
};

export type FaqSeed = { question: string; question_es: string; answer: string; answer_es: string };

export type ProgramSeed = {
  slug: string;
  title: string;
  title_es: string;
  shortName: string;
  shortName_es: string;
  category: LevelOfCare;
  asamLevel?: string;
  order: number;
  summary: string;
  summary_es: string;
  /** Shown wherever the program is not offered (detox: withdrawal can be dangerous). */
  safetyNote?: string;
  safetyNote_es?: string;
  /** Markdown subset, see `lib/portable-text.ts`. */
  body: string;
  body_es: string;
  typicalSchedule?: string;
  typicalSchedule_es?: string;
  minHoursPerWeek?: number;
  /** Service slugs. */
  components: string[];
  suitableFor: string[];
  suitableFor_es: string[];
  notSuitableFor: string[];
  notSuitableFor_es: string[];
  reasonsRecommended: string[];
  reasonsRecommended_es: string[];
  faq: FaqSeed[];
  aliases: string[];
  aliases_es: string[];
};

/** E.164 number, or a number with an extension. */
export type PhoneSeed = string | { number: string; extension: string };

export type HoursSeed = { days: Weekday[]; opens: string; closes: string; note?: string; note_es?: string };

export type OfferedProgramSeed = {
  program: string;
  formats: ProgramFormat[];
  scheduleNote?: string;
  scheduleNote_es?: string;
};

/**
 * A program (a level of care) or a service a location does not offer, by slug. Without a note, the site
 * names the nearest open location that does offer it, or falls back to the organisation-wide note for it.
 */
export type NotOfferedSeed = ({ program: string } | { service: string }) & { note?: string; note_es?: string };

export type LocationSeed = {
  slug: string;
  name: string;
  status: LocationStatus;
  address: { street1: string; street2?: string; city: string; state: UsState; zip: string };
  geo: { lat: number; lng: number };
  timeZone: string;
  phones: { admissions?: PhoneSeed; main?: PhoneSeed; fax?: PhoneSeed };
  hours: HoursSeed[];
  hoursNote?: string;
  hoursNote_es?: string;
  programs: OfferedProgramSeed[];
  /** Services offered beyond those the location's programs bring with them (their components). */
  extraServices: string[];
  notOffered: NotOfferedSeed[];
  agesServed: AgeGroup[];
  languages: string[];
  paymentAccepted: PaymentOption[];
  accessibilityNotes?: string;
  accessibilityNotes_es?: string;
  lastReviewed: string;
};

export type ReferralResourceSeed = {
  name: string;
  name_es: string;
  description?: string;
  description_es?: string;
  phone?: PhoneSeed;
  url?: string;
};

export type SettingsSeed = {
  organizationName: string;
  tagline?: string;
  tagline_es?: string;
  admissionsPhone: PhoneSeed;
  reportProblemEmail: string;
  notOfferedNote: string;
  notOfferedNote_es: string;
  /** Programs and services no location offers, each with where to go instead. */
  notOffered: (NotOfferedSeed & { note: string; note_es: string })[];
  referralResources: ReferralResourceSeed[];
  noindex: boolean;
};

export type LanguageAssistanceSeed = {
  /** Paragraphs separated by a blank line. */
  notice: string;
  notice_es: string;
  /** Each written in its own language (a BCP 47 tag), with the line that answers in it. */
  taglines: { language: string; text: string; phone: PhoneSeed }[];
};
