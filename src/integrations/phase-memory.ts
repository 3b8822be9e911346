import type { AstroIntegration } from 'astro';
import { collectGarbage } from '../lib/collect-garbage.ts';

/**
 * Collects the garbage each build phase leaves (content sync's serialisation, page rendering) before the
 * next phase grows the heap further: Node keeps the highest heap's pages resident, so this keeps the Astro
 * process's peak down.
 */
export default function phaseMemory(): AstroIntegration {
  const collect = (logger: { debug: (message: string) => void }, phase: string) => {
    const before = process.memoryUsage().heapUsed;
    collectGarbage();
    const freed = (before - process.memoryUsage().heapUsed) / 1e6;
    logger.debug(`collected ${freed.toFixed(0)} MB of garbage after ${phase}`);
  };
  return {
    name: 'directory-phase-memory',
    hooks: {
      'astro:build:start': ({ logger }) => collect(logger, 'content sync'),
      'astro:build:generated': ({ logger }) => collect(logger, 'rendering'),
    },
  };
}
