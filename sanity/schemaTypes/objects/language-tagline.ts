import { TranslateIcon } from '@sanity/icons/Translate';
import { defineField, defineType } from 'sanity';
import { blankProblem, languageTagProblem } from '../../../src/domain/content-rules.ts';
import { check, required } from '../../lib/validation.ts';

/** "Free language help is available. Call …", written in the language it names, with that language's line. */
export const languageTagline = defineType({
  name: 'languageTagline',
  title: 'Tagline',
  type: 'object',
  icon: TranslateIcon,
  fields: [
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'A BCP 47 language tag: es, vi, zh-Hant, ko, ru, tl, ar… The page marks the tagline with it.',
      validation: (rule) => [required(rule), rule.custom(check(languageTagProblem))],
    }),
    defineField({
      name: 'text',
      title: 'Tagline',
      type: 'text',
      rows: 2,
      description: 'In that language: free language help is available, and the number to call.',
      validation: (rule) => [required(rule), rule.custom(check(blankProblem))],
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'phone',
      description: 'The line that answers in this language.',
      validation: (rule) => required(rule),
    }),
  ],
  preview: {
    select: { title: 'text', language: 'language' },
    prepare: ({ title, language }) => ({ title, subtitle: language }),
  },
});
