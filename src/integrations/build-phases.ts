import type { AstroIntegration } from 'astro';
import { collectGarbage } from '../lib/collect-garbage.ts';
import { loadContentForBuild } from './load-content.ts';

/** The steps of `npm run build`, in order; each is logged as `phase: <name>` when it ends. */
export const BUILD_PHASES = ['content loaded', 'bundled', 'rendered', 'astro exited', 'indexed'] as const;
export type BuildPhase = (typeof BUILD_PHASES)[number];
/** Our own words, not Astro's: the scale benchmark times the build by these lines. */
export const phaseMark = (phase: BuildPhase) => `phase: ${phase}`;

/**
 * Logs where each of Astro's build phases ends, and collects the garbage each leaves (content sync's
 * serialisation, page rendering) before the next phase grows the heap further: Node keeps the highest heap's
 * pages resident, so this keeps the Astro process's peak down. The static build loads the content first; the
 * draft preview server (`loadContent: false`) reads it per request instead.
 */
export default function buildPhases({ loadContent = true } = {}): AstroIntegration {
  const ended = (logger: { info: (message: string) => void }, phase: BuildPhase, collect: boolean) => {
    const before = process.memoryUsage().heapUsed;
    if (collect) collectGarbage();
    const freed = (before - process.memoryUsage().heapUsed) / 1e6;
    logger.info(phaseMark(phase) + (collect ? ` (collected ${freed.toFixed(0)} MB of garbage)` : ''));
  };
  return {
    name: 'directory-phases',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'directory-phases:bundled',
                // Vite's last step, which Astro also uses to render the pages: ours is registered first.
                buildApp: { order: 'post', handler: async () => ended(logger, 'bundled', false) },
              },
            ],
          },
        });
      },
      'astro:build:start': async ({ logger }) => {
        if (loadContent) await loadContentForBuild(logger);
        ended(logger, 'content loaded', true);
      },
      'astro:build:generated': ({ logger }) => ended(logger, 'rendered', true),
    },
  };
}
