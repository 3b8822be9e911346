/**
 * Checks on the raw shape of exported documents that Sanity's document validation does not make:
 * array item keys, id form and uniqueness, the singleton's fixed id. Plain functions over plain JSON.
 */
import { isSingletonType, SINGLETONS } from './singletons.ts';

/** A problem in one document, at a path written the way Sanity prints paths (`hours[_key=="a"].opens`). */
export interface ShapeProblem {
  id: string;
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

const ID = /^[a-z0-9_.-]+$/;

/** Every object in every array must carry a non-empty string `_key`, unique within its array. */
export function keyProblems(document: Json & { _id: string }): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      const seen = new Set<string>();
      value.forEach((item, index) => {
        if (!isObject(item)) return visit(item, `${path}[${index}]`);
        const key = item._key;
        if (typeof key !== 'string' || key === '') {
          problems.push({ id: document._id, path: `${path}[${index}]`, message: 'Array item has no _key' });
          return visit(item, `${path}[${index}]`);
        }
        if (seen.has(key))
          problems.push({
            id: document._id,
            path: `${path}[${index}]`,
            message: `Duplicate _key "${key}" in this array`,
          });
        seen.add(key);
        visit(item, `${path}[_key=="${key}"]`);
      });
    } else if (isObject(value)) {
      for (const [name, child] of Object.entries(value)) visit(child, path ? `${path}.${name}` : name);
    }
  };
  visit(document, '');
  return problems;
}

/** Ids in the form the content model allows, each used once, and singletons at their fixed id. */
export function idProblems(documents: readonly (Json & { _id: string; _type: string })[]): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const counts = new Map<string, number>();
  for (const { _id } of documents) counts.set(_id, (counts.get(_id) ?? 0) + 1);
  const fixedIds = new Set(Object.values(SINGLETONS));
  for (const [id, count] of counts) {
    // The singleton's fixed id predates the lower-case rule (docs/content-model.md names it "siteSettings").
    if (!ID.test(id) && !fixedIds.has(id.replace(/^drafts\./, '')))
      problems.push({ id, path: '_id', message: 'Use lower-case letters, digits, "_", "." and "-" only' });
    if (count > 1) problems.push({ id, path: '_id', message: `Used by ${count} documents in this file` });
  }
  for (const { _id, _type } of documents) {
    const fixedId = isSingletonType(_type) ? SINGLETONS[_type] : undefined;
    if (fixedId !== undefined && _id.replace(/^drafts\./, '') !== fixedId)
      problems.push({ id: _id, path: '_id', message: `A ${_type} document must have the id "${fixedId}"` });
  }
  return problems;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
