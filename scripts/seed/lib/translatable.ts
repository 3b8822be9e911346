import { splitField, TRANSLATABLE_FIELDS } from '../../../src/domain/translatable.ts';

type Doc = { _id: string; _type: string; [field: string]: unknown };

/** A document type's translatable fields (src/domain/translatable.ts), grouped for walking a document. */
export interface TranslatableFields {
  /** Fields of the document itself. */
  fields: readonly string[];
  /** Array fields whose objects carry translatable fields of their own. */
  items: Readonly<Record<string, readonly string[]>>;
}

export const TRANSLATABLE: Readonly<Record<string, TranslatableFields>> = Object.fromEntries(
  Object.entries(TRANSLATABLE_FIELDS).map(([type, paths]) => {
    const fields: string[] = [];
    const items: Record<string, string[]> = {};
    for (const { list, field } of paths.map(splitField))
      if (list) (items[list] ??= []).push(field);
      else fields.push(field);
    return [type, { fields, items }];
  }),
);

/**
 * Lists whose Spanish says the same things item by item (a fact left out would go missing on the Spanish
 * page). Aliases are not among them: Spanish speakers search with words of their own.
 */
const ITEM_BY_ITEM = new Set(['suitableFor', 'notSuitableFor', 'reasonsRecommended']);

/** A translatable value in one place of a document: where, and its English and Spanish values. */
export interface TranslatableValue {
  /** `faq[2].answer`: the English field; the Spanish one is `${path}_es`. */
  path: string;
  field: string;
  english: unknown;
  spanish: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every translatable field of a document that has an English value, with its Spanish sibling. */
export function translatableValues(doc: Doc): TranslatableValue[] {
  const spec = TRANSLATABLE[doc._type];
  if (!spec) return [];
  const values: TranslatableValue[] = [];
  const collect = (owner: Record<string, unknown>, field: string, path: string) => {
    if (hasValue(owner[field])) values.push({ path, field, english: owner[field], spanish: owner[`${field}_es`] });
  };
  for (const field of spec.fields) collect(doc, field, field);
  for (const [array, fields] of Object.entries(spec.items)) {
    const items = doc[array];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (isObject(item)) for (const field of fields) collect(item, field, `${array}[${i}].${field}`);
    });
  }
  return values;
}

const hasValue = (value: unknown): boolean =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) ? value.length > 0 : value != null;

/** Why a Spanish value does not stand for its English one, or `undefined` when it does. */
export function translationProblem({ field, english, spanish }: TranslatableValue): string | undefined {
  if (!hasValue(spanish)) return 'has no Spanish translation';
  if (typeof english === 'string')
    return typeof spanish === 'string' ? undefined : 'must be text, as the English value is';
  if (!Array.isArray(english) || !Array.isArray(spanish)) return undefined;
  if (english.every((item) => typeof item === 'string')) {
    if (!spanish.every((item) => typeof item === 'string' && item.trim() !== ''))
      return 'must be a list of non-blank texts';
    if (ITEM_BY_ITEM.has(field) && spanish.length !== english.length)
      return `has ${spanish.length} items in Spanish for ${english.length} in English`;
  }
  return undefined;
}

/** Every translatable value of a document without a sound Spanish sibling, as `path_es: reason`. */
export function untranslated(doc: Doc): { path: string; reason: string }[] {
  return translatableValues(doc).flatMap((value) => {
    const reason = translationProblem(value);
    return reason ? [{ path: `${value.path}_es`, reason }] : [];
  });
}
