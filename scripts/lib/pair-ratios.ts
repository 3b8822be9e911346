/**
 * The site/floor ratio of each alternating pair of runs (site run i against floor run i), and their median.
 * The contract ratio compares the fastest run of each, which can pair the site's luckiest moment with the
 * floor's; a pair's two builds ran one after the other, so they share the machine's spell, and the spread of the
 * pair ratios shows how far this machine can be trusted.
 */
export function pairRatios(site: readonly number[], floor: readonly number[]): { ratios: number[]; median: number } {
  if (site.length !== floor.length || site.length === 0)
    throw new Error(`pairRatios needs as many floor runs as site runs (got ${site.length} and ${floor.length})`);
  const ratios = site.map((seconds, i) => seconds / floor[i]!);
  const sorted = [...ratios].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { ratios, median };
}
