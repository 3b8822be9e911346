import type { Understood } from './understand.ts';
import type { Facet, SearchState } from './url-state.ts';

/**
 * The search with what a query (and a "where" field) was understood to name moved into filters and ZIP, so
 * the URL holds the filter, not the words: "IOP near 97214" → `program=…&zip=97214`. The first part's leftover
 * words become the query. A ZIP or city replaces the previous place; `nearMe` asks for the browser's location.
 */
export function withUnderstood(
  base: SearchState,
  parts: readonly Understood[],
): { state: SearchState; nearMe: boolean } {
  const next: SearchState = { ...base, q: parts[0]?.rest ?? base.q, filters: { ...base.filters } };
  const add = (facet: Facet, values: readonly string[]) => {
    const current = next.filters[facet] ?? [];
    next.filters[facet] = [...current, ...values.filter((v) => !current.includes(v))];
  };
  let nearMe = false;
  for (const part of parts) {
    add(
      'program',
      part.what.filter((t) => t.kind === 'program').map((t) => t.title),
    );
    add(
      'service',
      part.what.filter((t) => t.kind === 'service').map((t) => t.title),
    );
    add('ages', part.ages);
    add('format', part.formats);
    add('language', part.languages);
    add('payment', part.payments);
    const place = part.where;
    if (place?.kind === 'zip') next.zip = place.zip;
    else if (place?.kind === 'city') {
      next.filters.city = place.cities.map((c) => `${c.name}, ${c.state}`);
      next.zip = '';
    } else if (place?.kind === 'state') add('state', [place.state]);
    else if (place?.kind === 'near-me') nearMe = true;
  }
  return { state: next, nearMe };
}
