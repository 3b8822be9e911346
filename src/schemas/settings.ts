import { z } from 'zod';
import { displayName, https, list, nonEmptyText, notOffered, optional, phone } from './common.ts';

export const referralResource = z
  .object({
    _key: z.string(),
    name: displayName,
    description: optional(z.string()),
    phone: optional(phone),
    url: optional(https),
  })
  .refine((r) => r.phone || r.url, { message: 'needs a phone number or a URL', path: ['phone'] });

export const siteSettings = z.object({
  _id: z.literal('siteSettings'),
  organizationName: displayName,
  tagline: optional(z.string()),
  admissionsPhone: phone,
  reportProblemEmail: z.email({ error: 'must be an email address' }),
  notOfferedNote: nonEmptyText,
  notOffered: list(notOffered),
  referralResources: list(referralResource),
  noindex: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});

export type SiteSettings = z.infer<typeof siteSettings>;
export type ReferralResource = z.infer<typeof referralResource>;
