/** Dates, hours, days and "open now": used with Intl by `src/i18n/format.ts`, on pages and in the browser. */
export const time = {
  /** The Intl locale dates, times, weekdays and numbers are formatted for. */
  intl: 'en-US',
  midnight: 'midnight',
  everyDay: 'Every day',
  open24Hours: 'open 24 hours',
  dayRange: (from: string, to: string) => `${from}–${to}`,
  hoursLine: (days: string, span: string) => `${days}: ${span}`,
  span: (opens: string, closes: string) => `${opens} – ${closes}`,
  callForHours: 'Call for hours.',
  openNow: 'Open now',
  closedNow: 'Closed now',
  closedNowOpens: (next: string) => `Closed now – opens ${next}`,
  openingSoon: 'Opening soon',
  temporarilyClosed: 'Temporarily closed',
  today: (spans: string) => `Today ${spans}`,
};
