import { z } from 'zod';
import { reachableProblem } from '../domain/content-rules.ts';
import { displayName, email, https, list, nonEmptyText, notOffered, optional, phone } from './common.ts';

export const referralResource = z
  .object({
    _key: z.string(),
    name: displayName,
    name_es: optional(displayName),
    description: optional(z.string()),
    description_es: optional(z.string()),
    phone: optional(phone),
    url: optional(https),
  })
  .superRefine((resource, ctx) => {
    const message = reachableProblem(resource);
    if (message) ctx.addIssue({ code: 'custom', message, path: ['phone'] });
  });

export const siteSettings = z.object({
  _id: z.literal('siteSettings'),
  organizationName: displayName,
  tagline: optional(z.string()),
  tagline_es: optional(z.string()),
  admissionsPhone: phone,
  reportProblemEmail: email,
  notOfferedNote: nonEmptyText,
  notOfferedNote_es: optional(nonEmptyText),
  notOffered: list(notOffered),
  referralResources: list(referralResource),
  noindex: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

export type SiteSettings = z.infer<typeof siteSettings>;
export type ReferralResource = z.infer<typeof referralResource>;
