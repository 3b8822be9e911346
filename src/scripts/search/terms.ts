/** A program or service as search knows it: its names, and how many locations offer it. */
export interface SearchTerm {
  kind: 'program' | 'service';
  title: string;
  url: string;
  aliases: string[];
  offeredAt: number;
  /** Why it is not offered and where to go instead, when no location offers it. */
  note?: string;
}

/** Lowercase words without punctuation or accents: "Day-Treatment" and "day treatment" read the same. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const contains = (haystack: string, needle: string) => ` ${haystack} `.includes(` ${needle} `);

/**
 * The programs and services a query names, through their titles and content-managed aliases:
 * "MOUD", "medication assisted treatment" and "detox" each find their term. A name matches when the query
 * contains it as whole words, or when the query (3+ letters) is a whole-word part of the name.
 */
export function matchTerms(query: string, terms: readonly SearchTerm[]): SearchTerm[] {
  const q = normalize(query);
  if (q.length < 2) return [];
  return terms.filter((term) =>
    [term.title, ...term.aliases].some((name) => {
      const n = normalize(name);
      return n !== '' && (contains(q, n) || (q.length >= 3 && contains(n, q)));
    }),
  );
}
