import type { Location } from '../schemas/location.ts';
import type { Program } from '../schemas/program.ts';
import { LEVEL_OF_CARE, PROGRAM_FORMAT, type LevelOfCare } from './vocabulary.ts';

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

/** The level of care's name as editors chose it in the vocabulary. */
export const levelName = (program: Program) => LEVEL_OF_CARE[program.category];

/** "Intensive outpatient program (IOP)"; the short name is left out when the title already says it. */
export const programLabel = (program: Pick<Program, 'title' | 'shortName'>) =>
  program.title.toLowerCase().includes(program.shortName.toLowerCase())
    ? program.title
    : `${program.title} (${program.shortName})`;

/** How a location offers a program: "In person and Telehealth. Evening track only." (formats are never empty). */
export const offeredProgramDetail = (entry: Pick<Location['programs'][number], 'formats' | 'scheduleNote'>) =>
  [entry.formats.map((f) => PROGRAM_FORMAT[f]).join(' and '), entry.scheduleNote].filter(Boolean).join('. ');
