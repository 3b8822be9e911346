import { z } from 'zod';
import { languageTagProblem } from '../domain/content-rules.ts';
import { checked, list, nonEmptyText, optional, phone } from './common.ts';

/** "Free language help is available. Call …", written in the language it names, with that language's line. */
export const languageTagline = z.object({
  _key: z.string(),
  language: checked(languageTagProblem),
  text: nonEmptyText,
  phone,
});

/** The Section 1557 notice and the taglines; optional: without it the site has no language assistance page. */
export const languageAssistance = z.object({
  _id: z.literal('languageAssistance'),
  notice: nonEmptyText,
  notice_es: optional(nonEmptyText),
  taglines: list(languageTagline),
});

export type LanguageAssistance = z.infer<typeof languageAssistance>;
export type LanguageTagline = z.infer<typeof languageTagline>;
