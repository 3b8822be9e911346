import { z } from 'zod';
import { HOURS_PER_WEEK } from '../domain/content-rules.ts';
import { LEVEL_OF_CARE, keysOf } from '../domain/vocabulary.ts';
import { displayName, list, noRepeats, nonEmptyText, optional, ref, slug } from './common.ts';

/** Portable Text is rendered by the page layer; here only its outer shape is checked. */
const portableTextBlock = z.looseObject({ _type: z.string(), _key: z.string() });

export const faqItem = z.object({ _key: z.string(), question: nonEmptyText, answer: nonEmptyText });

export const program = z.object({
  _id: z.string(),
  title: displayName,
  shortName: displayName,
  slug,
  category: z.enum(keysOf(LEVEL_OF_CARE)),
  asamLevel: optional(z.string()),
  order: z
    .number()
    .nullish()
    .transform((value) => value ?? 100),
  summary: nonEmptyText.max(300, 'must be at most 300 characters'),
  /** Shown wherever the program is not offered (detox: withdrawal can be dangerous). */
  safetyNote: optional(z.string()),
  body: list(portableTextBlock),
  typicalSchedule: optional(z.string()),
  // A week has 168 hours: more is a typo (minutes, or a month's total).
  minHoursPerWeek: optional(
    z
      .number()
      .min(0, 'must not be negative')
      .max(HOURS_PER_WEEK, `must be at most ${HOURS_PER_WEEK} (hours in a week)`),
  ),
  components: list(ref).superRefine(noRepeats),
  suitableFor: list(z.string()),
  notSuitableFor: list(z.string()),
  reasonsRecommended: list(z.string()),
  faq: list(faqItem),
  aliases: list(z.string()),
});

export type Program = z.infer<typeof program>;
export type PortableTextBlock = z.infer<typeof portableTextBlock>;
