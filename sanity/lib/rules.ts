/**
 * Studio-only checks, as plain functions of plain values: the review-date warning (stale details must not
 * block a correction, so the build does not refuse them) and helpers over the references an editor is still
 * picking. Every rule the build also enforces lives in `src/domain/content-rules.ts`.
 */

/** Days after which a location's `lastReviewed` date earns a warning. */
const REVIEW_MAX_AGE_DAYS = 180;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A reference as stored, or as the Studio holds it while an editor is still picking one. */
export interface RefLike {
  _ref?: string;
}

/** Ids of programs or services listed both as offered and as not offered, in the order they are offered. */
export function itemsOfferedAndNotOffered(
  offered: readonly RefLike[] | undefined,
  notOffered: readonly { item?: RefLike }[] | undefined,
): string[] {
  const excluded = new Set((notOffered ?? []).map((entry) => entry.item?._ref).filter(Boolean));
  return [...new Set((offered ?? []).map((ref) => ref._ref).filter((id): id is string => !!id && excluded.has(id)))];
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
