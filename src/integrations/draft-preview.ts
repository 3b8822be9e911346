import type { AstroIntegration } from 'astro';

/** The draft preview server's build (`npm run preview:drafts`): pages read drafts per request (its middleware). */
export default function draftPreview(): AstroIntegration {
  return {
    name: 'draft-preview',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('../preview/middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
