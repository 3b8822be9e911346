/**
 * The shapes the content modules are written in: plain data that refers to other documents by slug.
 * `build-dataset.ts` turns them into Sanity documents as `docs/content-model.md` describes.
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
  category: ServiceCategory;
  description: string;
  /** Only codes from SAMHSA's 2022 national directory code lists (SA or MH). */
  samhsaCode?: string;
  aliases: string[];
};

export type FaqSeed = { question: string; answer: string };

export type ProgramSeed = {
  slug: string;
  title: string;
  shortName: string;
  category: LevelOfCare;
  asamLevel?: string;
  order: number;
  summary: string;
  /** Shown wherever the program is not offered (detox: withdrawal can be dangerous). */
  safetyNote?: string;
  /** Markdown subset, see `lib/portable-text.ts`. */
  body: string;
  typicalSchedule?: string;
  minHoursPerWeek?: number;
  /** Service slugs. */
  components: string[];
  suitableFor: string[];
  notSuitableFor: string[];
  reasonsRecommended: string[];
  faq: FaqSeed[];
  aliases: string[];
};

/** E.164 number, or a number with an extension. */
export type PhoneSeed = string | { number: string; extension: string };

export type HoursSeed = { days: Weekday[]; opens: string; closes: string; note?: string };

export type OfferedProgramSeed = { program: string; formats: ProgramFormat[]; scheduleNote?: string };

/**
 * A program (a level of care) or a service a location does not offer, by slug. Without a note, the site
 * names the nearest open location that does offer it, or falls back to the organisation-wide note for it.
 */
export type NotOfferedSeed = ({ program: string } | { service: string }) & { note?: string };

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
  programs: OfferedProgramSeed[];
  /** Services offered beyond those the location's programs bring with them (their components). */
  extraServices: string[];
  notOffered: NotOfferedSeed[];
  agesServed: AgeGroup[];
  languages: string[];
  paymentAccepted: PaymentOption[];
  accessibilityNotes?: string;
  lastReviewed: string;
};

export type ReferralResourceSeed = { name: string; description?: string; phone?: PhoneSeed; url?: string };

export type SettingsSeed = {
  organizationName: string;
  tagline?: string;
  admissionsPhone: PhoneSeed;
  reportProblemEmail: string;
  notOfferedNote: string;
  /** Programs and services no location offers, each with where to go instead. */
  notOffered: (NotOfferedSeed & { note: string })[];
  referralResources: ReferralResourceSeed[];
  noindex: boolean;
};

export type LanguageAssistanceSeed = {
  /** Paragraphs separated by a blank line. */
  notice: string;
  /** Each written in its own language (a BCP 47 tag), with the line that answers in it. */
  taglines: { language: string; text: string; phone: PhoneSeed }[];
};
