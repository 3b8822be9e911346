/**
 * Translated content in the Studio (issue 15): a translatable field `f` keeps English and its Spanish value is the
 * sibling field `f_es`, of the same type. Editors see each pair in one row, English left and Spanish right.
 */
import type { FieldDefinition, FieldsetDefinition, Rule } from 'sanity';
import { checkPresent } from './validation.ts';

type Problem = (value: string) => string | undefined;

/** The suffix of a Spanish sibling field. */
const SPANISH_SUFFIX = '_es';

/**
 * A translatable field and its Spanish sibling, both in a fieldset named after the English field (see
 * {@link sideBySide}). The Spanish value is optional; a value that is there, even "", must pass `problem`: the
 * shared rule (src/domain/content-rules.ts) of the English field, so the Studio and the build refuse it in the
 * same words. The English field is returned as it was, apart from its fieldset.
 */
export function withSpanish(field: FieldDefinition, problem?: Problem): FieldDefinition[] {
  const spanish = {
    ...field,
    name: `${field.name}${SPANISH_SUFFIX}`,
    title: `${field.title} (Spanish)`,
    // The English field's description sits beside it and says what both hold.
    description: undefined,
    validation: problem ? (rule: Rule) => rule.custom(checkPresent(problem)) : undefined,
  } as FieldDefinition;
  return [
    { ...field, fieldset: field.name },
    { ...spanish, fieldset: field.name },
  ];
}

/**
 * A schema type with a two-column fieldset for each pair {@link withSpanish} made, titled as the English field:
 * English in the left column, Spanish in the right.
 */
export function sideBySide<T extends { fields: FieldDefinition[]; fieldsets?: FieldsetDefinition[] }>(type: T): T {
  const pairs = type.fields.filter((field) => field.name.endsWith(SPANISH_SUFFIX));
  const fieldsets = pairs.map((spanish) => {
    const name = spanish.name.slice(0, -SPANISH_SUFFIX.length);
    const english = type.fields.find((field) => field.name === name);
    return { name, title: english?.title ?? name, options: { columns: 2 } };
  });
  return { ...type, fieldsets: [...(type.fieldsets ?? []), ...fieldsets] };
}
