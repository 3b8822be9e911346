import type { LatLng } from '../../domain/geo.ts';
import { regionsWithin } from '../../domain/geo-cells.ts';
import { OFFERS, VALUE_FACETS, valueFilter } from '../../domain/offers-filter.ts';
import { cityShard, type CityRow } from '../../domain/search-cities.ts';
import { chipsOf } from './chips.ts';
import { renderFacets } from './facets.ts';
import { searchLanguage } from './language.ts';
import { noteNodes } from './note-nodes.ts';
import { loadPagefind, type PagefindResponse, type PagefindResult } from './pagefind-client.ts';
import { nearbyPlaces, type NearbyPlace } from './nearby.ts';
import { renderResult, type CardContext, type ResultItem } from './results.ts';
import { normalize, type SearchTerm } from './terms.ts';
import { withUnderstood } from './to-state.ts';
import { understand, type City, type Understood } from './understand.ts';
import {
  FACETS,
  FIXED_VALUES,
  isEmptySearch,
  parseState,
  searchOf,
  stateToSearch,
  toPagefindFilters,
  type Facet,
  type PagefindFilters,
  type SearchState,
} from './url-state.ts';
import { lookupZip } from './zip.ts';

// Each result loads its own excerpt fragment (~2 kB at 20,000 pages): 5 fill a phone screen and a half, and keep
// the first search of a dense city within 300 kB at national scale.
const PAGE_SIZE = 5;
/** With "any distance", widen the circle until this many locations are found. */
const WIDENING = [25, 50, 100, 250, 500, 1000];
const MIN_NEARBY = 10;
const DESKTOP = '(min-width: 1024px)';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

/** Fetches JSON from the site itself; undefined when the file does not exist. */
async function fetchJson<T>(path: string): Promise<T | undefined> {
  const response = await fetch(path);
  return response.ok ? ((await response.json()) as T) : undefined;
}

/** Memoised async lookups; a failure is tried again next time rather than remembered. */
function cached<T>(load: (key: string) => Promise<T>) {
  const memo = new Map<string, Promise<T>>();
  return (key: string) => {
    let value = memo.get(key);
    if (!value) {
      value = load(key);
      void value.catch(() => memo.delete(key));
      memo.set(key, value);
    }
    return value;
  };
}

/** Results loaded a page at a time: only what is shown fetches its details. */
interface Pager {
  next(): Promise<ResultItem[]>;
  done(): boolean;
}
const emptyPager: Pager = { next: async () => [], done: () => true };

function pager<T>(items: readonly T[], load: (page: T[]) => Promise<ResultItem[]>): Pager {
  const rest = [...items];
  return { next: () => load(rest.splice(0, PAGE_SIZE)), done: () => rest.length === 0 };
}

/**
 * Wires the search page: URL ⇄ query understanding ⇄ Pagefind ⇄ results, all in the browser, in the page's
 * language (`<html lang>`): Pagefind's bundle of that language (`/pagefind/` or `/es/pagefind/`).
 */
export function startSearchPage() {
  const language = searchLanguage(document.documentElement.lang);
  const { words, locale } = language;
  const form = $<HTMLFormElement>('[data-search-form]');
  const q = $<HTMLInputElement>('#search-q');
  const where = $<HTMLInputElement>('#search-where');
  const whereField = $<HTMLElement>('[data-where-field]');
  const within = $<HTMLSelectElement>('#search-within');
  const filtersPanel = $<HTMLElement>('[data-filters]');
  const facets = $<HTMLElement>('[data-facets]');
  const sheet = $<HTMLDialogElement>('[data-filter-sheet]');
  const openFilters = $<HTMLButtonElement>('[data-open-filters]');
  const chips = $<HTMLUListElement>('[data-chips]');
  const notes = $<HTMLUListElement>('[data-search-notes]');
  const status = $<HTMLElement>('[data-search-status]');
  const zipStatus = $<HTMLElement>('[data-zip-status]');
  const termCards = $<HTMLElement>('[data-term-cards]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-load-more]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const answer = $<HTMLElement>('[data-not-offered-answer]');
  const terms = JSON.parse($('#search-terms').textContent ?? '[]') as SearchTerm[];
  const offered = (kind: SearchTerm['kind']) => terms.filter((t) => t.kind === kind && t.offeredAt > 0);
  const byTitle = (kind: SearchTerm['kind'], title: string) => terms.find((t) => t.kind === kind && t.title === title);
  const offersFilterOf = (title: string) => byTitle('program', title)?.filter ?? byTitle('service', title)?.filter;
  const known = {
    ...FIXED_VALUES,
    program: (title: string) => byTitle('program', title) !== undefined,
    service: (title: string) => byTitle('service', title) !== undefined,
  };

  let state: SearchState = { q: '', filters: {}, zip: '', radius: 0 };
  /** What the last reading of the URL or the form could not use, said above the results. */
  let ignored: string[] = [];
  /** Set by "Use my location"; never put in the URL. */
  let here: LatLng | undefined;
  let run = 0;
  /** The results after those shown, loaded a page at a time ("More results"). */
  let pending: Pager = emptyPager;
  let cardContext: CardContext = { now: new Date(), named: [], showExcerpt: false, language };

  const zipPoint = cached((code) => lookupZip(code, (path) => fetchJson<Record<string, [number, number]>>(path)));
  const cityShardRows = cached(async (letter) => (await fetchJson<CityRow[]>(`/search/cities/${letter}.json`)) ?? []);
  const citiesFor = async (words: string[]): Promise<City[]> =>
    (await Promise.all([...new Set(words.map(cityShard))].map(cityShardRows)))
      .flat()
      .map(([name, st, lat, lng]) => ({ name, state: st, center: { lat, lng } }));

  /** Reads text as a person means it; the dataset's cities are fetched only for words left over. */
  async function read(text: string): Promise<Understood> {
    const first = understand(text, { terms, cities: [], locale });
    // A state may have been read from "Portland, OR": the city before it needs the cities too.
    const words = first.where?.kind === 'state' ? normalize(text) : first.where ? '' : first.rest;
    if (!words) return first;
    return understand(text, { terms, cities: await citiesFor(words.split(' ')), locale });
  }

  /** The search with the words of the box and the "where" field read into filters (see withUnderstood). */
  async function absorb(base: SearchState, text: string, whereText: string): Promise<SearchState> {
    const parts = [await read(text)];
    if (whereText) {
      const place = await read(whereText);
      if (!place.where) ignored.push(words.unknownPlace(whereText));
      parts.push(place);
    }
    const { state: next, nearMe } = withUnderstood(base, parts);
    if (next.zip) here = undefined;
    if (nearMe) useMyLocation();
    return next;
  }

  /** Reads the URL, understands any words in it, and rewrites it to its canonical form. */
  async function fromUrl() {
    const params = new URLSearchParams(location.search);
    const parsed = parseState(location.search, known, language);
    ignored = parsed.ignored;
    state = await absorb(searchOf(parsed), parsed.q, (params.get('where') ?? '').trim());
    if (params.get('near') === 'me') useMyLocation();
    commit('replace');
  }

  /** Updates the URL: a new entry for a deliberate search, a replacement for a rewrite of the same one. */
  const commit = (mode: 'push' | 'replace') => {
    const url = `${location.pathname}${stateToSearch(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  };

  /** Facets a visitor opened: their counts are loaded (Pagefind fetches a facet's index on first use). */
  const wanted = new Set<Facet>();
  const onOpen = (facet: Facet) => {
    if (wanted.has(facet)) return;
    wanted.add(facet);
    void search();
  };
  /**
   * The filters for Pagefind: the chosen values, plus an empty "any" for each opened facet to get its counts.
   * The program and service facets are one filter per program or service (see offersFilter), so opening one asks
   * for each of them: their counts are then by the page's own titles, in any language.
   */
  const pagefindFilters = (): PagefindFilters => {
    const filters = toPagefindFilters(state.filters, offersFilterOf);
    for (const facet of wanted) {
      if (facet !== 'service' && facet !== 'program') filters[facet] ??= { any: [] };
      else for (const t of offered(facet)) filters[t.filter] ??= { any: [] };
    }
    return filters;
  };
  /**
   * Pagefind's counts per facet. Chosen programs, services and values of format, ages, payment and language are
   * filtered through their own one-value filters, so until a visitor opens their facet, their counts come from
   * those filters; the facet then offers to load the other choices.
   */
  const facetCounts = (counts: PagefindResponse['filters']) => {
    const result = { ...counts };
    for (const facet of ['program', 'service'] as const) {
      const shown = offered(facet).filter((t) => wanted.has(facet) || state.filters[facet]?.includes(t.title));
      if (shown.length)
        result[facet] = Object.fromEntries(shown.map((t) => [t.title, counts[t.filter]?.[OFFERS] ?? 0]));
    }
    for (const facet of VALUE_FACETS) {
      const chosen = state.filters[facet] ?? [];
      if (wanted.has(facet) || chosen.length === 0) continue;
      result[facet] = Object.fromEntries(chosen.map((v) => [v, counts[valueFilter(facet, v)]?.[OFFERS] ?? 0]));
    }
    return result;
  };
  /** Facets whose counts cover only the chosen values until a visitor asks for the others. */
  const partial = () =>
    new Set<Facet>(
      (['program', 'service', ...VALUE_FACETS] as const).filter(
        (f) => !wanted.has(f) && (f === 'service' || f === 'program' || (state.filters[f]?.length ?? 0) > 0),
      ),
    );
  const showFacets = (counts: PagefindResponse['filters']) =>
    renderFacets(facets, facetCounts(counts), state, onOpen, partial(), language);

  async function origin(): Promise<{ point?: LatLng; label?: string }> {
    if (here) return { point: here, label: words.yourLocation };
    if (state.zip) {
      const point = await zipPoint(state.zip);
      return point ? { point, label: words.zipLabel(state.zip) } : {};
    }
    const [city] = state.filters.city ?? [];
    if (city && state.filters.city!.length === 1) {
      const name = city.slice(0, -4);
      const match = (await citiesFor([name])).find((c) => `${c.name}, ${c.state}` === city);
      if (match) return { point: match.center, label: city };
    }
    return {};
  }

  function showChips() {
    const shown = chipsOf(state, language).map((chip) => ({
      label: chip.label,
      remove: () => {
        state = chip.without;
        commit('push');
      },
    }));
    if (here) shown.push({ label: words.nearYourLocation, remove: () => (here = undefined) });
    chips.replaceChildren(
      ...shown.map(({ label, remove }) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className =
          'inline-flex min-h-9 items-center gap-2 rounded-full border border-slate-500 bg-slate-100 px-3 text-slate-900 dark:bg-slate-800 dark:text-slate-100';
        const x = document.createElement('span');
        x.setAttribute('aria-hidden', 'true');
        x.textContent = '×';
        const hint = document.createElement('span');
        hint.className = 'sr-only';
        hint.textContent = words.removeChip;
        button.append(label, hint, x);
        button.dataset.chip = label;
        button.addEventListener('click', () => {
          remove();
          void search();
          (chips.querySelector('button') ?? q).focus();
        });
        li.append(button);
        return li;
      }),
    );
    const chosen = Object.values(state.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
    openFilters.textContent = words.filtersButton(chosen + (state.zip && state.radius ? 1 : 0));
  }

  function showNotes(extra: string[]) {
    notes.replaceChildren(
      ...[...ignored, ...extra].map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  }

  /** One compact line per named program or service: a link to its page, and how many places offer it. */
  function showTermCards(named: SearchTerm[]) {
    termCards.replaceChildren(
      ...named.map((term) => {
        const card = document.createElement('p');
        card.className = 'muted';
        const link = document.createElement('a');
        link.href = term.url;
        link.textContent = (term.kind === 'program' ? words.aboutProgram : words.aboutService)(term.title);
        card.append(link);
        return card;
      }),
    );
  }

  function showNotOffered(matches: SearchTerm[]) {
    answer.hidden = matches.length === 0;
    if (matches.length === 0) return;
    $('[data-not-offered-title]').textContent = words.weDoNotOffer(
      matches.map((t) => t.title.toLowerCase()).join(words.or),
    );
    $('[data-not-offered-notes]').replaceChildren(
      ...matches.flatMap((t) =>
        (t.notes ?? []).map((note) => {
          const p = document.createElement('p');
          p.className = 'mt-2';
          p.append(...noteNodes(note));
          return p;
        }),
      ),
    );
  }

  const fill = () => {
    q.value = state.q;
    where.value = '';
    within.value = state.radius ? String(state.radius) : '';
  };

  async function search() {
    const id = ++run;
    fill();
    showChips();
    const named = (['program', 'service'] as const).flatMap((kind) =>
      (state.filters[kind] ?? []).flatMap((title) => byTitle(kind, title) ?? []),
    );
    const notOffered = named.filter((t) => t.offeredAt === 0);
    const offeredNamed = named.filter((t) => t.offeredAt > 0);
    showNotOffered(notOffered);
    // Offered or not, a named program or service links to its page (detox: what it is, why withdrawal is dangerous).
    showTermCards(named);
    const hasWhere = Boolean(here || state.zip || state.filters.city?.length);
    whereField.hidden = hasWhere;
    showNotes([]);
    if (isEmptySearch(state) && !here) {
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = words.emptyStatus;
      const pagefind = await loadPagefind(locale);
      const counts = wanted.size > 0 ? await pagefind.search(null, { filters: pagefindFilters() }) : null;
      if (id === run) showFacets(counts?.filters ?? {});
      return;
    }
    status.textContent = words.searching;
    const pagefind = await loadPagefind(locale);
    const { point, label } = await origin();
    if (id !== run) return;
    if (state.zip && !point && !here) showNotes([words.unknownZip(state.zip)]);
    zipStatus.textContent = words.locationPrivate;

    const filters = pagefindFilters();
    const placesOnly = offeredNamed.length > 0 || notOffered.length > 0;
    let response: PagefindResponse | null = null;
    let places: NearbyPlace[] | undefined;
    // A city that is the origin is kept to by the places' own city, so its (all-locations) filter is not fetched.
    const city = point && !here && !state.zip && !wanted.has('city') ? state.filters.city?.[0] : undefined;
    if (city) delete filters.city;
    if (point) {
      // Ask for the counts of the regions around the point (only locations have one): they say where each
      // matching place is. Widen until enough are found.
      for (const radius of state.radius ? [state.radius] : WIDENING) {
        const regions = regionsWithin(point, radius);
        const counts = Object.fromEntries(regions.map((r) => [r, { any: [] }]));
        response = await pagefind.search(state.q || null, { filters: { ...filters, ...counts } });
        if (!response) break;
        places = nearbyPlaces(response.filters, regions, point, { radius, city });
        if (state.radius || places.length >= MIN_NEARBY) break;
      }
    } else {
      // Places, open first and then by state and city name, unless words are searched: then the best match first.
      const sorted = placesOnly || !state.q;
      response = await pagefind.search(state.q || null, { filters, ...(sorted && { sort: { place: 'asc' } }) });
    }
    if (id !== run || !response) return; // A newer search has started.
    cardContext = { now: new Date(), named: offeredNamed, showExcerpt: state.q !== '', language };
    /** The results at one place: a search for its region filter's value alone. */
    const atPlace = async ({ filter, value, miles }: NearbyPlace): Promise<ResultItem[]> => {
      const found = await pagefind.search(state.q || null, { filters: { ...filters, [filter]: value } });
      return (await Promise.all((found?.results ?? []).map((r) => r.data()))).map((data) => ({ data, miles }));
    };
    const pages = places
      ? pager(places, async (slice) => (await Promise.all(slice.map(atPlace))).flat())
      : pager(response.results, resultItems);
    const firstPage = await pages.next();
    // Checked again after every wait: an older search finishing late must not overwrite a newer one's results.
    if (id !== run) return;

    showFacets(response.filters);
    pending = pages;
    list.replaceChildren(...firstPage.map((item) => renderResult(item, cardContext)));
    more.hidden = pending.done();
    const count = places ? places.reduce((sum, place) => sum + place.count, 0) : response.results.length;
    const what = offeredNamed.map((t) => t.title).join(words.or);
    const near =
      point && label ? (state.radius ? words.withinMilesOf(state.radius, label) : words.nearestFirst(label)) : '';
    status.textContent =
      notOffered.length && !offeredNamed.length
        ? words.offeredNowhere
        : `${what ? words.placesOffer(count, what) : words.results(count)}${state.q ? words.forQuery(state.q) : ''}${near}.`;
    empty.hidden = count > 0 || !answer.hidden;
    // Which search the status describes, for tools that wait for the next one (bench:search).
    status.dataset.searchRun = String(id);
  }

  const resultItems = async (results: PagefindResult[]): Promise<ResultItem[]> =>
    (await Promise.all(results.map((r) => r.data()))).map((data) => ({ data }));

  async function showMore() {
    const id = run;
    const next = await pending.next();
    if (id !== run) return;
    list.append(...next.map((item) => renderResult(item, cardContext)));
    more.hidden = pending.done();
  }

  function useMyLocation() {
    zipStatus.textContent = words.askingLocation;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        here = { lat: position.coords.latitude, lng: position.coords.longitude };
        state = { ...state, zip: '', filters: { ...state.filters, city: [] } };
        commit('push');
        void search();
      },
      () => {
        zipStatus.textContent = words.locationNotShared;
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  /** The chosen facet values and distance as the filter panel shows them. */
  const readFilters = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const facet of FACETS) {
      const values = [...filtersPanel.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map(
        (i) => i.value,
      );
      if (values.length) filters[facet] = values;
    }
    return { ...state, filters, radius: Number(within.value) || 0 };
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ignored = [];
    void (async () => {
      // New words replace what was searched for; the place and chosen filters stay until their chips are removed.
      const base = { ...state, q: '', filters: { ...state.filters, program: [], service: [] } };
      state = await absorb(base, q.value, where.value.trim());
      commit('push');
      await search();
    })();
  });
  filtersPanel.addEventListener('change', () => {
    state = readFilters();
    commit('push');
    void search();
  });
  more.addEventListener('click', () => void showMore());
  $('[data-use-location]').addEventListener('click', useMyLocation);
  openFilters.addEventListener('click', () => sheet.showModal());
  $('[data-close-filters]').addEventListener('click', () => sheet.close());
  // One filter panel: in the sheet on phones and tablets, in the side column on desktops.
  const desktop = matchMedia(DESKTOP);
  const placeFilters = () => {
    if (desktop.matches && sheet.open) sheet.close();
    (desktop.matches ? $('[data-filter-column]') : $('[data-filter-sheet-body]')).append(filtersPanel);
  };
  desktop.addEventListener('change', placeFilters);
  placeFilters();
  window.addEventListener('popstate', () => {
    here = undefined;
    void fromUrl().then(search);
  });

  void fromUrl().then(search);
}
