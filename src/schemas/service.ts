import { z } from 'zod';
import { samhsaCodeProblem } from '../domain/content-rules.ts';
import { SERVICE_CATEGORY, keysOf } from '../domain/vocabulary.ts';
import { checked, displayName, list, optional, slug } from './common.ts';

export const service = z.object({
  _id: z.string(),
  title: displayName,
  title_es: optional(displayName),
  slug,
  category: z.enum(keysOf(SERVICE_CATEGORY)),
  description: optional(z.string()),
  description_es: optional(z.string()),
  samhsaCode: optional(checked(samhsaCodeProblem)),
  aliases: list(z.string()),
  aliases_es: list(z.string()),
});

export type Service = z.infer<typeof service>;
