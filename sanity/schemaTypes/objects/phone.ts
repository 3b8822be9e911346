import { MobileDeviceIcon } from '@sanity/icons/MobileDevice';
import { defineField, defineType } from 'sanity';
import { formatPhone } from '../../../src/domain/phone.ts';
import { extensionProblem } from '../../../src/domain/content-rules.ts';
import { check, required, validPhoneNumber } from '../../lib/validation.ts';

/** A phone number in E.164 form with an optional extension; the site formats it for reading and dialling. */
export const phone = defineType({
  name: 'phone',
  title: 'Phone',
  type: 'object',
  icon: MobileDeviceIcon,
  options: { columns: 2 },
  fields: [
    defineField({
      name: 'number',
      title: 'Number',
      type: 'string',
      description: 'E.164 form: "+", the country code, then digits only, e.g. +15035550142.',
      validation: (rule) => [required(rule), rule.custom(validPhoneNumber)],
    }),
    defineField({
      name: 'extension',
      title: 'Extension',
      type: 'string',
      description: 'Digits only, dialled after the number connects.',
      validation: (rule) => rule.custom(check(extensionProblem)),
    }),
  ],
  preview: {
    select: { number: 'number', extension: 'extension' },
    prepare: ({ number, extension }) => ({
      title: number ? formatPhone(number, extension) : 'No number',
      media: MobileDeviceIcon,
    }),
  },
});
