/**
 * One location per facility: a facility listed in both the MH and the SA file (same name1, name2, street1
 * and ZIP once trimmed and case-folded) becomes one group. Rows of one file are never merged with each
 * other: the directory lists some sites twice on purpose (two suites, two phones), and both stay.
 */
import type { Facility } from './facilities.ts';

/** The merge key: what makes two listings the same facility. */
export const mergeKey = (f: Facility) =>
  [f.name1, f.name2, f.street1, f.zip].map((part) => part.trim().toLowerCase()).join('\u0001');

export interface Group {
  key: string;
  /** At most one row per source file, in input order; the first is the primary (its name, address, phones). */
  rows: Facility[];
}

/**
 * Groups facilities (given in input order). Where one key has several rows in a file, a row of the next
 * file joins the group whose row has the same street2, else the first group still lacking its file.
 */
export function mergeFacilities(facilities: readonly Facility[]): { groups: Group[]; sameFileDuplicates: number } {
  const byKey = new Map<string, Group[]>();
  const groups: Group[] = [];
  let sameFileDuplicates = 0;
  for (const facility of facilities) {
    const key = mergeKey(facility);
    let candidates = byKey.get(key);
    if (!candidates) byKey.set(key, (candidates = []));
    if (candidates.some((g) => g.rows.some((r) => r.source === facility.source))) sameFileDuplicates++;
    const open = candidates.filter((g) => !g.rows.some((r) => r.source === facility.source));
    const street2 = facility.street2.toLowerCase();
    const target = open.find((g) => g.rows.some((r) => r.street2.toLowerCase() === street2)) ?? open[0];
    if (target) target.rows.push(facility);
    else {
      const group = { key, rows: [facility] };
      candidates.push(group);
      groups.push(group);
    }
  }
  return { groups, sameFileDuplicates };
}
