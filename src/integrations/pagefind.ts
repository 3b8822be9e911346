import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** Fails the build with Pagefind's own messages when a step reports errors. */
function check(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  - ${errors.join('\n  - ')}`);
}

/**
 * Indexes the built pages with Pagefind's Node API once Astro has written them, so search ships with every
 * build (no separate CLI step to forget). What is indexed is decided by the layout's data-pagefind-* attributes.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'directory-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          check('start', errors);
          if (!index) throw new Error('Pagefind did not create an index.');
          const added = await index.addDirectory({ path: outDir });
          check(`index ${outDir}`, added.errors);
          const read = performance.now();
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          check('write its files', written.errors);
          const ms = (from: number, to = performance.now()) => `${Math.round(to - from)} ms`;
          logger.info(
            `Indexed ${added.page_count} pages in ${ms(started)} (reading them ${ms(started, read)}, ` +
              `building and writing the index ${ms(read)}).`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
