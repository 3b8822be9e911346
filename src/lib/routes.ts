import { cityShards } from '../domain/search-cities.ts';
import { inLocale } from '../domain/urls.ts';
import { DEFAULT_LOCALE, LOCALES, localeOf, type Locale } from '../i18n/index.ts';
import { sitemapChunks } from '../domain/sitemap.ts';
import { getDirectory } from './directory.ts';
import { builtSitePaths } from './site-paths.ts';
import { getStateListings } from './state-listings.ts';
import { zipShards } from './zip-centroids.ts';

/** One page of a dynamic route: what getStaticPaths returns for it. */
export interface Route<P> {
  params: Record<string, string | undefined>;
  props: P;
}

/**
 * The props of a dynamic page for this request. The static build passes what getStaticPaths returned; the draft
 * preview server renders on demand without getStaticPaths, so the same routes are searched by the request's
 * params. Undefined for a page that does not exist (404).
 */
export async function routeProps<P>(
  astro: { isPrerendered: boolean; props: object; params: Record<string, string | undefined> },
  routes: () => Promise<Route<P>[]> | Route<P>[],
): Promise<P | undefined> {
  if (astro.isPrerendered) return astro.props as P;
  const matches = (route: Route<P>) =>
    Object.entries(route.params).every(([key, value]) => astro.params[key] === value);
  return (await routes()).find(matches)?.props;
}

/**
 * The locale this Astro process renders. `npm run build` runs one Astro process per locale side by side
 * (scripts/lib/astro-shards.ts) with BUILD_LOCALE set: each renders its own locale's pages, and the default
 * locale's also writes the files of no locale (sitemaps, ZIP and city lookups). Unset (`astro dev`, a plain
 * `astro build`, the draft preview server): every locale.
 */
const buildLocale = process.env.BUILD_LOCALE || undefined;
if (buildLocale && !(LOCALES as readonly string[]).includes(buildLocale))
  throw new Error(`BUILD_LOCALE is "${buildLocale}"; it must be one of ${LOCALES.join(', ')}, or unset for all.`);
const rendered = (locale: Locale) => !buildLocale || buildLocale === locale;
/** Routes of no locale, written once: by the default locale's process. */
const shared = <T>(routes: () => Promise<T[]> | T[]) => (rendered(DEFAULT_LOCALE) ? routes : () => []);

/** A page's `locale` param: none for English (at the root), the locale's code otherwise (`/es/…`). */
const localeParam = (locale: Locale) => (locale === DEFAULT_LOCALE ? undefined : locale);

/** A page's routes once per locale: every page has its twin in every language, with the same slugs. */
const inEveryLocale =
  <P>(routes: () => Promise<Route<P>[]> | Route<P>[]) =>
  async (): Promise<Route<P>[]> => {
    const list = await routes();
    return LOCALES.filter(rendered).flatMap((locale) =>
      list.map((route) => ({ params: { locale: localeParam(locale), ...route.params }, props: route.props })),
    );
  };

/** Where the preview server sends a request for a page that does not exist: the 404 page in its language. */
export const notFoundPath = (locale: string | undefined) => inLocale('/404/', localeOf(locale));

/** A page without params of its own (home, search, the index pages), in every locale. */
export const localeRoutes = inEveryLocale(() => [{ params: {}, props: {} }]);

export const locationRoutes = inEveryLocale(async () =>
  (await getDirectory()).locations.map((location) => ({ params: { slug: location.slug }, props: { location } })),
);

export const programRoutes = inEveryLocale(async () =>
  (await getDirectory()).programs.map((program) => ({ params: { slug: program.slug }, props: { program } })),
);

export const serviceRoutes = inEveryLocale(async () =>
  (await getDirectory()).services.map((service) => ({ params: { slug: service.slug }, props: { service } })),
);

export const stateRoutes = inEveryLocale(async () =>
  (await getStateListings()).map((listing) => ({ params: { state: listing.state.toLowerCase() }, props: { listing } })),
);

/** Only states too large for one page have city pages; the others list their cities on the state page. */
export const cityRoutes = inEveryLocale(async () =>
  (await getStateListings())
    .filter((listing) => listing.byCity)
    .flatMap((listing) =>
      listing.cities.map((city) => ({
        params: { state: listing.state.toLowerCase(), city: city.slug },
        props: { listing, city },
      })),
    ),
);

export const cityShardRoutes = shared(async () =>
  [...cityShards((await getDirectory()).locations)].map(([letter, cities]) => ({
    params: { letter },
    props: { cities },
  })),
);

/** The language assistance page, only when the content has one (an imported directory may not). */
export const languageAssistanceRoutes = inEveryLocale(async () => {
  const { languageAssistance } = await getDirectory();
  return languageAssistance ? [{ params: {}, props: { languageAssistance } }] : [];
});

export const zipRoutes = shared(() =>
  [...zipShards()].map(([prefix, shard]) => ({ params: { prefix }, props: { shard } })),
);

/** One sitemap file per 50,000 pages: sitemap-0.xml, sitemap-1.xml, … */
export const sitemapRoutes = shared(async () =>
  sitemapChunks(await builtSitePaths()).map((pagePaths, index) => ({
    params: { index: String(index) },
    props: { pagePaths },
  })),
);
