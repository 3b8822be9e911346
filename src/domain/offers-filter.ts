/**
 * The filter that marks every location offering one program or service. One small filter per term (instead
 * of one large "service" filter) lets a query such as "IOP" fetch only the page list it needs: at 20,000
 * locations that is ~10 kB, where the word's full-text postings were ~100 kB.
 */
export const offersFilter = (kind: 'program' | 'service', slug: string) => `${kind === 'program' ? 'p' : 's'}-${slug}`;
/** The one value an offers filter has. */
export const OFFERS = 'yes';
