import { openStatus, todayHours, type OpenStatus } from '../../domain/open-status.ts';
import type { ProgramDetails } from '../../domain/search-data.ts';
import { PROGRAM_FORMAT, type LocationStatus } from '../../domain/vocabulary.ts';
import { formatMiles } from '../../i18n/format.ts';
import type { SearchLanguage } from './language.ts';
import type { PagefindResultData } from './pagefind-client.ts';
import type { SearchTerm } from './terms.ts';

export interface ResultItem {
  data: PagefindResultData;
  miles?: number | undefined;
}

const typeLabel = ({ words }: SearchLanguage, type: string) =>
  ({ location: words.typeLocation, program: words.typeProgram, service: words.typeService })[type] ?? words.typePage;

/** A location's badge and today's hours, from the hours and time zone its search metadata carries. */
function locationNow(
  data: PagefindResultData,
  now: Date,
  { time }: SearchLanguage,
): { status: OpenStatus; today?: string } | undefined {
  const { status, timeZone, hours } = data.meta;
  if (!status || !timeZone || !hours) return undefined;
  try {
    const parsed = JSON.parse(hours) as Parameters<typeof openStatus>[2];
    const today = todayHours(time, parsed, timeZone, now);
    return { status: openStatus(time, status as LocationStatus, parsed, timeZone, now), ...(today && { today }) };
  } catch {
    return undefined;
  }
}

const BADGE: Record<OpenStatus['tone'], string> = {
  open: 'bg-green-100 text-green-950 dark:bg-green-950 dark:text-green-50',
  closed: 'bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100',
  unavailable: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-50',
};
const BUTTON = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded px-4 font-semibold no-underline';

/** Pagefind excerpts are escaped text with `<mark>` around matches; anything else is removed to be sure. */
const safeExcerpt = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, '');

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

export interface CardContext {
  now: Date;
  /** The programs and services the search named: a location card says how it offers them. */
  named: readonly SearchTerm[];
  /** Whether the query had words to show in an excerpt. */
  showExcerpt: boolean;
  language: SearchLanguage;
}

/**
 * How a location offers the named programs: "Intensive outpatient program: In person and Telehealth. Evenings.",
 * "Programa intensivo ambulatorio: En persona y Telesalud. Por las tardes." A note without a translation is the
 * English one, marked as Localized.astro marks it: `lang="en"` and "(en inglés)".
 */
function namedPrograms(data: PagefindResultData, named: readonly SearchTerm[], language: SearchLanguage) {
  let details: ProgramDetails = {};
  try {
    details = JSON.parse(data.meta.programs ?? '{}') as ProgramDetails;
  } catch {
    // A page without program details simply shows none.
  }
  return named.flatMap((t) => {
    const detail = details[t.filter];
    if (!detail) return [];
    const formats = detail.formats.map((f) => language.valueLabel(PROGRAM_FORMAT[f])).join(language.words.and);
    const line = element('p', 'mt-1', `${t.title}: ${formats}`);
    if (!detail.note) return [line];
    line.append(formats ? '. ' : '');
    if (!detail.noteLang) line.append(detail.note);
    else {
      const note = element('span', '', detail.note);
      note.lang = detail.noteLang;
      const marker = element('small', 'muted', ` ${language.untranslated}`);
      marker.lang = language.locale;
      note.append(marker);
      line.append(note);
    }
    return [line];
  });
}

/**
 * One result as a list item. A location: name, city and distance, status badge and today’s hours, Call and
 * Directions buttons, then how it offers the named program. A program or service page: type, title, excerpt.
 */
export function renderResult(item: ResultItem, context: CardContext): HTMLLIElement {
  const { data, miles } = item;
  const { language } = context;
  const { words } = language;
  const li = element('li', 'card');
  const type = data.filters.type?.[0] ?? '';
  const title = element('a', 'text-lg font-semibold', data.meta.title ?? data.url);
  title.href = data.url;
  if (type !== 'location') {
    li.append(element('p', 'muted text-sm', typeLabel(language, type)), title);
    const excerpt = element('p', '');
    excerpt.innerHTML = safeExcerpt(data.excerpt);
    li.append(excerpt);
    return li;
  }
  const distance = miles !== undefined ? words.away(formatMiles(language.time, miles)) : '';
  const place = [data.meta.city, distance].filter(Boolean).join(' · ');
  li.append(title, element('p', 'muted', place));
  const now = locationNow(data, context.now, language);
  if (now) {
    const line = element('p', 'mt-1 flex flex-wrap items-center gap-x-2');
    line.append(element('span', `rounded px-2 text-sm font-semibold ${BADGE[now.status.tone]}`, now.status.label));
    if (now.status.operating && now.today) line.append(element('span', '', now.today));
    li.append(line);
  }
  const actions = element('p', 'mt-2 flex flex-wrap gap-2');
  if (data.meta.phone && data.meta.phoneText) {
    const call = element('a', `${BUTTON} bg-blue-800 text-white hover:bg-blue-900 hover:text-white dark:text-white`);
    call.href = `tel:${data.meta.phone}`;
    call.textContent = words.call(data.meta.phoneText);
    call.dataset.call = '';
    actions.append(call);
  }
  if (data.meta.directions) {
    const directions = element(
      'a',
      `${BUTTON} border border-blue-800 text-blue-900 dark:border-sky-300 dark:text-sky-200`,
      words.directions,
    );
    directions.href = data.meta.directions;
    directions.rel = 'noopener noreferrer';
    actions.append(directions);
  }
  li.append(actions);
  li.append(...namedPrograms(data, context.named, language));
  if (context.showExcerpt && data.excerpt) {
    const excerpt = element('p', 'mt-1');
    excerpt.innerHTML = safeExcerpt(data.excerpt);
    li.append(excerpt);
  }
  return li;
}
