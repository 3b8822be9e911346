import { PinIcon } from '@sanity/icons/Pin';
import { defineArrayMember, defineField, defineType } from 'sanity';
import {
  dateProblem,
  displayNameProblem,
  geoProblem,
  oneOfProblem,
  timeZoneProblem,
} from '../../../src/domain/content-rules.ts';
import {
  AGE_GROUP,
  keysOf,
  LOCATION_STATUS,
  optionsOf,
  PAYMENT_OPTION,
  type LocationStatus,
} from '../../../src/domain/vocabulary.ts';
import { withSpanish } from '../../lib/translations.ts';
import {
  admissionsOrMainPhone,
  check,
  eachOneOf,
  kebabSlug,
  noRepeats,
  notAlsoOffered,
  programsOnce,
  recentlyReviewed,
  referencesTo,
  required,
  uniqueSlug,
} from '../../lib/validation.ts';

/** A place people go for care: where it is, how to reach it, and what it offers and does not. */
export const location = defineType({
  name: 'location',
  title: 'Location',
  type: 'document',
  icon: PinIcon,
  groups: [
    { name: 'basics', title: 'Basics', default: true },
    { name: 'contact', title: 'Contact & hours' },
    { name: 'care', title: 'Programs & services' },
    { name: 'access', title: 'Who & how' },
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      group: 'basics',
      validation: (rule) => [required(rule), rule.custom(check(displayNameProblem))],
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      group: 'basics',
      // Uniqueness is `uniqueSlug`'s, which names the other document.
      options: { source: 'name', maxLength: 96, isUnique: () => true },
      validation: (rule) => [required(rule), rule.custom(kebabSlug).custom(uniqueSlug)],
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'basics',
      options: { list: optionsOf(LOCATION_STATUS), layout: 'radio', direction: 'horizontal' },
      initialValue: 'open',
      validation: (rule) => [
        required(rule),
        rule.custom(check((value: string) => oneOfProblem(value, keysOf(LOCATION_STATUS)))),
      ],
    }),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'address',
      group: 'basics',
      validation: (rule) => required(rule),
    }),
    defineField({
      name: 'geo',
      title: 'Map position',
      type: 'geopoint',
      group: 'basics',
      description: 'Used for "nearest location" and directions.',
      validation: (rule) => rule.custom(check(geoProblem)),
    }),
    defineField({
      name: 'timeZone',
      title: 'Time zone',
      type: 'string',
      group: 'basics',
      description: 'IANA name, e.g. America/Los_Angeles: opening hours are in this zone.',
      validation: (rule) => [required(rule), rule.custom(check(timeZoneProblem))],
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last reviewed',
      type: 'date',
      group: 'basics',
      description: 'The day someone last checked these details with the location.',
      options: { dateFormat: 'YYYY-MM-DD' },
      initialValue: () => new Date().toISOString().slice(0, 10),
      // Stale details should be re-checked, but must not block publishing a correction.
      validation: (rule) => [required(rule), rule.custom(check(dateProblem)), rule.custom(recentlyReviewed).warning()],
    }),
    defineField({
      name: 'admissionsPhone',
      title: 'Admissions phone',
      type: 'phone',
      group: 'contact',
      validation: (rule) => rule.custom(admissionsOrMainPhone),
    }),
    defineField({ name: 'mainPhone', title: 'Main phone', type: 'phone', group: 'contact' }),
    defineField({ name: 'faxPhone', title: 'Fax', type: 'phone', group: 'contact' }),
    defineField({
      name: 'hours',
      title: 'Opening hours',
      type: 'array',
      group: 'contact',
      of: [defineArrayMember({ type: 'openingHours' })],
    }),
    ...withSpanish(defineField({ name: 'hoursNote', title: 'Hours note', type: 'text', rows: 2, group: 'contact' })),
    defineField({
      name: 'programs',
      title: 'Programs',
      type: 'array',
      group: 'care',
      of: [defineArrayMember({ type: 'offeredProgram' })],
      validation: (rule) => rule.custom(programsOnce).custom(referencesTo(['program'], 'program')),
    }),
    defineField({
      name: 'servicesOffered',
      title: 'Services offered',
      type: 'array',
      group: 'care',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'service' }] })],
      validation: (rule) => rule.custom(noRepeats).custom(referencesTo(['service'])),
    }),
    defineField({
      name: 'notOffered',
      title: 'Not offered',
      type: 'array',
      group: 'care',
      description:
        'Programs and services people ask for that this location does not provide, with where to go instead.',
      of: [defineArrayMember({ type: 'notOfferedItem' })],
      validation: (rule) => rule.custom(notAlsoOffered).custom(referencesTo(['program', 'service'], 'item')),
    }),
    defineField({
      name: 'agesServed',
      title: 'Ages served',
      type: 'array',
      group: 'access',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionsOf(AGE_GROUP), layout: 'grid' },
      validation: (rule) => rule.custom(noRepeats).custom(eachOneOf(keysOf(AGE_GROUP))),
    }),
    defineField({
      name: 'languages',
      title: 'Languages',
      type: 'array',
      group: 'access',
      description: 'Languages staff speak, e.g. English, Spanish.',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.custom(noRepeats),
    }),
    defineField({
      name: 'paymentAccepted',
      title: 'Payment accepted',
      type: 'array',
      group: 'access',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionsOf(PAYMENT_OPTION), layout: 'grid' },
      validation: (rule) => rule.custom(noRepeats).custom(eachOneOf(keysOf(PAYMENT_OPTION))),
    }),
    ...withSpanish(
      defineField({
        name: 'accessibilityNotes',
        title: 'Accessibility notes',
        type: 'text',
        rows: 3,
        group: 'access',
      }),
    ),
  ],
  orderings: [
    {
      title: 'State, then city',
      name: 'stateCity',
      by: [
        { field: 'address.state', direction: 'asc' },
        { field: 'address.city', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'name', city: 'address.city', state: 'address.state', status: 'status' },
    prepare: ({ title, city, state, status }) => {
      const place = [city, state].filter(Boolean).join(', ');
      // Flag anything but "open" so editors notice it in lists.
      const flag = status && status !== 'open' ? LOCATION_STATUS[status as LocationStatus] : undefined;
      return { title, subtitle: [place, flag].filter(Boolean).join(' · ') };
    },
  },
});
