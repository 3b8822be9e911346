import { US_STATE, type UsState } from '../../domain/vocabulary.ts';
import { searchLanguage, type SearchLanguage } from './language.ts';
import { FACETS, type Facet, type SearchState } from './url-state.ts';

/** One part of a search shown as a removable chip, and the search without it. */
export interface Chip {
  label: string;
  without: SearchState;
}

/** How a facet value reads to people: state codes as names, page types and shared values in the page's words. */
export const facetValueLabel = ({ words, valueLabel, stateName }: SearchLanguage, facet: Facet, value: string) =>
  facet === 'state'
    ? Object.hasOwn(US_STATE, value)
      ? stateName(value as UsState)
      : value
    : facet === 'type'
      ? (words.pageTypes[value as keyof typeof words.pageTypes] ?? value)
      : valueLabel(value);

/**
 * What a search was understood as, one chip per filter value, ZIP and distance: "Intensive outpatient program",
 * "near 97214", "Spanish" (on a Spanish page "cerca de 97214", "Español"). Removing a chip is the same search
 * without that part.
 */
export function chipsOf(state: SearchState, language: SearchLanguage = searchLanguage('en')): Chip[] {
  const { words } = language;
  const chips: Chip[] = [];
  for (const facet of FACETS)
    for (const value of state.filters[facet] ?? []) {
      const label = facetValueLabel(language, facet, value);
      const rest = (state.filters[facet] ?? []).filter((v) => v !== value);
      chips.push({ label, without: { ...state, filters: { ...state.filters, [facet]: rest } } });
    }
  if (state.zip) chips.push({ label: words.nearZip(state.zip), without: { ...state, zip: '', radius: 0 } });
  if (state.zip && state.radius) chips.push({ label: words.withinMi(state.radius), without: { ...state, radius: 0 } });
  return chips;
}
