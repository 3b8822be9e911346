/** A date as `YYYY-MM-DD` in the editor's own time zone: "today" is the day the editor sees on the calendar. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
