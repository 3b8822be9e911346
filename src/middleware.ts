import { defineMiddleware } from 'astro:middleware';
import { collapseWhitespace } from './lib/collapse-whitespace.ts';

/**
 * Shrinks every HTML page as it is rendered (14–30 % smaller), instead of Astro's compressHTML (see
 * astro.config.mjs). Done here rather than by rewriting dist/ afterwards: at 20,000 pages a second pass over
 * the files cost ~7 s.
 */
const utf8 = new TextEncoder();

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Bytes, not a string: a string body is rescanned for lone surrogates (~1 s over 20,000 pages).
  return new Response(utf8.encode(collapseWhitespace(await response.text())), response);
});
