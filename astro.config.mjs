// @ts-check
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import collapseWhitespace from './src/integrations/collapse-whitespace.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // Canonical URLs and the sitemap use this; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://care.example.org',
  trailingSlash: 'always',
  // Astro's HTML compression drops the space between a line of text and the link that follows it;
  // src/integrations/collapse-whitespace.ts shrinks the HTML safely instead.
  compressHTML: false,
  build: { format: 'directory' },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), collapseWhitespace(), pagefind()],
  vite: { plugins: [tailwindcss()] },
});
