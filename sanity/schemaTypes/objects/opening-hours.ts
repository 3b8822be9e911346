import { ClockIcon } from '@sanity/icons/Clock';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { clockProblem } from '../../../src/domain/content-rules.ts';
import { keysOf, optionsOf, WEEKDAY, type Weekday } from '../../../src/domain/vocabulary.ts';
import { withSpanish } from '../../lib/translations.ts';
import { check, closesAfterOpens, required, someOf } from '../../lib/validation.ts';

/** Opening hours shared by a set of weekdays, in the location's own time zone. */
export const openingHours = defineType({
  name: 'openingHours',
  title: 'Opening hours',
  type: 'object',
  icon: ClockIcon,
  fields: [
    defineField({
      name: 'days',
      title: 'Days',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionsOf(WEEKDAY), layout: 'grid' },
      validation: someOf(keysOf(WEEKDAY), 'day'),
    }),
    defineField({
      name: 'opens',
      title: 'Opens',
      type: 'string',
      description: '24-hour clock, e.g. 08:00.',
      validation: (rule) => [required(rule), rule.custom(check(clockProblem))],
    }),
    defineField({
      name: 'closes',
      title: 'Closes',
      type: 'string',
      description: '24-hour clock, e.g. 17:30; 24:00 means open until midnight.',
      validation: (rule) => [required(rule), rule.custom(check(clockProblem)).custom(closesAfterOpens)],
    }),
    ...withSpanish(
      defineField({ name: 'note', title: 'Note', type: 'string', description: 'e.g. "Walk-ins until 15:00".' }),
    ),
  ],
  preview: {
    select: { days: 'days', opens: 'opens', closes: 'closes' },
    prepare: ({ days, opens, closes }) => ({
      title: ((days ?? []) as Weekday[]).map((day) => WEEKDAY[day]?.slice(0, 3) ?? day).join(', ') || 'No days',
      subtitle: `${opens ?? '?'}–${closes ?? '?'}`,
    }),
  },
});
