import { TiersIcon } from '@sanity/icons/Tiers';
import { defineArrayMember, defineField, defineType } from 'sanity';
import {
  displayNameProblem,
  hoursPerWeekProblem,
  oneOfProblem,
  summaryProblem,
} from '../../../src/domain/content-rules.ts';
import { keysOf, LEVEL_OF_CARE, optionsOf } from '../../../src/domain/vocabulary.ts';
import { withSpanish } from '../../lib/translations.ts';
import { check, kebabSlug, noRepeats, referencesTo, required, uniqueSlug } from '../../lib/validation.ts';

/** A level of care (detox, IOP, outpatient…), described once and offered at many locations. */
export const program = defineType({
  name: 'program',
  title: 'Program',
  type: 'document',
  icon: TiersIcon,
  groups: [
    { name: 'overview', title: 'Overview', default: true },
    { name: 'details', title: 'Details' },
    { name: 'search', title: 'Search' },
  ],
  fields: [
    ...withSpanish(
      defineField({
        name: 'title',
        title: 'Title',
        type: 'string',
        group: 'overview',
        validation: (rule) => [required(rule), rule.custom(check(displayNameProblem))],
      }),
      displayNameProblem,
    ),
    ...withSpanish(
      defineField({
        name: 'shortName',
        title: 'Short name',
        type: 'string',
        group: 'overview',
        description: 'What people call it, e.g. IOP.',
        validation: (rule) => [required(rule), rule.custom(check(displayNameProblem))],
      }),
      displayNameProblem,
    ),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      group: 'overview',
      // Uniqueness is `uniqueSlug`'s, which names the other document.
      options: { source: 'title', maxLength: 96, isUnique: () => true },
      validation: (rule) => [required(rule), rule.custom(kebabSlug).custom(uniqueSlug)],
    }),
    defineField({
      name: 'category',
      title: 'Level of care',
      type: 'string',
      group: 'overview',
      options: { list: optionsOf(LEVEL_OF_CARE) },
      validation: (rule) => [
        required(rule),
        rule.custom(check((value: string) => oneOfProblem(value, keysOf(LEVEL_OF_CARE)))),
      ],
    }),
    defineField({
      name: 'asamLevel',
      title: 'ASAM level',
      type: 'string',
      group: 'overview',
      description: 'ASAM Criteria level, e.g. 2.1.',
    }),
    defineField({
      name: 'order',
      title: 'Order',
      type: 'number',
      group: 'overview',
      description: 'Position on listings: lower comes first.',
    }),
    ...withSpanish(
      defineField({
        name: 'summary',
        title: 'Summary',
        type: 'text',
        rows: 3,
        group: 'overview',
        description: 'One or two sentences for listings and search results.',
        validation: (rule) => [required(rule), rule.custom(check(summaryProblem))],
      }),
      summaryProblem,
    ),
    ...withSpanish(
      defineField({
        name: 'safetyNote',
        title: 'Safety note',
        type: 'text',
        rows: 2,
        group: 'overview',
        description:
          'Shown wherever this program is not offered, e.g. for detox: withdrawal can be dangerous; in an emergency call 911.',
      }),
    ),
    ...withSpanish(
      defineField({
        name: 'body',
        title: 'Description',
        type: 'array',
        group: 'details',
        of: [
          defineArrayMember({
            type: 'block',
            styles: [
              { title: 'Normal', value: 'normal' },
              { title: 'Heading', value: 'h2' },
              { title: 'Subheading', value: 'h3' },
            ],
            lists: [
              { title: 'Bullets', value: 'bullet' },
              { title: 'Numbered', value: 'number' },
            ],
            marks: {
              decorators: [
                { title: 'Strong', value: 'strong' },
                { title: 'Emphasis', value: 'em' },
              ],
              annotations: [
                defineArrayMember({
                  name: 'link',
                  title: 'Link',
                  type: 'object',
                  fields: [
                    defineField({
                      name: 'href',
                      title: 'URL',
                      type: 'url',
                      validation: (rule) => rule.required().uri({ scheme: ['https', 'http', 'mailto', 'tel'] }),
                    }),
                  ],
                }),
              ],
            },
          }),
        ],
      }),
    ),
    ...withSpanish(
      defineField({ name: 'typicalSchedule', title: 'Typical schedule', type: 'text', rows: 2, group: 'details' }),
    ),
    defineField({
      name: 'minHoursPerWeek',
      title: 'Minimum hours per week',
      type: 'number',
      group: 'details',
      validation: (rule) => rule.custom(check(hoursPerWeekProblem)),
    }),
    defineField({
      name: 'components',
      title: 'Services included',
      type: 'array',
      group: 'details',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'service' }] })],
      validation: (rule) => rule.custom(noRepeats).custom(referencesTo(['service'])),
    }),
    ...withSpanish(
      defineField({
        name: 'suitableFor',
        title: 'Suitable for',
        type: 'array',
        group: 'details',
        of: [{ type: 'string' }],
      }),
    ),
    ...withSpanish(
      defineField({
        name: 'notSuitableFor',
        title: 'Not suitable for',
        type: 'array',
        group: 'details',
        of: [{ type: 'string' }],
      }),
    ),
    ...withSpanish(
      defineField({
        name: 'reasonsRecommended',
        title: 'Reasons it is recommended',
        type: 'array',
        group: 'details',
        of: [{ type: 'string' }],
      }),
    ),
    defineField({
      name: 'faq',
      title: 'FAQ',
      type: 'array',
      group: 'details',
      of: [defineArrayMember({ type: 'faqItem' })],
    }),
    ...withSpanish(
      defineField({
        name: 'aliases',
        title: 'Also known as',
        type: 'array',
        group: 'search',
        description: 'Abbreviations and plain words people search with, e.g. IOP, intensive outpatient.',
        of: [{ type: 'string' }],
        options: { layout: 'tags' },
      }),
    ),
  ],
  orderings: [
    {
      title: 'Listing order',
      name: 'order',
      by: [
        { field: 'order', direction: 'asc' },
        { field: 'title', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'title', shortName: 'shortName' },
    prepare: ({ title, shortName }) => ({ title, subtitle: shortName }),
  },
});
