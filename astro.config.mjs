// @ts-check
import node from '@astrojs/node';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import buildPhases from './src/integrations/build-phases.ts';
import draftPreview from './src/integrations/draft-preview.ts';

// `npm run preview:drafts` builds the same pages as a server that reads drafts per request, into .preview/.
const preview = process.env.DIRECTORY_PREVIEW === 'drafts';

export default defineConfig({
  // Canonical URLs and the sitemap (src/pages/sitemap-*.xml.ts) use this; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://care.example.org',
  trailingSlash: 'always',
  // Astro's compiler collapses template whitespace at build time (no per-page cost); tests/dist checks it keeps
  // the space between a line of text and the link that follows it ("or text 988").
  compressHTML: true,
  // Pages render four at a time, so one page's file writes overlap the next one's rendering (a third faster
  // at 20,000 pages on two cores).
  build: { format: 'directory', concurrency: 4 },
  // English at the root, Spanish under /es/ with the same slugs: the pages live once, in src/pages/[...locale]/.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // Search is indexed by scripts/build.ts once Astro has exited (npm run build).
  integrations: [buildPhases({ loadContent: !preview }), ...(preview ? [draftPreview()] : [])],
  vite: { plugins: [tailwindcss()] },
  ...(preview && {
    output: 'server',
    outDir: '.preview',
    // Not streamed: a page renders whole inside its request's directory (src/lib/directory.ts, withDirectory).
    adapter: node({ mode: 'standalone', experimentalDisableStreaming: true }),
  }),
});
