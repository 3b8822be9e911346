// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Canonical URLs and the sitemap use this; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://care.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  vite: { plugins: [tailwindcss()] },
});
