import { z } from 'zod';
import { TIME_OF_DAY_PATTERN, usGeoProblem } from '../domain/content-rules.ts';
import { isTimeZone } from '../domain/time-zone.ts';
import { AGE_GROUP, LOCATION_STATUS, PAYMENT_OPTION, PROGRAM_FORMAT, WEEKDAY, keysOf } from '../domain/vocabulary.ts';
import {
  address,
  displayName,
  list,
  noRepeats,
  notOffered,
  optional,
  phone,
  ref,
  referenceIds,
  slug,
} from './common.ts';

// Any time of day, or 24:00 (open until midnight).
const clock = z
  .string()
  .regex(new RegExp(`${TIME_OF_DAY_PATTERN.source}|^24:00$`), 'must be a 24-hour time such as 08:30');

export const openingHours = z
  .object({
    _key: z.string(),
    days: z
      .array(z.enum(keysOf(WEEKDAY)))
      .min(1, 'must name at least one day')
      .superRefine(noRepeats),
    opens: clock,
    closes: clock,
    note: optional(z.string()),
  })
  .refine((h) => h.closes > h.opens, { message: 'closing time must be after opening time', path: ['closes'] });

export const offeredProgram = z.object({
  _key: z.string(),
  program: ref,
  formats: z
    .array(z.enum(keysOf(PROGRAM_FORMAT)))
    .min(1, 'must name at least one format')
    .superRefine(noRepeats),
  scheduleNote: optional(z.string()),
});

export const geo = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  })
  .refine((point) => !usGeoProblem(point), {
    message: usGeoProblem({ lat: 0, lng: 0 }),
    when: (payload) => payload.issues.length === 0,
  });

export const location = z.object({
  _id: z.string(),
  name: displayName,
  slug,
  status: z.enum(keysOf(LOCATION_STATUS)),
  address,
  geo: optional(geo),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as America/Los_Angeles'),
  admissionsPhone: optional(phone),
  mainPhone: optional(phone),
  faxPhone: optional(phone),
  hours: list(openingHours),
  hoursNote: optional(z.string()),
  programs: list(offeredProgram),
  servicesOffered: referenceIds.superRefine(noRepeats),
  notOffered: list(notOffered),
  agesServed: list(z.enum(keysOf(AGE_GROUP))).superRefine(noRepeats),
  languages: list(z.string()).superRefine(noRepeats),
  paymentAccepted: list(z.enum(keysOf(PAYMENT_OPTION))).superRefine(noRepeats),
  accessibilityNotes: optional(z.string()),
  lastReviewed: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }),
});

export type Location = z.infer<typeof location>;
export type OpeningHours = z.infer<typeof openingHours>;
