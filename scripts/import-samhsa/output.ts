/**
 * The NDJSON shape `sanity dataset import` takes (docs/content-model.md): ids of `[a-z0-9_.-]`, a `_key` on
 * every object in an array, references `{_type, _ref, _key}`. Keys name what the item stands for, so the
 * same input gives the same bytes and a re-import keeps every key.
 */
export type SanityDocument = { _id: string; _type: string } & Record<string, unknown>;

/** A key that names what the item points at (`samhsa-cbt` for `service.samhsa-cbt`): unique in its array. */
export const keyOf = (id: string) => id.slice(id.indexOf('.') + 1);

/** A reference as an array item. */
export const refItem = (id: string) => ({ _type: 'reference', _ref: id, _key: keyOf(id) });

/** A reference as a field of an object (no `_key` outside arrays). */
export const ref = (id: string) => ({ _type: 'reference', _ref: id });

export const slugField = (current: string) => ({ _type: 'slug', current });

/** Lower-case kebab-case ASCII: "Paseo del Cañon & Co." → "paseo-del-canon-and-co", at most `max` characters. */
export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return (end > max / 2 ? cut.slice(0, end) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Drops `undefined` fields and empty arrays, so optional data is absent rather than null or []. */
export function compact<T extends Record<string, unknown>>(doc: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}

const ID = /^[a-z0-9_.-]+$/;
/** The singleton's fixed id predates the lower-case rule (docs/content-model.md). */
const FIXED_IDS = new Set(['siteSettings']);

/** Documents sorted by `_id` (code-unit order), one JSON object per line; throws on a bad or repeated id. */
export function toNdjson(documents: SanityDocument[]): string {
  const sorted = [...documents].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  for (let i = 0; i < sorted.length; i++) {
    const id = sorted[i]!._id;
    if (!ID.test(id) && !FIXED_IDS.has(id)) throw new Error(`document id "${id}" is not of [a-z0-9_.-]`);
    if (i > 0 && sorted[i - 1]!._id === id) throw new Error(`document id "${id}" is used twice`);
  }
  return sorted.map((doc) => JSON.stringify(doc)).join('\n') + '\n';
}
