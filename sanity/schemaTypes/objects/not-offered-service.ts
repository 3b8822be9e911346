import { RemoveCircleIcon } from '@sanity/icons/RemoveCircle';
import { defineField, defineType } from 'sanity';

/** A service people ask for that is not provided here, with where to go instead. */
export const notOfferedService = defineType({
  name: 'notOfferedService',
  title: 'Service not offered',
  type: 'object',
  icon: RemoveCircleIcon,
  fields: [
    defineField({
      name: 'service',
      title: 'Service',
      type: 'reference',
      to: [{ type: 'service' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'text',
      rows: 2,
      description: 'Why not, and where to go instead.',
    }),
  ],
  preview: {
    select: { title: 'service.title', note: 'note' },
    prepare: ({ title, note }) => ({ title: title ?? 'No service chosen', subtitle: note }),
  },
});
