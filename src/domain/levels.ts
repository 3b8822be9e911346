import type { Location } from '../schemas/location.ts';
import type { Program } from '../schemas/program.ts';
import { localized, type Localized } from '../i18n/content.ts';
import { labels as englishLabels } from '../i18n/en/labels.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { dictionaries, type Locale } from '../i18n/index.ts';
import { localizedHtml } from '../i18n/localized-html.ts';
import { escapeText } from '../lib/html-text.ts';
import type { LevelOfCare } from './vocabulary.ts';

/** Levels of care from most to least intensive; medication and recovery support run alongside any level. */
const INTENSITY: readonly LevelOfCare[] = [
  'crisis-stabilization',
  'hospital-inpatient',
  'detox',
  'residential',
  'partial-hospitalization',
  'intensive-outpatient',
  'outpatient',
];

/** Programs of a more intensive level than `program`, most intensive first; empty for side-by-side care. */
export function higherLevels<P extends Pick<Program, 'category'>>(
  program: Pick<Program, 'category'>,
  programs: readonly P[],
): P[] {
  const rank = INTENSITY.indexOf(program.category);
  if (rank <= 0) return [];
  return programs
    .filter((p) => {
      const other = INTENSITY.indexOf(p.category);
      return other >= 0 && other < rank;
    })
    .sort((a, b) => INTENSITY.indexOf(a.category) - INTENSITY.indexOf(b.category));
}

/** The level of care's name, in the vocabulary's wording for the page's language. */
export const levelName = (program: Pick<Program, 'category'>, labels: Dictionary['labels'] = englishLabels) =>
  labels.levelOfCare[program.category];

/** "Intensive outpatient program (IOP)"; the short name is left out when the title already says it. */
export const programLabel = (program: Pick<Program, 'title' | 'shortName'>) =>
  program.title.toLowerCase().includes(program.shortName.toLowerCase())
    ? program.title
    : `${program.title} (${program.shortName})`;

/** A program's label in `locale`, in English (marked) while its title has no translation. */
export function localizedProgramLabel(
  program: Pick<Program, 'title' | 'shortName'> & { title_es?: string; shortName_es?: string },
  locale: Locale,
): Localized<string> {
  const title = localized(program, 'title', locale);
  // The short name follows the title's language: "IOP" is said in both.
  const shortName = title.lang === 'en' ? program.shortName : (localized(program, 'shortName', locale).value ?? '');
  return { value: programLabel({ title: title.value ?? program.title, shortName }), lang: title.lang };
}

type OfferedEntry = Pick<Location['programs'][number], 'formats' | 'scheduleNote'>;

/** The formats a location offers a program in: "In person and Telehealth" (formats are never empty). */
export const offeredFormats = (entry: Pick<OfferedEntry, 'formats'>, labels: Dictionary['labels'] = englishLabels) =>
  entry.formats.map((f) => labels.programFormat[f]).join(labels.and);

/** How a location offers a program: "In person and Telehealth. Evening track only." */
export const offeredProgramDetail = (entry: OfferedEntry) =>
  [offeredFormats(entry), entry.scheduleNote].filter(Boolean).join('. ');

/** The same as HTML for a page in `locale`: the schedule note is content, marked while it is in English. */
export function offeredProgramHtml(entry: OfferedEntry, locale: Locale): string {
  const note = localized(entry, 'scheduleNote', locale);
  const formats = escapeText(offeredFormats(entry, dictionaries[locale].labels));
  return note.value ? `${formats}. ${localizedHtml(note, locale)}` : formats;
}
