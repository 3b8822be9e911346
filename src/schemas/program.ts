import { z } from 'zod';
import { hoursPerWeekProblem, summaryProblem } from '../domain/content-rules.ts';
import { LEVEL_OF_CARE, keysOf } from '../domain/vocabulary.ts';
import { checked, displayName, list, noRepeats, nonEmptyText, optional, ref, slug } from './common.ts';

/** Portable Text is rendered by the page layer; here only its outer shape is checked. */
const portableTextBlock = z.looseObject({ _type: z.string(), _key: z.string() });

export const faqItem = z.object({
  _key: z.string(),
  question: nonEmptyText,
  question_es: optional(nonEmptyText),
  answer: nonEmptyText,
  answer_es: optional(nonEmptyText),
});

const summary = checked(summaryProblem).transform((value) => value.trim());

/** The Spanish siblings (`f_es`) are optional; where one is there it obeys its English field's rule. */
export const program = z.object({
  _id: z.string(),
  title: displayName,
  title_es: optional(displayName),
  shortName: displayName,
  shortName_es: optional(displayName),
  slug,
  category: z.enum(keysOf(LEVEL_OF_CARE)),
  asamLevel: optional(z.string()),
  order: z
    .number()
    .nullish()
    .transform((value) => value ?? 100),
  summary,
  summary_es: optional(summary),
  /** Shown wherever the program is not offered (detox: withdrawal can be dangerous). */
  safetyNote: optional(z.string()),
  safetyNote_es: optional(z.string()),
  body: list(portableTextBlock),
  body_es: list(portableTextBlock),
  typicalSchedule: optional(z.string()),
  typicalSchedule_es: optional(z.string()),
  minHoursPerWeek: optional(
    z.number().superRefine((hours, ctx) => {
      const message = hoursPerWeekProblem(hours);
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
  ),
  components: list(ref).superRefine(noRepeats),
  suitableFor: list(z.string()),
  suitableFor_es: list(z.string()),
  notSuitableFor: list(z.string()),
  notSuitableFor_es: list(z.string()),
  reasonsRecommended: list(z.string()),
  reasonsRecommended_es: list(z.string()),
  faq: list(faqItem),
  aliases: list(z.string()),
  aliases_es: list(z.string()),
});

export type Program = z.infer<typeof program>;
export type PortableTextBlock = z.infer<typeof portableTextBlock>;
