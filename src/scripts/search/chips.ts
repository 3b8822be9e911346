import { US_STATE } from '../../domain/vocabulary.ts';
import { search as words } from '../../i18n/en/search.ts';
import { FACETS, type SearchState } from './url-state.ts';

/** One part of a search shown as a removable chip, and the search without it. */
export interface Chip {
  label: string;
  without: SearchState;
}

/**
 * What a search was understood as, one chip per filter value, ZIP and distance: "Intensive outpatient program",
 * "near 97214", "Spanish". Removing a chip is the same search without that part.
 */
export function chipsOf(state: SearchState): Chip[] {
  const chips: Chip[] = [];
  for (const facet of FACETS)
    for (const value of state.filters[facet] ?? []) {
      const label =
        facet === 'state'
          ? (US_STATE[value as keyof typeof US_STATE] ?? value)
          : facet === 'type'
            ? (words.pageTypes[value as keyof typeof words.pageTypes] ?? value)
            : value;
      const rest = (state.filters[facet] ?? []).filter((v) => v !== value);
      chips.push({ label, without: { ...state, filters: { ...state.filters, [facet]: rest } } });
    }
  if (state.zip) chips.push({ label: words.nearZip(state.zip), without: { ...state, zip: '', radius: 0 } });
  if (state.zip && state.radius) chips.push({ label: words.withinMi(state.radius), without: { ...state, radius: 0 } });
  return chips;
}
