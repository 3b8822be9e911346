/** The counts each build publishes in build-manifest.json. */
export interface BuildManifest {
  locations: number;
  programs: number;
  services: number;
}

/**
 * Why a new build must not replace the last one, or undefined when it may: losing half or more of the
 * locations or programs at once is far more often a CMS outage or a bad filter than a real change.
 */
export function shrinkProblem(previous: BuildManifest, next: BuildManifest): string | undefined {
  const shrunk = (['locations', 'programs'] as const).filter((kind) => next[kind] < previous[kind] / 2);
  if (shrunk.length === 0) return undefined;
  const what = shrunk.map((kind) => `${kind} ${previous[kind]} → ${next[kind]}`).join(', ');
  return `Refusing to publish: this build has fewer than half of the last build's ${shrunk.join(' and ')} (${what}).`;
}
