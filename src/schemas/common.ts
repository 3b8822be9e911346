import { z } from 'zod';
import {
  blankProblem,
  displayNameProblem,
  emailProblem,
  extensionProblem,
  httpsUrlProblem,
  listedTwice,
  repeatedKey,
  repeats,
  slugProblem,
  zipProblem,
} from '../domain/content-rules.ts';
import { phoneProblem } from '../domain/phone.ts';
import { US_STATE, keysOf } from '../domain/vocabulary.ts';

/** An optional field: GROQ projects a missing field as `null`; the site sees `undefined`. */
export const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

/** An optional list: missing or `null` becomes an empty list, so pages never guard against null. */
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? [])
    // Sanity keys array items by `_key`; a repeated key makes edits and patches land on the wrong item.
    .superRefine((items, ctx) => {
      const keys = items.map((item) =>
        item && typeof item === 'object' ? (item as { _key?: unknown })._key : undefined,
      );
      for (const { index, value } of repeats(keys))
        if (typeof value === 'string')
          ctx.addIssue({ code: 'custom', path: [index, '_key'], message: repeatedKey(value) });
    });

/** Flags the later copies of a repeated value: the Studio's `unique()` rule, for content that bypassed it. */
export function noRepeats(values: readonly unknown[], ctx: z.RefinementCtx<readonly unknown[]>) {
  for (const { index, value } of repeats(values))
    ctx.addIssue({ code: 'custom', path: [index], message: listedTwice(value) });
}

/** A string checked by one of the shared content rules (`src/domain/content-rules.ts`). */
export const checked = (problem: (value: string) => string | undefined) =>
  z.string().superRefine((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

// Text made only of spaces, zero-width or other invisible characters is as empty as "".
export const nonEmptyText = checked(blankProblem).transform((value) => value.trim());

/** A name shown as a heading, link text and page title. */
export const displayName = checked(displayNameProblem).transform((value) => value.trim());

export const slug = z.string({ error: 'is required (a URL slug)' }).superRefine((value, ctx) => {
  const message = slugProblem(value);
  if (message) ctx.addIssue({ code: 'custom', message });
});

/** A reference id as the queries return it (`field._ref`). */
export const ref = z.string({ error: 'must reference a document' }).min(1);

/** A reference as Sanity stores it in an array. */
type StoredReference = { _key?: string; _type?: string; _ref: string; _weak?: boolean };

/**
 * A list of references as Sanity stores it, read as the ids. Checked with one predicate per item rather than
 * a zod object: at 20,000 locations (~760,000 references) an object schema's copies took ~800 MB of heap.
 */
export const referenceIds = list(
  z.custom<StoredReference>(
    (item) => {
      const id = (item as Partial<StoredReference> | null)?._ref;
      return typeof id === 'string' && id !== '';
    },
    { error: 'must reference a document' },
  ),
).transform((items) => items.map((item) => item._ref));

export const phone = z.object({
  number: checked((value) => phoneProblem(value)),
  extension: optional(checked(extensionProblem)),
});

export const address = z.object({
  street1: nonEmptyText,
  street2: optional(z.string()),
  city: nonEmptyText,
  state: z.enum(keysOf(US_STATE), { error: 'must be a two-letter US state or territory code' }),
  zip: checked(zipProblem),
});

// https only, as the Studio's rule and the content model say: a plain-http link would leak the visit in clear.
export const https = checked(httpsUrlProblem);

/** An address for `mailto:` links: no scheme, no `?bcc=`. */
export const email = checked(emailProblem);

/** A program or service not offered (at a location, or anywhere), by id: the graph checks say which it is. */
export const notOffered = z.object({
  _key: z.string(),
  item: ref,
  note: optional(z.string()),
  note_es: optional(z.string()),
});

export type Phone = z.infer<typeof phone>;
export type Address = z.infer<typeof address>;
export type NotOffered = z.infer<typeof notOffered>;
