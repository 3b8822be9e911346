import type { DocumentResolver } from 'sanity/presentation';
import { pathsFor } from '../../src/domain/urls.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { LANGUAGE_ASSISTANCE_ID } from '../lib/singletons.ts';

/**
 * Presentation's `resolve.mainDocuments`: the document a preview page is about, so the Studio opens it as the
 * editor browses the preview. The routes are the site's own paths in every language (Presentation also accepts
 * them without the trailing slash).
 */
export const mainDocuments: DocumentResolver[] = LOCALES.map(pathsFor).flatMap((paths) => [
  ...(['location', 'program', 'service'] as const).map((type) => ({
    route: paths[type](':slug'),
    filter: /* groq */ `_type == "${type}" && slug.current == $slug`,
  })),
  { route: paths.languageAssistance, filter: /* groq */ `_id == "${LANGUAGE_ASSISTANCE_ID}"` },
]);
