import type { Locale } from '../i18n/index.ts';
import { localized, localizedText } from '../i18n/content.ts';
import type { SearchTerm } from '../scripts/search/terms.ts';
import type { Program } from '../schemas/program.ts';
import type { Service } from '../schemas/service.ts';
import type { DirectoryIndex } from './directory-index.ts';
import { offersFilter } from './offers-filter.ts';
import { pathsFor } from './urls.ts';

/** Names in the page's language first, then the English ones (a Spanish speaker may type "IOP"), once each. */
const namesOf = (own: (string | undefined)[], english: (string | undefined)[]) => [
  ...new Set([...own, ...english].filter((name): name is string => Boolean(name?.trim()))),
];

/**
 * The programs and services the search page of `locale` knows: each by its title in that language (the one its
 * chip, card and URL show) and by every name in it and in English, with the filter of the locations offering it.
 * One offered nowhere carries what its pages say about that: its safety note (detox: withdrawal can be dangerous)
 * and the organisation's note, answered with the referral.
 */
export function searchTerms(directory: DirectoryIndex, locale: Locale): SearchTerm[] {
  const paths = pathsFor(locale);
  const term = (
    kind: SearchTerm['kind'],
    doc: (Program | Service) & { aliases: string[] },
    offeredAt: number,
    englishNames: string[],
    safetyNote?: string,
  ): SearchTerm => {
    const title = localizedText(doc, 'title', locale) ?? doc.title;
    const ownNames = [
      kind === 'program' ? localizedText(doc as Program, 'shortName', locale) : undefined,
      ...(localized(doc, 'aliases', locale).value ?? []),
    ];
    const orgEntry = directory.orgNotOffered(doc._id);
    const notes = [safetyNote, orgEntry && localizedText(orgEntry, 'note', locale)].filter((n): n is string =>
      Boolean(n),
    );
    return {
      kind,
      title,
      url: kind === 'program' ? paths.program(doc.slug) : paths.service(doc.slug),
      aliases: namesOf(ownNames, englishNames).filter((name) => name !== title),
      offeredAt,
      filter: offersFilter(kind, doc.slug),
      ...(offeredAt === 0 && notes.length > 0 && { notes }),
    };
  };
  return [
    ...directory.programs.map((p) =>
      term(
        'program',
        p,
        directory.locationsOfferingProgram(p._id).length,
        [p.title, p.shortName, ...p.aliases],
        localizedText(p, 'safetyNote', locale),
      ),
    ),
    ...directory.services.map((s) =>
      term('service', s, directory.locationsOfferingService(s._id).length, [s.title, ...s.aliases]),
    ),
  ];
}

/** The terms as inert JSON for the page (`<script type="application/json">`): no `</script>` can close it. */
export const searchTermsJson = (terms: readonly SearchTerm[]) => JSON.stringify(terms).replace(/</g, '\\u003c');
