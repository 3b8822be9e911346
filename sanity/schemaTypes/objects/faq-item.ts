import { HelpCircleIcon } from '@sanity/icons/HelpCircle';
import { defineField, defineType } from 'sanity';
import { blankProblem } from '../../../src/domain/content-rules.ts';
import { withSpanish } from '../../lib/translations.ts';
import { check, required } from '../../lib/validation.ts';

/** A question and its plain-text answer, shown on a program page. */
export const faqItem = defineType({
  name: 'faqItem',
  title: 'Question',
  type: 'object',
  icon: HelpCircleIcon,
  fields: [
    ...withSpanish(
      defineField({
        name: 'question',
        title: 'Question',
        type: 'string',
        validation: (rule) => [required(rule), rule.custom(check(blankProblem))],
      }),
      blankProblem,
    ),
    ...withSpanish(
      defineField({
        name: 'answer',
        title: 'Answer',
        type: 'text',
        rows: 4,
        validation: (rule) => [required(rule), rule.custom(check(blankProblem))],
      }),
      blankProblem,
    ),
  ],
  preview: {
    select: { title: 'question', subtitle: 'answer' },
  },
});
