import { defineMiddleware } from 'astro:middleware';
import { loadDirectory } from '../content-source/load.ts';
import { ContentError, SourceError } from '../content-source/problems.ts';
import { createDirectoryIndex } from '../domain/directory-index.ts';
import { withDirectory } from '../lib/directory.ts';

/**
 * The draft preview server's pages (added by the draft-preview integration only): every request reads the
 * content anew, drafts laid over published documents, and renders with it. A draft the build would refuse
 * shows the build's problem list instead of a page.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.preview = true;
  const directory = loadDirectory({ drafts: true }).then(createDirectoryIndex);
  try {
    await directory;
  } catch (error) {
    if (!(error instanceof ContentError || error instanceof SourceError)) throw error;
    return new Response(`This preview cannot be shown.\n\n${error.message}`, {
      status: 500,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return withDirectory(directory, next);
});
