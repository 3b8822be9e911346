/**
 * Custom validators for the schema, built from the plain checks in `./rules` and `src/domain/phone`.
 * They only read `value` and the validation context, so tests can call them with a hand-made context.
 */
import type { CustomValidator, PathSegment, ValidationContext, ValidationError } from 'sanity';
import { phoneProblem } from '../../src/domain/phone.ts';
import {
  duplicateRefs,
  hoursOrderProblem,
  offeredAndNotOffered,
  reviewAgeProblem,
  slugProblem,
  type RefLike,
} from './rules.ts';

/** The Content Lake API version our validators query with. */
export const API_VERSION = '2025-02-19';

type Keyed<T> = T & { _key?: string };

/** A custom validator from a problem finder; empty values pass, since `required()` speaks for them. */
export function check<T>(problem: (value: T) => string | undefined): CustomValidator<T | undefined> {
  return (value) => {
    if (value === undefined || value === null || value === '') return true;
    const message = problem(value);
    return message === undefined ? true : capitalize(message);
  };
}

/** Phone numbers must be valid E.164 numbers (`phoneProblem` decides, with libphonenumber-js). */
export const validPhoneNumber = check<string>((value) => phoneProblem(value));

/** Slugs must be lower-case kebab-case, the form the site's URLs use; an empty slug is `required()`'s call. */
export const kebabSlug = check<{ current?: string }>((slug) => (slug.current ? slugProblem(slug.current) : undefined));

/** A location needs an admissions or a main phone; attached to `admissionsPhone`, shown next to it. */
export const admissionsOrMainPhone: CustomValidator<{ number?: string } | undefined> = (value, context) => {
  const main = (context.document as { mainPhone?: { number?: string } } | undefined)?.mainPhone;
  return value?.number || main?.number ? true : 'Add an admissions phone or a main phone: at least one is required';
};

/** Opening hours: `closes` must be after `opens` on the same day. */
export const closesAfterOpens: CustomValidator<string | undefined> = (closes, context) => {
  const opens = (context.parent as { opens?: string } | undefined)?.opens;
  const message = hoursOrderProblem(opens, closes);
  return message === undefined ? true : capitalize(message);
};

/** `lastReviewed` older than the review window: meant for `.warning()`, stale data is not a blocker. */
export const recentlyReviewed = check<string>((value) => reviewAgeProblem(value));

/** A program may appear once per location: one entry holds all its formats. */
export const programsOnce: CustomValidator<Keyed<{ program?: RefLike }>[] | undefined> = async (value, context) => {
  const items = value ?? [];
  const repeated = duplicateRefs(items.map((item) => item.program));
  if (repeated.length === 0) return true;
  const names = await documentNames(repeated, context);
  // Flag the second and later entries: the first is the one to keep.
  const seen = new Set<string>();
  const errors: ValidationError[] = [];
  items.forEach((item, index) => {
    const id = item.program?._ref;
    if (!id) return;
    if (seen.has(id)) {
      errors.push({
        message: `${names.get(id)} is listed more than once: keep one entry with all its formats`,
        path: [at(item, index)],
      });
    }
    seen.add(id);
  });
  return errors;
};

/** What a location offers: its programs and its services. */
type Offers = { programs?: { program?: RefLike }[]; servicesOffered?: RefLike[] };

/** A location cannot list a program or service as both offered and not offered; names the one(s) concerned. */
export const notAlsoOffered: CustomValidator<Keyed<{ item?: RefLike }>[] | undefined> = async (value, context) => {
  const document = context.document as Offers | undefined;
  const offered = [
    ...(document?.programs ?? []).flatMap((entry) => entry.program ?? []),
    ...(document?.servicesOffered ?? []),
  ];
  const both = offeredAndNotOffered(offered, value);
  if (both.length === 0) return true;
  const names = await documentNames(both, context);
  return (value ?? []).flatMap((entry, index) => {
    const id = entry.item?._ref;
    if (!id || !both.includes(id)) return [];
    return [
      {
        message: `${names.get(id)} is also listed under "Programs" or "Services offered": keep it in one list only`,
        path: [at(entry, index)],
      },
    ];
  });
};

/** Titles for document ids, as `Title (id)`; falls back to the bare id when the lookup fails. */
async function documentNames(ids: string[], context: ValidationContext): Promise<Map<string, string>> {
  const names = new Map(ids.map((id) => [id, id]));
  try {
    const client = context.getClient({ apiVersion: API_VERSION });
    const found = await client.fetch<{ _id: string; title?: string }[]>(
      '*[_id in $ids]{_id, title}',
      { ids },
      { signal: context.signal },
    );
    for (const { _id, title } of found) if (title) names.set(_id, `"${title}" (${_id})`);
  } catch {
    // Offline or no client: the ids still identify the documents.
  }
  return names;
}

/** The path segment for an array item: its `_key`, or its index when the key is missing. */
function at(item: { _key?: string }, index: number): PathSegment {
  return item._key ? { _key: item._key } : index;
}

function capitalize(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
