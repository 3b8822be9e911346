import { CogIcon } from '@sanity/icons/Cog';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { blankProblem, displayNameProblem, emailProblem } from '../../../src/domain/content-rules.ts';
import { withSpanish } from '../../lib/translations.ts';
import { check, referencesTo, required } from '../../lib/validation.ts';

/** The one document with organisation-wide details; its `_id` is fixed (see `SITE_SETTINGS_ID`). */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'organizationName',
      title: 'Organization name',
      type: 'string',
      validation: (rule) => [required(rule), rule.custom(check(displayNameProblem))],
    }),
    ...withSpanish(defineField({ name: 'tagline', title: 'Tagline', type: 'string' })),
    defineField({
      name: 'admissionsPhone',
      title: 'Admissions phone',
      type: 'phone',
      description: 'The central admissions line, shown on every page.',
      validation: (rule) => required(rule),
    }),
    defineField({
      name: 'reportProblemEmail',
      title: '"Report a problem" email',
      type: 'string',
      description: 'Where visitors report wrong or outdated details.',
      validation: (rule) => [required(rule), rule.custom(check(emailProblem))],
    }),
    ...withSpanish(
      defineField({
        name: 'notOfferedNote',
        title: 'What we do not provide',
        type: 'text',
        rows: 4,
        description: 'What the organization does not provide, and where to go instead.',
        validation: (rule) => [required(rule), rule.custom(check(blankProblem))],
      }),
      blankProblem,
    ),
    defineField({
      name: 'notOffered',
      title: 'Offered at no location',
      type: 'array',
      description: 'Programs and services no location offers, each with where to go instead.',
      of: [defineArrayMember({ type: 'notOfferedItem' })],
      validation: (rule) => rule.custom(referencesTo(['program', 'service'], 'item')),
    }),
    defineField({
      name: 'referralResources',
      title: 'Referral resources',
      type: 'array',
      of: [defineArrayMember({ type: 'referralResource' })],
    }),
    defineField({
      name: 'noindex',
      title: 'Hide from search engines',
      type: 'boolean',
      description: 'Turn on for builds from real third-party data.',
      initialValue: false,
    }),
  ],
  preview: {
    select: { title: 'organizationName' },
    prepare: ({ title }) => ({ title: title ?? 'Settings', subtitle: 'Site settings' }),
  },
});
