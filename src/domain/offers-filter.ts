/**
 * The filter that marks every location offering one program or service. One small filter per term (instead
 * of one large "service" filter) lets a query such as "IOP" fetch only the page list it needs: at 20,000
 * locations that is ~10 kB, where the word's full-text postings were ~100 kB.
 */
export const offersFilter = (kind: 'program' | 'service', slug: string) => `${kind === 'program' ? 'p' : 's'}-${slug}`;
/** The one value an offers filter has. */
export const OFFERS = 'yes';

/**
 * The facets also filed one value per filter, for the same reason: at 19,000 locations the whole `payment`
 * filter is ~150 kB, one value's ~15 kB. The whole facet is still fetched once a visitor opens it for counts.
 */
export const VALUE_FACETS = ['format', 'ages', 'payment', 'language'] as const;
export type ValueFacet = (typeof VALUE_FACETS)[number];

/** The filter marking every location with one value of a facet, e.g. `v-language-spanish`. */
export const valueFilter = (facet: ValueFacet, value: string) =>
  `v-${facet}-${value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
