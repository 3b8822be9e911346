import { RemoveCircleIcon } from '@sanity/icons/RemoveCircle';
import { defineField, defineType } from 'sanity';
import { withSpanish } from '../../lib/translations.ts';
import { required } from '../../lib/validation.ts';

const KIND = { program: 'Program', service: 'Service' } as const;

/** A program or service people ask for that is not provided here, with where to go instead. */
export const notOfferedItem = defineType({
  name: 'notOfferedItem',
  title: 'Not offered',
  type: 'object',
  icon: RemoveCircleIcon,
  fields: [
    defineField({
      name: 'item',
      title: 'Program or service',
      type: 'reference',
      to: [{ type: 'program' }, { type: 'service' }],
      description: 'A level of care (e.g. detox) is a program; anything else a service.',
      validation: (rule) => required(rule),
    }),
    ...withSpanish(
      defineField({
        name: 'note',
        title: 'Note',
        type: 'text',
        rows: 2,
        description: 'Why not, and where to go instead.',
      }),
    ),
  ],
  preview: {
    select: { title: 'item.title', kind: 'item._type', note: 'note' },
    prepare: ({ title, kind, note }) => ({
      title: title ?? 'No program or service chosen',
      subtitle: [KIND[kind as keyof typeof KIND], note].filter(Boolean).join(' · '),
    }),
  },
});
