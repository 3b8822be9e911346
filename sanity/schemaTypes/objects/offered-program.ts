import { TiersIcon } from '@sanity/icons/Tiers';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { keysOf, optionsOf, PROGRAM_FORMAT, type ProgramFormat } from '../../../src/domain/vocabulary.ts';
import { withSpanish } from '../../lib/translations.ts';
import { required, someOf } from '../../lib/validation.ts';

/** A program as one location runs it: which formats, and any local schedule. */
export const offeredProgram = defineType({
  name: 'offeredProgram',
  title: 'Offered program',
  type: 'object',
  icon: TiersIcon,
  fields: [
    defineField({
      name: 'program',
      title: 'Program',
      type: 'reference',
      to: [{ type: 'program' }],
      validation: (rule) => required(rule),
    }),
    defineField({
      name: 'formats',
      title: 'Formats',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: optionsOf(PROGRAM_FORMAT), layout: 'grid' },
      validation: someOf(keysOf(PROGRAM_FORMAT), 'format'),
    }),
    ...withSpanish(defineField({ name: 'scheduleNote', title: 'Schedule note', type: 'text', rows: 2 })),
  ],
  preview: {
    select: { title: 'program.title', shortName: 'program.shortName', formats: 'formats' },
    prepare: ({ title, shortName, formats }) => ({
      title: title ? `${title}${shortName && shortName !== title ? ` (${shortName})` : ''}` : 'No program chosen',
      subtitle: ((formats ?? []) as ProgramFormat[]).map((format) => PROGRAM_FORMAT[format] ?? format).join(', '),
    }),
  },
});
