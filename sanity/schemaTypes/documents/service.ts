import { TagIcon } from '@sanity/icons/Tag';
import { defineField, defineType } from 'sanity';
import { displayNameProblem, oneOfProblem, samhsaCodeProblem } from '../../../src/domain/content-rules.ts';
import { keysOf, optionsOf, SERVICE_CATEGORY, type ServiceCategory } from '../../../src/domain/vocabulary.ts';
import { withSpanish } from '../../lib/translations.ts';
import { check, kebabSlug, required, uniqueSlug } from '../../lib/validation.ts';

/** A single service (assessment, therapy, medication…) that locations offer or refer out. */
export const service = defineType({
  name: 'service',
  title: 'Service',
  type: 'document',
  icon: TagIcon,
  fields: [
    ...withSpanish(
      defineField({
        name: 'title',
        title: 'Title',
        type: 'string',
        validation: (rule) => [required(rule), rule.custom(check(displayNameProblem))],
      }),
      displayNameProblem,
    ),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      // Uniqueness is `uniqueSlug`'s, which names the other document.
      options: { source: 'title', maxLength: 96, isUnique: () => true },
      validation: (rule) => [required(rule), rule.custom(kebabSlug).custom(uniqueSlug)],
    }),
    defineField({
      name: 'category',
      title: 'Category',
      type: 'string',
      options: { list: optionsOf(SERVICE_CATEGORY) },
      validation: (rule) => [
        required(rule),
        rule.custom(check((value: string) => oneOfProblem(value, keysOf(SERVICE_CATEGORY)))),
      ],
    }),
    ...withSpanish(defineField({ name: 'description', title: 'Description', type: 'text', rows: 3 })),
    defineField({
      name: 'samhsaCode',
      title: 'SAMHSA service code',
      type: 'string',
      description: 'The code FindTreatment.gov uses, e.g. OIT.',
      validation: (rule) => rule.custom(check(samhsaCodeProblem)),
    }),
    ...withSpanish(
      defineField({
        name: 'aliases',
        title: 'Also known as',
        type: 'array',
        description: 'Other names people search with.',
        of: [{ type: 'string' }],
        options: { layout: 'tags' },
      }),
    ),
  ],
  preview: {
    select: { title: 'title', category: 'category' },
    prepare: ({ title, category }) => ({
      title,
      subtitle: SERVICE_CATEGORY[category as ServiceCategory] ?? category,
    }),
  },
});
