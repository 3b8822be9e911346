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
  /** Markdown subset, see `lib/portable-text.ts`. */
  body: string;
  typicalSchedule?: string;
  minHoursPerWeek?: number;
  /**
   * The service (by slug) that stands for this level of care in listings, e.g. SAMHSA's `OIT`.
   * Not stored on the program: a location running the program offers it, along with the components.
   */
  levelOfCareService?: string;
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
 * A service a location does not offer. Without a note, the build names the nearest open location
 * that does offer it, or falls back to the organisation-wide note for that service.
 */
export type NotOfferedSeed = { service: string; note?: string };

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
  /**
   * Services offered beyond those the location's programs bring with them (each program's
   * level-of-care service and components are offered wherever the program runs).
   */
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
  /** Services no location offers, each with where to go instead. */
  notOffered: { service: string; note: string }[];
  referralResources: ReferralResourceSeed[];
  noindex: boolean;
};
