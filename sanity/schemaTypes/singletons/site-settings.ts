import { CogIcon } from '@sanity/icons/Cog';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { displayNameProblem } from '../../lib/rules.ts';
import { check } from '../../lib/validation.ts';

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
      validation: (rule) => rule.required().custom(check(displayNameProblem)),
    }),
    defineField({ name: 'tagline', title: 'Tagline', type: 'string' }),
    defineField({
      name: 'admissionsPhone',
      title: 'Admissions phone',
      type: 'phone',
      description: 'The central admissions line, shown on every page.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'reportProblemEmail',
      title: '"Report a problem" email',
      type: 'string',
      description: 'Where visitors report wrong or outdated details.',
      validation: (rule) => rule.required().email(),
    }),
    defineField({
      name: 'notOfferedNote',
      title: 'What we do not provide',
      type: 'text',
      rows: 4,
      description: 'What the organization does not provide, and where to go instead.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'notOffered',
      title: 'Offered at no location',
      type: 'array',
      description: 'Programs and services no location offers, each with where to go instead.',
      of: [defineArrayMember({ type: 'notOfferedItem' })],
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
