import { map } from 'rxjs';
import { getPublishedId } from 'sanity';
import type { DocumentLocationResolver } from 'sanity/presentation';
import { LANGUAGE_ASSISTANCE_PAGES, PAGES_BY_TYPE, SETTINGS_PAGES } from './pages.ts';

// Asked again when the document, or one that references it, changes.
const LISTEN = /* groq */ `*[_id in [$id, "drafts." + $id] || references($id)]`;

/**
 * Presentation's `resolve.locations`: the pages that show a document, read through the perspective the editor
 * has chosen (drafts, a release), so a draft's new programs show their pages before it is published.
 */
export const locations: DocumentLocationResolver = ({ id, type, perspectiveStack }, { documentStore }) => {
  if (type === 'siteSettings') return SETTINGS_PAGES;
  if (type === 'languageAssistance') return LANGUAGE_ASSISTANCE_PAGES;
  const resolver = PAGES_BY_TYPE[type];
  if (!resolver) return null;
  return documentStore
    .listenQuery(
      { fetch: resolver.query, listen: LISTEN },
      { id: getPublishedId(id) },
      { perspective: perspectiveStack },
    )
    .pipe(map(resolver.pages));
};
