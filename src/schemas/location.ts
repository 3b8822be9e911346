import { z } from 'zod';
import {
  atLeastOneProblem,
  clockProblem,
  dateProblem,
  geoProblem,
  hoursOrderProblem,
  timeZoneProblem,
} from '../domain/content-rules.ts';
import { AGE_GROUP, LOCATION_STATUS, PAYMENT_OPTION, PROGRAM_FORMAT, WEEKDAY, keysOf } from '../domain/vocabulary.ts';
import {
  address,
  checked,
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

const clock = checked(clockProblem);

/** A non-empty list: `noun` names what it must hold. */
const atLeastOne = <T extends z.ZodType>(item: T, noun: string) =>
  z.array(item).superRefine((items, ctx) => {
    const message = atLeastOneProblem(items, noun);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

export const openingHours = z
  .object({
    _key: z.string(),
    days: atLeastOne(z.enum(keysOf(WEEKDAY)), 'day').superRefine(noRepeats),
    opens: clock,
    closes: clock,
    note: optional(z.string()),
    note_es: optional(z.string()),
  })
  .superRefine((h, ctx) => {
    const message = hoursOrderProblem(h.opens, h.closes);
    if (message) ctx.addIssue({ code: 'custom', message, path: ['closes'] });
  });

export const offeredProgram = z.object({
  _key: z.string(),
  program: ref,
  formats: atLeastOne(z.enum(keysOf(PROGRAM_FORMAT)), 'format').superRefine(noRepeats),
  scheduleNote: optional(z.string()),
  scheduleNote_es: optional(z.string()),
});

export const geo = z.object({ lat: z.number(), lng: z.number() }).superRefine((point, ctx) => {
  const message = geoProblem(point);
  if (message) ctx.addIssue({ code: 'custom', message });
});

export const location = z.object({
  _id: z.string(),
  name: displayName,
  slug,
  status: z.enum(keysOf(LOCATION_STATUS)),
  address,
  geo: optional(geo),
  timeZone: checked(timeZoneProblem),
  admissionsPhone: optional(phone),
  mainPhone: optional(phone),
  faxPhone: optional(phone),
  hours: list(openingHours),
  hoursNote: optional(z.string()),
  hoursNote_es: optional(z.string()),
  programs: list(offeredProgram),
  servicesOffered: referenceIds.superRefine(noRepeats),
  notOffered: list(notOffered),
  agesServed: list(z.enum(keysOf(AGE_GROUP))).superRefine(noRepeats),
  languages: list(z.string()).superRefine(noRepeats),
  paymentAccepted: list(z.enum(keysOf(PAYMENT_OPTION))).superRefine(noRepeats),
  accessibilityNotes: optional(z.string()),
  accessibilityNotes_es: optional(z.string()),
  lastReviewed: checked(dateProblem),
});

export type Location = z.infer<typeof location>;
export type OpeningHours = z.infer<typeof openingHours>;
