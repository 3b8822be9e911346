/**
 * Every content rule, in one place: the build's zod schemas (`src/schemas/`) and graph checks
 * (`src/content-source/graph-checks.ts`) and the Sanity Studio's validation (`sanity/schemaTypes/`) all call
 * these, so an editor is told in the Studio, in the same words, what a build would refuse.
 * Each `…Problem` returns the reason as the build prints it (after the field name), or `undefined`.
 */
import { z } from 'zod';
import { isTimeZone } from './time-zone.ts';

/** Invisible and text-direction controls (U+200B, U+202E…); ZWJ/ZWNJ stay allowed for emoji and scripts. */
const INVISIBLE = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\u2028\u2029]/u;
/** Something visible: not only spaces, zero-width or other invisible characters. */
const VISIBLE = /[^\p{Z}\p{Cc}\p{Cf}]/u;

const MAX_NAME_LENGTH = 200;
/** A program's summary appears in listings and search results. */
export const MAX_SUMMARY_LENGTH = 300;
/** Hours in a week: a program cannot ask for more. */
export const HOURS_PER_WEEK = 168;

/** A URL slug: lower-case kebab-case such as `intensive-outpatient`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A US ZIP code: `12345` or ZIP+4 `12345-6789`. */
export const ZIP_PATTERN = /^\d{5}(-\d{4})?$/;
/** A SAMHSA service code: upper-case letters and digits, e.g. `OIT`. */
export const SAMHSA_CODE_PATTERN = /^[A-Z0-9]+$/;
/** A time of day as `HH:MM` on a 24-hour clock, `00:00` to `23:59`, or `24:00` (open until midnight). */
export const CLOCK_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const EXTENSION_PATTERN = /^\d{1,6}$/;

// zod's own checks, so the Studio and the build agree on what an email address, a URL and a date are.
const email = z.email();
const httpsUrl = z.url({ protocol: /^https$/ });
const isoDate = z.iso.date();

/** A required field with no value. */
export const REQUIRED = 'is required but missing';

/**
 * Why a value has the wrong JSON type, in the words Sanity's own type check uses (`Expected type "String",
 * got "Number"`): content that bypassed the Studio's inputs reads the same in both places.
 */
export function typeProblem(expected: string, value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'must be a finite number';
  const actual = Object.prototype.toString.call(value).slice(8, -1);
  return `expected type "${expected.charAt(0).toUpperCase()}${expected.slice(1)}", got "${actual}"`;
}

/** Why text is as good as empty: "" or only spaces and invisible characters. */
export function blankProblem(value: string): string | undefined {
  return VISIBLE.test(value) ? undefined : 'must not be empty';
}

/** Why a name shown as a heading, link text and page title is not acceptable. */
export function displayNameProblem(value: string): string | undefined {
  const blank = blankProblem(value);
  if (blank) return blank;
  // A 10,000-character name is a paste accident; it would swamp titles, search results and JSON-LD.
  if (value.trim().length > MAX_NAME_LENGTH) return `must be at most ${MAX_NAME_LENGTH} characters`;
  // U+202E reverses the text people read, U+200B makes two names look alike: neither belongs in a name.
  if (INVISIBLE.test(value)) return 'must not contain invisible or text-direction characters (e.g. U+200B, U+202E)';
  return undefined;
}

/** Why a program summary does not fit listings. */
export function summaryProblem(value: string): string | undefined {
  return (
    blankProblem(value) ??
    (value.trim().length > MAX_SUMMARY_LENGTH ? `must be at most ${MAX_SUMMARY_LENGTH} characters` : undefined)
  );
}

/** Why a slug is not lower-case kebab-case (`intensive-outpatient`), the form URLs use. */
export function slugProblem(current: string): string | undefined {
  return SLUG_PATTERN.test(current) ? undefined : 'must be lowercase letters, digits and single hyphens';
}

/** Why a ZIP code is not `12345` or `12345-6789`. */
export function zipProblem(zip: string): string | undefined {
  return ZIP_PATTERN.test(zip) ? undefined : 'must be a US ZIP code such as 97214 or 97214-1234';
}

/** Why a phone extension cannot be dialled after the number connects. */
export function extensionProblem(extension: string): string | undefined {
  return EXTENSION_PATTERN.test(extension) ? undefined : 'must be 1 to 6 digits';
}

/** Why a SAMHSA service code is not upper-case letters and digits, e.g. `OIT`. */
export function samhsaCodeProblem(code: string): string | undefined {
  return SAMHSA_CODE_PATTERN.test(code) ? undefined : 'must be a SAMHSA code: capital letters and digits';
}

/** Why a name is not a real IANA time zone such as `America/Los_Angeles`. */
export function timeZoneProblem(zone: string): string | undefined {
  return isTimeZone(zone) ? undefined : 'must be an IANA time zone such as America/Los_Angeles';
}

/** Why a time is not `HH:MM` on a 24-hour clock (`24:00`: open until midnight). */
export function clockProblem(value: string): string | undefined {
  return CLOCK_PATTERN.test(value) ? undefined : 'must be a 24-hour time such as 08:30';
}

/** Why a closing time is not after the opening time; silent when either is missing or malformed. */
export function hoursOrderProblem(opens: unknown, closes: unknown): string | undefined {
  if (typeof opens !== 'string' || typeof closes !== 'string' || clockProblem(opens) || clockProblem(closes))
    return undefined;
  // Zero-padded HH:MM strings sort like the times they name.
  return closes > opens ? undefined : 'closing time must be after opening time';
}

/** Why a program's minimum hours a week are impossible. */
export function hoursPerWeekProblem(hours: number): string | undefined {
  // JSON.parse reads 1e999 as Infinity.
  if (!Number.isFinite(hours)) return typeProblem('number', hours);
  if (hours < 0) return 'must not be negative';
  if (hours > HOURS_PER_WEEK) return `must be at most ${HOURS_PER_WEEK} (hours in a week)`;
  return undefined;
}

/** Why a `mailto:` address is not a plain email address (no scheme, no `?bcc=`). */
export function emailProblem(value: string): string | undefined {
  return email.safeParse(value).success ? undefined : 'must be an email address';
}

/** Why a link is not https (plain http would show the visit to anyone on the network), or hides its host. */
export function httpsUrlProblem(value: string): string | undefined {
  if (!httpsUrl.safeParse(value).success) return 'must be an https URL';
  // https://findtreatment.gov@phish.example/ reads as one site and opens another.
  const { username, password } = new URL(value);
  return username || password ? 'must not contain a user name or password: it hides the real site' : undefined;
}

/** Why a date is not a real calendar day as `YYYY-MM-DD` (2026-02-30 is not). */
export function dateProblem(value: string): string | undefined {
  return isoDate.safeParse(value).success ? undefined : 'must be a date (YYYY-MM-DD)';
}

/**
 * Why a language is not a BCP 47 tag (`es`, `vi`, `zh-Hant`, `tl`), which pages put in `lang`. The language
 * itself must be an ISO 639 code of 2 or 3 letters, so a name ("spanish") is refused too.
 */
export function languageTagProblem(value: string): string | undefined {
  return isLanguageTag(value) && /^[a-z]{2,3}(-|$)/i.test(value)
    ? undefined
    : 'must be a BCP 47 language tag such as es, vi or zh-Hant';
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** Why a value is not one of a vocabulary's keys. */
export function oneOfProblem(value: unknown, keys: readonly string[]): string | undefined {
  return typeof value === 'string' && keys.includes(value)
    ? undefined
    : `is "${String(value)}", must be one of: ${keys.join(', ')}`;
}

/** Why a list that must name something is empty, e.g. `atLeastOne('day')`. */
export function atLeastOneProblem(items: readonly unknown[], noun: string): string | undefined {
  return items.length > 0 ? undefined : `must name at least one ${noun}`;
}

/** Coordinates: on the globe, then inside a loose box around the US states and territories (Guam to the
 * Virgin Islands) that catches 0,0 and swapped latitude and longitude. */
export function geoProblem({ lat, lng }: { lat?: unknown; lng?: unknown }): string | undefined {
  if (typeof lat !== 'number' || lat < -90 || lat > 90) return 'latitude must be a number from -90 to 90';
  if (typeof lng !== 'number' || lng < -180 || lng > 180) return 'longitude must be a number from -180 to 180';
  return lat >= -15 && lat <= 72 && (lng <= -64 || lng >= 130)
    ? undefined
    : 'is outside the United States and its territories: check lat and lng';
}

/** A referral resource nobody can reach is no use: one way in is required, either will do. */
export function reachableProblem(resource: { phone?: { number?: unknown } | null; url?: unknown }): string | undefined {
  return resource.phone?.number || resource.url ? undefined : 'needs a phone number or a URL';
}

/** A location must be reachable by phone: admissions or main. */
export function locationPhoneProblem(location: {
  admissionsPhone?: { number?: unknown } | null;
  mainPhone?: { number?: unknown } | null;
}): string | undefined {
  const has = (phone?: { number?: unknown } | null) => typeof phone?.number === 'string' && phone.number !== '';
  return has(location.admissionsPhone) || has(location.mainPhone)
    ? undefined
    : 'the location has no admissions or main phone number';
}

/** Indexes of the later copies of a repeated value, with the value: the first copy is the one to keep. */
export function repeats<T>(values: readonly T[]): { index: number; value: T }[] {
  return values.flatMap((value, index) => (values.indexOf(value) < index ? [{ index, value }] : []));
}

/** What a repeated list item is called: the item itself, or the id a reference points at. */
export const listedTwice = (value: unknown) => `"${String(value)}" is listed twice`;

/** Why an array item's `_key` cannot be used: Sanity patches would land on the wrong item. */
export const repeatedKey = (key: string) => `"${key}" is the _key of an earlier item too`;

/** The document types a reference may name; anything else counts as missing. */
export const DOCUMENT_TYPES = ['service', 'program', 'location', 'siteSettings', 'languageAssistance'] as const;

/** Why a reference does not name a published document of one of `kinds`; `found` is the target's type. */
export function referenceProblem(target: string, found: string | undefined, kinds: readonly string[]) {
  if (found && kinds.includes(found)) return undefined;
  return found && (DOCUMENT_TYPES as readonly string[]).includes(found)
    ? `points at "${target}", which is a ${found}, not a ${kinds.join(' or ')}`
    : `points at "${target}", which does not exist or is not published`;
}

/** A program or service a location lists as offered must not also be listed as not offered. */
export const offeredAndNotOffered = (id: string) =>
  `"${id}" is listed both as offered and as not offered here; keep one`;

/** Two documents of one type with one slug would publish to one URL. */
export const slugTaken = (slug: string, kind: string, otherId: string) =>
  `"${slug}" is already the slug of ${kind} "${otherId}"`;
