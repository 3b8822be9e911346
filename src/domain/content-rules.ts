/**
 * Content rules shared by the zod schemas (build time) and the Sanity Studio (edit time), so an editor is
 * told about a problem in the Studio before a build refuses it. Each returns a reason or `undefined`.
 */

/** Invisible and text-direction controls (U+200B, U+202E…); ZWJ/ZWNJ stay allowed for emoji and scripts. */
const INVISIBLE = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\u2028\u2029]/u;

const MAX_NAME_LENGTH = 200;

/** Why a name shown as a heading, link text and page title is not acceptable. */
export function displayNameProblem(value: string): string | undefined {
  // A 10,000-character name is a paste accident; it would swamp titles, search results and JSON-LD.
  if (value.length > MAX_NAME_LENGTH) return `must be at most ${MAX_NAME_LENGTH} characters`;
  // U+202E reverses the text people read, U+200B makes two names look alike: neither belongs in a name.
  if (INVISIBLE.test(value)) return 'must not contain invisible or text-direction characters (e.g. U+200B, U+202E)';
  return undefined;
}

/** Why coordinates cannot be a US location: a loose box around the states and territories (Guam to the
 * Virgin Islands) that catches 0,0 and swapped latitude and longitude. */
export function usGeoProblem({ lat, lng }: { lat: number; lng: number }): string | undefined {
  return lat >= -15 && lat <= 72 && (lng <= -64 || lng >= 130)
    ? undefined
    : 'is outside the United States and its territories: check lat and lng';
}

/** Hours in a week: a program cannot ask for more. */
export const HOURS_PER_WEEK = 168;

/** A URL slug: lower-case kebab-case such as `intensive-outpatient`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A US ZIP code: `12345` or ZIP+4 `12345-6789`. */
export const ZIP_PATTERN = /^\d{5}(-\d{4})?$/;

/** A SAMHSA service code: upper-case letters and digits, e.g. `OIT`. */
export const SAMHSA_CODE_PATTERN = /^[A-Z0-9]+$/;

/** A time of day as `HH:MM` on a 24-hour clock, `00:00` to `23:59` (closing times may also be `24:00`). */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
