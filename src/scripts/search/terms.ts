/** A program or service as search knows it: its names, and how many locations offer it. */
export interface SearchTerm {
  kind: 'program' | 'service';
  title: string;
  url: string;
  aliases: string[];
  offeredAt: number;
  /** The Pagefind filter marking the locations that offer it (see offersFilter). */
  filter: string;
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

/** What a query names in full, and the words left over. */
export interface NamedTerms {
  terms: SearchTerm[];
  rest: string;
}

/**
 * The offered programs and services a query names in full by a title or alias ("iop portland" names the IOP
 * program and leaves "portland"). Where names overlap, the longest wins: "intensive outpatient" names IOP, not
 * also "outpatient". Partial names ("therapy") name nothing here; search shows the matching pages instead.
 */
export function namedTerms(query: string, terms: readonly SearchTerm[]): NamedTerms {
  const q = ` ${normalize(query)} `;
  const found: { term: SearchTerm; start: number; end: number }[] = [];
  for (const term of terms) {
    if (term.offeredAt === 0) continue;
    let best: { start: number; end: number } | undefined;
    for (const name of [term.title, ...term.aliases]) {
      const n = normalize(name);
      const start = n === '' ? -1 : q.indexOf(` ${n} `);
      if (start >= 0 && (!best || n.length > best.end - best.start)) best = { start, end: start + n.length + 1 };
    }
    if (best) found.push({ term, ...best });
  }
  const kept = found.filter(
    (a) => !found.some((b) => b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start),
  );
  let rest = q;
  for (const { start, end } of kept) rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  return { terms: kept.map((k) => k.term), rest: rest.replace(/\s+/g, ' ').trim() };
}
