/**
 * Stable `_key`s and revisions for the bundled dataset: derived from content, never random,
 * so regenerating the file gives byte-identical output and a diff shows only real edits.
 */
import { createHash } from 'node:crypto';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** JSON with object keys sorted, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** First `length` hex digits of the SHA-256 of `text`. */
export function shortHash(text: string, length = 12): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What an array item's key is derived from. References (and objects built around one reference,
 * like `offeredProgram` or `notOfferedItem`) are keyed by what they point at, so editing a note
 * keeps the key; anything else by its whole content.
 */
function keyBasis(item: JsonObject): string {
  if (item._type === 'reference' && typeof item._ref === 'string') return `ref:${item._ref}`;
  for (const field of ['program', 'item']) {
    const inner = item[field];
    if (isObject(inner) && inner._type === 'reference') return `${String(item._type)}:${String(inner._ref)}`;
  }
  return canonicalJson(item);
}

/**
 * Gives every object inside an array a `_key` unique within that array (depth first, so a parent's
 * key covers its children's). Keys already present (Portable Text `markDefs`) are kept and must be unique.
 */
export function assignKeys<T>(value: T, path = '$'): T {
  if (Array.isArray(value)) {
    const items = value.map((item, i) => assignKeys(item, `${path}[${i}]`));
    const seen = new Set<string>();
    for (const item of items) if (isObject(item) && typeof item._key === 'string') claim(seen, item._key, path);
    const keyed = items.map((item) => {
      if (!isObject(item) || typeof item._key === 'string') return item;
      if (typeof item._type !== 'string') throw new Error(`${path}: array item object without _type`);
      const basis = keyBasis(item);
      let key = shortHash(basis);
      for (let n = 2; seen.has(key); n++) key = shortHash(`${basis}#${n}`);
      claim(seen, key, path);
      return { _type: item._type, _key: key, ...item };
    });
    return keyed as T;
  }
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = assignKeys(v as Json, `${path}.${k}`);
    return out as T;
  }
  return value;
}

function claim(seen: Set<string>, key: string, path: string): void {
  if (seen.has(key)) throw new Error(`${path}: duplicate _key "${key}"`);
  seen.add(key);
}
