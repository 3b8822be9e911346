import { LaunchIcon } from '@sanity/icons/Launch';
import { defineField, defineType } from 'sanity';
import { displayNameProblem, httpsUrlProblem } from '../../../src/domain/content-rules.ts';
import { withSpanish } from '../../lib/translations.ts';
import { check, phoneOrUrl, required } from '../../lib/validation.ts';

/** Somewhere to send people for help the organisation does not give, e.g. a crisis line. */
export const referralResource = defineType({
  name: 'referralResource',
  title: 'Referral resource',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    ...withSpanish(
      defineField({
        name: 'name',
        title: 'Name',
        type: 'string',
        validation: (rule) => [required(rule), rule.custom(check(displayNameProblem))],
      }),
      displayNameProblem,
    ),
    ...withSpanish(defineField({ name: 'description', title: 'Description', type: 'text', rows: 2 })),
    // A resource nobody can reach is no use: one way in is required, either will do.
    defineField({ name: 'phone', title: 'Phone', type: 'phone', validation: (rule) => rule.custom(phoneOrUrl) }),
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      validation: (rule) => rule.custom(check(httpsUrlProblem)),
    }),
  ],
  preview: {
    select: { title: 'name', url: 'url', number: 'phone.number' },
    prepare: ({ title, url, number }) => ({ title, subtitle: number ?? url }),
  },
});
