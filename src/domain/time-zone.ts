const known = new Map<string, boolean>();

/** True when the runtime knows this IANA time zone name (e.g. `America/Los_Angeles`); cached per name. */
export function isTimeZone(name: string): boolean {
  let answer = known.get(name);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      answer = name.includes('/') || name === 'UTC';
    } catch {
      answer = false;
    }
    known.set(name, answer);
  }
  return answer;
}
