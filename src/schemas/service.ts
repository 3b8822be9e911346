import { z } from 'zod';
import { SAMHSA_CODE_PATTERN } from '../domain/content-rules.ts';
import { SERVICE_CATEGORY, keysOf } from '../domain/vocabulary.ts';
import { displayName, list, optional, slug } from './common.ts';

export const service = z.object({
  _id: z.string(),
  title: displayName,
  slug,
  category: z.enum(keysOf(SERVICE_CATEGORY)),
  description: optional(z.string()),
  samhsaCode: optional(z.string().regex(SAMHSA_CODE_PATTERN, 'must be a SAMHSA code: capital letters and digits')),
  aliases: list(z.string()),
});

export type Service = z.infer<typeof service>;
