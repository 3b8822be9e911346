import { z } from 'zod';
import { displayNameProblem, SLUG_PATTERN, ZIP_PATTERN } from '../domain/content-rules.ts';
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
      keys.forEach((key, i) => {
        if (typeof key === 'string' && keys.indexOf(key) < i)
          ctx.addIssue({ code: 'custom', path: [i, '_key'], message: `"${key}" is the _key of an earlier item too` });
      });
    });

/** Flags the later copies of a repeated value: the Studio's `unique()` rule, for content that bypassed it. */
export function noRepeats(values: readonly unknown[], ctx: z.RefinementCtx<readonly unknown[]>) {
  values.forEach((value, i) => {
    if (values.indexOf(value) < i)
      ctx.addIssue({ code: 'custom', path: [i], message: `"${String(value)}" is listed twice` });
  });
}

// Text made only of spaces, zero-width or other invisible characters is as empty as "".
export const nonEmptyText = z
  .string()
  .trim()
  .refine((value) => /[^\p{Z}\p{Cc}\p{Cf}]/u.test(value), 'must not be empty');

/** A name shown as a heading, link text and page title. */
export const displayName = nonEmptyText.superRefine((value, ctx) => {
  const problem = displayNameProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const slug = z
  .string({ error: 'is required (a URL slug)' })
  .regex(SLUG_PATTERN, 'must be lowercase letters, digits and single hyphens');

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
  number: z.string().superRefine((value, ctx) => {
    const problem = phoneProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  extension: optional(z.string().regex(/^\d{1,6}$/, 'must be 1 to 6 digits')),
});

export const address = z.object({
  street1: nonEmptyText,
  street2: optional(z.string()),
  city: nonEmptyText,
  state: z.enum(keysOf(US_STATE), { error: 'must be a two-letter US state or territory code' }),
  zip: z.string().regex(ZIP_PATTERN, 'must be a US ZIP code such as 97214 or 97214-1234'),
});

// https only, as the Studio's rule and the content model say: a plain-http link would leak the visit in clear.
export const https = z.url({ protocol: /^https$/, error: 'must be an https URL' });

/** A program or service not offered (at a location, or anywhere), by id: the graph checks say which it is. */
export const notOffered = z.object({ _key: z.string(), item: ref, note: optional(z.string()) });

export type Phone = z.infer<typeof phone>;
export type Address = z.infer<typeof address>;
export type NotOffered = z.infer<typeof notOffered>;
