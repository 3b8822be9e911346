/**
 * SAMHSA writes phones as `800-951-4357` or `800-951-4357 x2650`. We store E.164 plus the extension apart,
 * and only numbers `phoneProblem` (libphonenumber-js, as the site and the Studio) accepts.
 */
import { phoneProblem } from '../../src/domain/phone.ts';

export interface ParsedPhone {
  number: string;
  extension?: string;
}

export type PhoneResult = { phone: ParsedPhone } | { problem: string };

/**
 * Freely associated states write their own country code where a NANP area code would be: Palau's
 * "680-488-4573" is +680 488 4573, not a number in Syracuse, NY. Our content model takes NANP numbers only.
 */
const NON_NANP: Readonly<Record<string, string>> = {
  PW: '+680 (Palau)',
  FM: '+691 (Micronesia)',
  MH: '+692 (Marshall Islands)',
};

const SHAPE = /^(\d{3})-(\d{3})-(\d{4})(?:\s*x\s*(\d{1,6}))?$/;

// libphonenumber's full check costs ~60 µs; the directory repeats many numbers (head offices, hotlines).
const problemCache = new Map<string, string | undefined>();

/** Parses one phone cell of a facility row in `state`; a problem sentence when it cannot be stored. */
export function parsePhone(text: string, state: string): PhoneResult {
  const match = SHAPE.exec(text);
  if (!match) return { problem: `"${text}" is not a phone number of the form 555-555-5555 [x123]` };
  const nonNanp = NON_NANP[state];
  if (nonNanp) return { problem: `"${text}" is a ${nonNanp} number; the content model takes US/NANP numbers only` };
  const number = `+1${match[1]}${match[2]}${match[3]}`;
  let problem = problemCache.get(number);
  if (!problemCache.has(number)) {
    problem = phoneProblem(number);
    problemCache.set(number, problem);
  }
  if (problem) return { problem: `"${text}" is not a valid US phone number` };
  return { phone: match[4] ? { number, extension: match[4] } : { number } };
}
