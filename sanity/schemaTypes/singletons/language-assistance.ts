import { TranslateIcon } from '@sanity/icons/Translate';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { blankProblem } from '../../../src/domain/content-rules.ts';
import { withSpanish } from '../../lib/translations.ts';
import { check, required } from '../../lib/validation.ts';

/**
 * The Section 1557 notice and the taglines, shown at /language-assistance/; its `_id` is fixed (see
 * `LANGUAGE_ASSISTANCE_ID`). Optional: without it the site has no such page and no footer link.
 */
export const languageAssistance = defineType({
  name: 'languageAssistance',
  title: 'Language assistance',
  type: 'document',
  icon: TranslateIcon,
  fields: [
    ...withSpanish(
      defineField({
        name: 'notice',
        title: 'Nondiscrimination notice',
        type: 'text',
        rows: 12,
        description:
          'Who we do not discriminate against, the free language help and aids we give, and how to file a grievance. A blank line starts a new paragraph.',
        validation: (rule) => [required(rule), rule.custom(check(blankProblem))],
      }),
      blankProblem,
    ),
    defineField({
      name: 'taglines',
      title: 'Taglines',
      type: 'array',
      description: 'One per language the organization serves, each written in that language.',
      of: [defineArrayMember({ type: 'languageTagline' })],
    }),
  ],
  preview: { prepare: () => ({ title: 'Language assistance', subtitle: 'Notice and taglines' }) },
});
