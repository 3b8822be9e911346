import { CalendarIcon } from '@sanity/icons/Calendar';
import { CogIcon } from '@sanity/icons/Cog';
import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe';
import { EyeClosedIcon } from '@sanity/icons/EyeClosed';
import { PinIcon } from '@sanity/icons/Pin';
import { TranslateIcon } from '@sanity/icons/Translate';
import { WarningOutlineIcon } from '@sanity/icons/WarningOutline';
import type { StructureBuilder, StructureResolver, StructureResolverContext } from 'sanity/structure';
import { US_STATE, type UsState } from '../src/domain/vocabulary.ts';
import { OfferedNowherePane } from './desk/OfferedNowherePane.tsx';
import {
  CLOSED_OR_OPENING_SOON_FILTER,
  LOCATION_STATES_QUERY,
  MISSING_SPANISH_FILTER,
  MISSING_SPANISH_PARAMS,
  NEEDS_REVIEW_FILTER,
  reviewedBefore,
} from './lib/editor-queries.ts';
import { LANGUAGE_ASSISTANCE_ID, SITE_SETTINGS_ID } from './lib/singletons.ts';
import { API_VERSION } from './lib/validation.ts';

/**
 * The desk: Settings, Language assistance, locations grouped by state, programs and services, then the editors' work lists. The work
 * lists decline edit intents, so a location opened from elsewhere (Coverage, search) opens under Locations.
 */
export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Settings')
        .id(SITE_SETTINGS_ID)
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Settings')),
      S.listItem()
        .title('Language assistance')
        .id(LANGUAGE_ASSISTANCE_ID)
        .icon(TranslateIcon)
        .child(
          S.document().schemaType('languageAssistance').documentId(LANGUAGE_ASSISTANCE_ID).title('Language assistance'),
        ),
      S.divider(),
      S.listItem()
        .title('Locations')
        .id('locations')
        .icon(PinIcon)
        .schemaType('location')
        .child(locationsByState(S, context)),
      S.documentTypeListItem('program').title('Programs'),
      S.documentTypeListItem('service').title('Services'),
      S.divider(),
      S.listItem()
        .title('Needs review')
        .id('needs-review')
        .icon(CalendarIcon)
        // The cut-off date is worked out when the list opens, so a Studio left open for days stays right.
        .child(() =>
          S.documentList()
            .title('Needs review')
            .schemaType('location')
            .apiVersion(API_VERSION)
            .filter(NEEDS_REVIEW_FILTER)
            .params({ reviewedBefore: reviewedBefore() })
            .defaultOrdering([{ field: 'lastReviewed', direction: 'asc' }])
            .canHandleIntent(() => false),
        ),
      S.listItem()
        .title('Offered nowhere')
        .id('offered-nowhere')
        .icon(EyeClosedIcon)
        .child(S.component(OfferedNowherePane).id('offered-nowhere').title('Offered nowhere')),
      S.listItem()
        .title('Closed or opening soon')
        .id('closed-or-opening-soon')
        .icon(WarningOutlineIcon)
        .child(
          S.documentList()
            .title('Closed or opening soon')
            .schemaType('location')
            .apiVersion(API_VERSION)
            .filter(CLOSED_OR_OPENING_SOON_FILTER)
            .defaultOrdering([{ field: 'status', direction: 'asc' }])
            .canHandleIntent(() => false),
        ),
      S.listItem()
        .title('Missing Spanish')
        .id('missing-spanish')
        .icon(EarthGlobeIcon)
        .child(
          S.documentList()
            .title('Missing Spanish')
            .apiVersion(API_VERSION)
            .filter(MISSING_SPANISH_FILTER)
            .params(MISSING_SPANISH_PARAMS)
            .canHandleIntent(() => false),
        ),
    ]);

/** All locations, then one list per state that has locations; states are read when the item opens. */
function locationsByState(S: StructureBuilder, context: StructureResolverContext) {
  return async () => {
    const client = context.getClient({ apiVersion: API_VERSION });
    const codes = await client.fetch(LOCATION_STATES_QUERY);
    const states = codes
      .map((code) => ({ code, name: US_STATE[code as UsState] ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return S.list()
      .title('Locations')
      .items([
        S.listItem()
          .title('All locations')
          .id('all')
          .icon(PinIcon)
          .child(S.documentTypeList('location').title('All locations')),
        S.divider(),
        ...states.map(({ code, name }) =>
          S.listItem()
            .title(name)
            .id(code.toLowerCase())
            .icon(PinIcon)
            .child(
              S.documentList()
                .title(`Locations in ${name}`)
                .schemaType('location')
                .apiVersion(API_VERSION)
                .filter('_type == "location" && address.state == $state')
                .params({ state: code })
                .defaultOrdering([{ field: 'address.city', direction: 'asc' }]),
            ),
        ),
      ]);
  };
}
