/**
 * The checks behind the Studio's custom validation rules, as plain functions of plain values: no Sanity
 * imports, so unit tests and other tools can use them without a Studio. Each returns the problem as a
 * sentence for editors, or `undefined` when the value is fine; missing values are left to `required()`.
 */

import {
  SAMHSA_CODE_PATTERN,
  SLUG_PATTERN,
  TIME_OF_DAY_PATTERN,
  usGeoProblem,
  ZIP_PATTERN,
} from '../../src/domain/content-rules.ts';
import { isTimeZone } from '../../src/domain/time-zone.ts';

export { displayNameProblem, HOURS_PER_WEEK } from '../../src/domain/content-rules.ts';

/** Days after which a location's `lastReviewed` date earns a warning. */
const REVIEW_MAX_AGE_DAYS = 180;

// Any number of digits here, but the build (src/schemas/common.ts) allows at most 6.
const DIGITS = /^\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A reference as stored, or as the Studio holds it while an editor is still picking one. */
export interface RefLike {
  _ref?: string;
}

/** Why a ZIP code is not `12345` or `12345-6789`. */
export function zipProblem(zip: string): string | undefined {
  return ZIP_PATTERN.test(zip) ? undefined : 'must be a US ZIP code: 5 digits, or ZIP+4 like 97204-1234';
}

/** Why a time is not `HH:MM` on a 24-hour clock; closing times may be `24:00` (open until midnight). */
export function timeProblem(value: string, { closing = false } = {}): string | undefined {
  if (TIME_OF_DAY_PATTERN.test(value) || (closing && value === '24:00')) return undefined;
  return closing
    ? 'must be HH:MM on a 24-hour clock, 00:00 to 24:00'
    : 'must be HH:MM on a 24-hour clock, 00:00 to 23:59';
}

/** Why a closing time is not after the opening time; silent when either is missing or malformed. */
export function hoursOrderProblem(opens: string | undefined, closes: string | undefined): string | undefined {
  if (!opens || !closes || timeProblem(opens) || timeProblem(closes, { closing: true })) return undefined;
  // Zero-padded HH:MM strings sort like the times they name.
  return closes > opens ? undefined : `must be later than the opening time (${opens})`;
}

/** Why a name is not a real IANA time zone such as `America/Los_Angeles`. */
export function timeZoneProblem(zone: string): string | undefined {
  return isTimeZone(zone) ? undefined : `"${zone}" is not an IANA time zone; use a name such as America/Los_Angeles`;
}

/** Why a slug is not lower-case kebab-case (`intensive-outpatient`), the form URLs use. */
export function slugProblem(current: string): string | undefined {
  return SLUG_PATTERN.test(current)
    ? undefined
    : 'use lower-case letters, digits and single hyphens, e.g. "intensive-outpatient"';
}

/** Why a phone extension is not digits only. */
export function extensionProblem(extension: string): string | undefined {
  return DIGITS.test(extension) ? undefined : 'digits only, e.g. 204';
}

/** Why a SAMHSA service code is not upper-case letters and digits, e.g. `OIT`. */
export function samhsaCodeProblem(code: string): string | undefined {
  return SAMHSA_CODE_PATTERN.test(code) ? undefined : 'upper-case letters and digits only, e.g. OIT';
}

/** Why a geopoint lies outside latitude −90…90 or longitude −180…180, or outside the US and territories. */
export function geoProblem(geo: { lat?: unknown; lng?: unknown }): string | undefined {
  const { lat, lng } = geo;
  if (typeof lat !== 'number' || lat < -90 || lat > 90) return 'latitude must be a number from -90 to 90';
  if (typeof lng !== 'number' || lng < -180 || lng > 180) return 'longitude must be a number from -180 to 180';
  const outside = usGeoProblem({ lat, lng });
  return outside && `the point ${outside}`;
}

/** Ids of programs or services listed both as offered and as not offered, in the order they are offered. */
export function offeredAndNotOffered(
  offered: readonly RefLike[] | undefined,
  notOffered: readonly { item?: RefLike }[] | undefined,
): string[] {
  const excluded = new Set((notOffered ?? []).map((entry) => entry.item?._ref).filter(Boolean));
  return unique((offered ?? []).map((ref) => ref._ref).filter((id): id is string => !!id && excluded.has(id)));
}

/** Ids referenced more than once in a list, e.g. the same program offered twice at one location. */
export function duplicateRefs(refs: readonly (RefLike | undefined)[] | undefined): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const id of (refs ?? []).map((ref) => ref?._ref)) {
    if (!id) continue;
    if (seen.has(id) && !repeated.includes(id)) repeated.push(id);
    seen.add(id);
  }
  return repeated;
}

/** Whole days from an ISO date (`YYYY-MM-DD`) to `today`, counted in UTC; `undefined` when not a date. */
export function daysSince(date: string, today: Date = new Date()): number | undefined {
  if (!ISO_DATE.test(date)) return undefined;
  const then = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(then)) return undefined;
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.floor((now - then) / 86_400_000);
}

/** Why a `lastReviewed` date deserves a second look: older than {@link REVIEW_MAX_AGE_DAYS} days. */
export function reviewAgeProblem(date: string, today: Date = new Date()): string | undefined {
  const age = daysSince(date, today);
  if (age === undefined || age <= REVIEW_MAX_AGE_DAYS) return undefined;
  return `last reviewed ${age} days ago (more than ${REVIEW_MAX_AGE_DAYS}): check the details and update the date`;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
