import { HomeIcon } from '@sanity/icons/Home';
import { defineField, defineType } from 'sanity';
import { blankProblem, oneOfProblem, zipProblem } from '../../../src/domain/content-rules.ts';
import { keysOf, optionsOf, US_STATE } from '../../../src/domain/vocabulary.ts';
import { check, required } from '../../lib/validation.ts';

/** A US street address; `state` holds the USPS code so the site can group and filter by it. */
export const address = defineType({
  name: 'address',
  title: 'Address',
  type: 'object',
  icon: HomeIcon,
  fields: [
    defineField({
      name: 'street1',
      title: 'Street',
      type: 'string',
      validation: (rule) => [required(rule), rule.custom(check(blankProblem))],
    }),
    defineField({
      name: 'street2',
      title: 'Street, second line',
      type: 'string',
      description: 'Suite, floor or building.',
    }),
    defineField({
      name: 'city',
      title: 'City',
      type: 'string',
      validation: (rule) => [required(rule), rule.custom(check(blankProblem))],
    }),
    defineField({
      name: 'state',
      title: 'State',
      type: 'string',
      options: { list: optionsOf(US_STATE) },
      validation: (rule) => [
        required(rule),
        rule.custom(check((value: string) => oneOfProblem(value, keysOf(US_STATE)))),
      ],
    }),
    defineField({
      name: 'zip',
      title: 'ZIP code',
      type: 'string',
      description: '5 digits, or ZIP+4 such as 97204-1234.',
      validation: (rule) => [required(rule), rule.custom(check(zipProblem))],
    }),
  ],
  preview: {
    select: { street1: 'street1', city: 'city', state: 'state', zip: 'zip' },
    prepare: ({ street1, city, state, zip }) => ({
      title: street1 || 'No street',
      subtitle: [city, [state, zip].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    }),
  },
});
