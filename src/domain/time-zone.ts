import { memoize } from './memoize.ts';

/** True when the runtime knows this IANA time zone name (e.g. `America/Los_Angeles`); cached per name. */
export const isTimeZone = memoize((name: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
});
