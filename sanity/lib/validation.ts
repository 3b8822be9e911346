/**
 * Custom validators for the schema, built from the shared content rules (`src/domain/content-rules.ts`), so
 * the Studio refuses what the build refuses, in the build's words. They read `value` and the validation
 * context only (cross-document rules ask the Content Lake through `context.getClient`), so tests can call
 * them with a hand-made context.
 */
import type { ArrayRule, CustomValidator, PathSegment, ValidationContext, ValidationError } from 'sanity';
import {
  atLeastOneProblem,
  hoursOrderProblem,
  listedTwice,
  locationPhoneProblem,
  offeredAndNotOffered,
  oneOfProblem,
  reachableProblem,
  referenceProblem,
  repeats,
  REQUIRED,
  slugProblem,
  slugTaken,
} from '../../src/domain/content-rules.ts';
import { phoneProblem } from '../../src/domain/phone.ts';
import { itemsOfferedAndNotOffered, reviewAgeProblem, type RefLike } from './rules.ts';

/** The Content Lake API version our validators query with. */
export const API_VERSION = '2025-02-19';

type Keyed<T> = T & { _key?: string };
type Result = true | string | ValidationError[];

/** `rule.required()` in the build's words; other rules go beside it, since `.error()` would reword them too. */
export const required = <R extends { required(): R; error(message: string): R }>(rule: R): R =>
  rule.required().error(capitalize(REQUIRED));

/** A custom validator from a problem finder; empty values pass, since `required()` speaks for them. */
export function check<T>(problem: (value: T) => string | undefined): CustomValidator<T | undefined> {
  return (value) => {
    if (value === undefined || value === null || value === '') return true;
    return result(problem(value));
  };
}

/** `check` for an optional value that must pass `problem` whenever it is there, "" included (a blank translation). */
export function checkPresent<T>(problem: (value: T) => string | undefined): CustomValidator<T | undefined> {
  return (value) => (value === undefined || value === null ? true : result(problem(value)));
}

/** Phone numbers must be valid E.164 numbers (`phoneProblem` decides, with libphonenumber-js). */
export const validPhoneNumber = check<string>((value) => phoneProblem(value));

/** Slugs must be lower-case kebab-case, the form the site's URLs use; an empty slug is `required()`'s call. */
export const kebabSlug = check<{ current?: string }>((slug) => (slug.current ? slugProblem(slug.current) : undefined));

/** No other published document of this type may have this slug: both would publish to one URL. */
export const uniqueSlug: CustomValidator<{ current?: string } | undefined> = async (value, context) => {
  const slug = value?.current;
  const document = context.document;
  if (!slug || !document) return true;
  const id = document._id.replace(/^drafts\./, '');
  const other = await fetchPublished<string | null>(
    context,
    '*[_type == $type && slug.current == $slug && _id != $id][0]._id',
    { type: document._type, slug, id },
  );
  return other ? capitalize(slugTaken(slug, document._type, other)) : true;
};

/** A location needs an admissions or a main phone; attached to `admissionsPhone`, shown next to it. */
export const admissionsOrMainPhone: CustomValidator<unknown> = (_, context) =>
  result(locationPhoneProblem((context.document ?? {}) as Parameters<typeof locationPhoneProblem>[0]));

/** A referral resource needs a phone or a web address; attached to `phone`, as the build reports it. */
export const phoneOrUrl: CustomValidator<unknown> = (_, context) =>
  result(reachableProblem((context.parent ?? {}) as Parameters<typeof reachableProblem>[0]));

/** Opening hours: `closes` must be after `opens` on the same day. */
export const closesAfterOpens: CustomValidator<string | undefined> = (closes, context) =>
  result(hoursOrderProblem((context.parent as { opens?: string } | undefined)?.opens, closes));

/** `lastReviewed` older than the review window: meant for `.warning()`, stale data is not a blocker. */
export const recentlyReviewed = check<string>((value) => reviewAgeProblem(value));

/** A list that must name at least one `noun`: an empty list is refused, a missing one is `required()`'s. */
export const atLeastOne =
  (noun: string): CustomValidator<unknown[] | undefined> =>
  (items) =>
    items ? result(atLeastOneProblem(items, noun)) : true;

/** A required, non-empty list of vocabulary keys without repeats, e.g. the days of an opening-hours row. */
export const someOf =
  (keys: readonly string[], noun: string) =>
  (rule: ArrayRule<unknown[]>): ArrayRule<unknown[]>[] => [
    required(rule),
    rule.custom(atLeastOne(noun)).custom(noRepeats).custom(eachOneOf(keys)),
  ];

/** A list of vocabulary keys: each must be one of `keys` (the schema's `options.list`). */
export const eachOneOf =
  (keys: readonly string[]): CustomValidator<unknown[] | undefined> =>
  (items) =>
    errors((items ?? []).map((item, index) => ({ path: [index], message: oneOfProblem(item, keys) })));

/** A list without repeats: the later copies are flagged, as the build flags them (references by id). */
export const noRepeats: CustomValidator<unknown[] | undefined> = (items) => {
  const list = items ?? [];
  const identity = list.map((item) => (isRef(item) ? item._ref : item));
  return errors(
    repeats(identity).map(({ index, value }) => ({ path: [at(list[index], index)], message: listedTwice(value) })),
  );
};

/** A program may appear once per location: one entry holds all its formats. */
export const programsOnce: CustomValidator<Keyed<{ program?: RefLike }>[] | undefined> = (value) => {
  const items = value ?? [];
  const ids = items.map((item) => item.program?._ref);
  return errors(
    repeats(ids)
      .filter(({ value: id }) => id)
      .map(({ index, value: id }) => ({ path: [at(items[index], index), 'program'], message: listedTwice(id) })),
  );
};

/** What a location offers: its programs and its services. */
type Offers = { programs?: { program?: RefLike }[]; servicesOffered?: RefLike[] };

/** A location cannot list a program or service as both offered and not offered. */
export const notAlsoOffered: CustomValidator<Keyed<{ item?: RefLike }>[] | undefined> = (value, context) => {
  const document = context.document as Offers | undefined;
  const offered = [
    ...(document?.programs ?? []).flatMap((entry) => entry.program ?? []),
    ...(document?.servicesOffered ?? []),
  ];
  const both = new Set(itemsOfferedAndNotOffered(offered, value));
  return errors(
    (value ?? []).map((entry, index) => {
      const id = entry.item?._ref;
      return { path: [at(entry, index), 'item'], message: id && both.has(id) ? offeredAndNotOffered(id) : undefined };
    }),
  );
};

/**
 * Every reference of a list points at a published document of one of `kinds`: the schema's `to` limits the
 * picker, but an import or a deleted target can still leave a wrong or dangling reference. The items are
 * references, or objects holding one in `field`; one query per list.
 */
export function referencesTo(kinds: readonly string[], field?: string): CustomValidator<unknown[] | undefined> {
  return async (value, context) => {
    const items = value ?? [];
    const refs = items.map((item) => (field ? (item as Record<string, unknown> | null)?.[field] : item));
    const ids = [...new Set(refs.flatMap((ref) => (isRef(ref) ? [ref._ref] : [])))];
    if (ids.length === 0) return true;
    const found = await fetchPublished<{ _id: string; _type: string }[]>(context, '*[_id in $ids]{_id, _type}', {
      ids,
    });
    const typeOf = new Map(found.map((doc) => [doc._id, doc._type]));
    return errors(
      refs.map((ref, index) => {
        const id = isRef(ref) ? ref._ref : undefined;
        const path: PathSegment[] = [at(items[index], index), ...(field ? [field] : [])];
        return { path, message: id ? referenceProblem(id, typeOf.get(id), kinds) : undefined };
      }),
    );
  };
}

/** A GROQ query over published documents only, as the build sees them. */
function fetchPublished<T>(context: ValidationContext, query: string, params: Record<string, unknown>): Promise<T> {
  const client = context.getClient({ apiVersion: API_VERSION });
  return client.fetch<T>(query, params, { perspective: 'published', signal: context.signal });
}

function isRef(value: unknown): value is { _ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as RefLike)._ref === 'string';
}

/** A problem as the Studio shows it: capitalised, as Sanity's own messages are. */
function result(problem: string | undefined): true | string {
  return problem === undefined ? true : capitalize(problem);
}

/** Problems on parts of a value; `true` when there are none. */
function errors(found: { path: PathSegment[]; message: string | undefined }[]): Result {
  const list = found.flatMap(({ path, message }) => (message ? [{ path, message: capitalize(message) }] : []));
  return list.length > 0 ? list : true;
}

/** The path segment for an array item: its `_key`, or its index when the key is missing. */
function at(item: unknown, index: number): PathSegment {
  const key = (item as { _key?: unknown } | null)?._key;
  return typeof key === 'string' && key ? { _key: key } : index;
}

function capitalize(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
