import { LaunchIcon } from '@sanity/icons/Launch';
import { defineField, defineType } from 'sanity';
import { displayNameProblem } from '../../lib/rules.ts';
import { check } from '../../lib/validation.ts';

/** Somewhere to send people for help the organisation does not give, e.g. a crisis line. */
export const referralResource = defineType({
  name: 'referralResource',
  title: 'Referral resource',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().custom(check(displayNameProblem)),
    }),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 2 }),
    defineField({ name: 'phone', title: 'Phone', type: 'phone' }),
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['https'] }),
    }),
  ],
  // A resource nobody can reach is no use: one way in is required, either will do.
  validation: (rule) =>
    rule.custom((value: { phone?: { number?: string }; url?: string } | undefined) =>
      !value || value.phone?.number || value.url ? true : 'Add a phone number or a web address',
    ),
  preview: {
    select: { title: 'name', url: 'url', number: 'phone.number' },
    prepare: ({ title, url, number }) => ({ title, subtitle: number ?? url }),
  },
});
