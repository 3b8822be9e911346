import { stripVTControlCharacters } from 'node:util';
import { BUILD_PHASES, phaseMark, type BuildPhase } from '../../src/integrations/build-phases.ts';

export interface Line {
  /** When the line arrived (performance.now()). */
  t: number;
  text: string;
}

/**
 * When each phase of `npm run build` ended, read from the `phase: …` lines it logs. Every Astro process (one per
 * language) logs its own, so a phase ends at its last line. Colour codes are stripped first: Astro adds them
 * when `CI` is set. Throws naming every phase whose line is missing or comes before the previous phase's end.
 */
export function phaseEnds(lines: readonly Line[]): Record<BuildPhase, number> {
  const ends: Partial<Record<BuildPhase, number>> = {};
  const missing: BuildPhase[] = [];
  let after = -Infinity;
  for (const phase of BUILD_PHASES) {
    const line = lines.findLast((l) => stripVTControlCharacters(l.text).includes(phaseMark(phase)));
    if (!line || line.t < after) missing.push(phase);
    else after = ends[phase] = line.t;
  }
  if (missing.length > 0) throw new Error(`the build logged no end of: ${missing.join(', ')}`);
  return ends as Record<BuildPhase, number>;
}
