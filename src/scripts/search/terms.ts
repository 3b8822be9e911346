/** A program or service as search knows it: its names, and how many locations offer it. */
export interface SearchTerm {
  kind: 'program' | 'service';
  title: string;
  url: string;
  aliases: string[];
  offeredAt: number;
  /** The Pagefind filter marking the locations that offer it (see offersFilter). */
  filter: string;
  /** When no location offers it: its safety note and why it is not offered, where to go instead. */
  notes?: string[];
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
