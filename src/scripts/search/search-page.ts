import type { LatLng } from '../../domain/geo.ts';
import { cellsWithin } from '../../domain/geo-cells.ts';
import { OFFERS } from '../../domain/offers-filter.ts';
import { renderFacets } from './facets.ts';
import {
  addCounts,
  loadPagefind,
  type Pagefind,
  type PagefindResponse,
  type PagefindResult,
} from './pagefind-client.ts';
import { byDistance, renderResult, type ResultItem } from './results.ts';
import { matchTerms, namedTerms, type SearchTerm } from './terms.ts';
import {
  FACETS,
  isEmptySearch,
  parseState,
  stateToSearch,
  toPagefindFilters,
  withPart,
  type Facet,
  type PagefindFilters,
  type SearchState,
} from './url-state.ts';
import { isZip, lookupZip } from './zip.ts';

// Each result loads its own excerpt fragment (~4 kB at 20,000 pages): 10 fill a phone screen twice over.
const PAGE_SIZE = 10;
/** Most results whose details are loaded to sort by distance (each is one small fetch). */
const DISTANCE_LIMIT = 200;
/** With "any distance", widen the circle until this many locations are found. */
const WIDENING = [25, 50, 100, 250, 500, 1000];
const MIN_NEARBY = 10;
const PRIVATE = 'Your location stays in this browser; nothing is sent anywhere.';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

/** Wires the search page: URL ⇄ form ⇄ Pagefind ⇄ results, all in the browser. */
export function startSearchPage() {
  const form = $<HTMLFormElement>('[data-search-form]');
  const q = $<HTMLInputElement>('#search-q');
  const zip = $<HTMLInputElement>('#search-zip');
  const within = $<HTMLSelectElement>('#search-within');
  const facets = $<HTMLElement>('[data-facets]');
  const status = $<HTMLElement>('[data-search-status]');
  const zipStatus = $<HTMLElement>('[data-zip-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-load-more]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const answer = $<HTMLElement>('[data-not-offered-answer]');
  const terms = JSON.parse($('#search-terms').textContent ?? '[]') as SearchTerm[];
  const services = terms.filter((t) => t.kind === 'service' && t.offeredAt > 0);
  const serviceFilter = (title: string) => services.find((t) => t.title === title)?.filter;

  let state = parseState(location.search);
  /** Set by "Use my location"; never put in the URL. */
  let here: LatLng | undefined;
  let run = 0;
  let pending: PagefindResult[] = [];
  /** Facets a visitor opened: their counts are loaded (Pagefind fetches a facet's index on first use). */
  const wanted = new Set<Facet>();
  const onOpen = (facet: Facet) => {
    if (wanted.has(facet)) return;
    wanted.add(facet);
    void search();
  };
  /**
   * The filters for Pagefind: the chosen values, plus an empty "any" for each opened facet to get its counts.
   * The service facet is one filter per service (see offersFilter), so opening it asks for each of them.
   */
  const pagefindFilters = (): PagefindFilters => {
    const filters = toPagefindFilters(state.filters, serviceFilter);
    for (const facet of wanted) {
      if (facet !== 'service') filters[facet] ??= { any: [] };
      else for (const t of services) filters[t.filter] ??= { any: [] };
    }
    return filters;
  };
  /** Pagefind's counts per facet, with the service facet gathered from the services' own filters. */
  const facetCounts = (counts: PagefindResponse['filters']) => {
    const shown = services.filter((t) => wanted.has('service') || state.filters.service?.includes(t.title));
    if (shown.length === 0) return counts;
    return { ...counts, service: Object.fromEntries(shown.map((t) => [t.title, counts[t.filter]?.[OFFERS] ?? 0])) };
  };
  /** Facets whose counts cover only the chosen values until a visitor asks for the others. */
  const partial = () => new Set<Facet>(wanted.has('service') ? [] : ['service']);
  const showFacets = (counts: PagefindResponse['filters']) =>
    renderFacets(facets, facetCounts(counts), state, onOpen, partial());

  /**
   * Runs the query. Programs and services it names ("IOP", "naloxone") become their offers filters, since
   * location pages index what they offer as filters, not text; the program and service pages that match the
   * words come first. The two searches cover different pages, so their results and counts add up.
   */
  async function query(pagefind: Pagefind, filters: PagefindFilters, locationsOnly: boolean) {
    const named = namedTerms(state.q, terms);
    if (named.terms.length === 0) return pagefind.search(state.q || null, { filters });
    const offering = { any: named.terms.map((t) => ({ [t.filter]: OFFERS })) };
    const places = await pagefind.search(named.rest || null, { filters: withPart(filters, offering) });
    if (locationsOnly || !places) return places;
    const topics = await pagefind.search(state.q, { filters: { ...filters, topic: { any: ['program', 'service'] } } });
    if (!topics) return places;
    return {
      ...places,
      results: [...topics.results, ...places.results],
      filters: addCounts(topics.filters, places.filters),
    };
  }

  const fill = () => {
    q.value = state.q;
    zip.value = state.zip;
    within.value = state.radius ? String(state.radius) : '';
  };

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const facet of FACETS) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((i) => i.value);
      if (values.length) filters[facet as Facet] = values;
    }
    return parseState(stateToSearch({ q: q.value, filters, zip: zip.value.trim(), radius: Number(within.value) || 0 }));
  };

  /** Updates the URL: a new entry for a deliberate search, a replacement while typing. */
  const commit = (mode: 'push' | 'replace') => {
    const url = `${location.pathname}${stateToSearch(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  };

  /** ZIP lookups already made, so searching again from the same ZIP fetches nothing. */
  const zipPoints = new Map<string, Promise<LatLng | undefined>>();
  const zipPoint = (code: string) => {
    let point = zipPoints.get(code);
    if (!point) {
      point = lookupZip(code, async (path) => {
        const response = await fetch(path);
        return response.ok ? ((await response.json()) as Record<string, [number, number]>) : undefined;
      });
      // A failed fetch is tried again on the next search rather than remembered.
      void point.catch(() => zipPoints.delete(code));
      zipPoints.set(code, point);
    }
    return point;
  };

  async function origin(): Promise<{ point?: LatLng; label?: string }> {
    if (here) return { point: here, label: 'your location' };
    if (!state.zip) return {};
    const point = await zipPoint(state.zip);
    return point ? { point, label: `ZIP ${state.zip}` } : {};
  }

  async function search() {
    const id = ++run;
    const matched = matchTerms(state.q, terms);
    showNotOffered(matched.filter((t) => t.offeredAt === 0 && t.kind === 'service'));
    if (isEmptySearch(state) && !here) {
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = 'Type what you are looking for, or choose filters.';
      // Counts over every page for the facets a visitor opened; no results are shown until they choose.
      const pagefind = await loadPagefind();
      const counts = wanted.size > 0 ? await pagefind.search(null, { filters: pagefindFilters() }) : null;
      if (id === run) showFacets(counts?.filters ?? {});
      return;
    }
    status.textContent = 'Searching…';
    const pagefind = await loadPagefind();
    const { point, label } = await origin();
    zipStatus.textContent =
      state.zip && !point && !here
        ? `We do not know ZIP code ${state.zip}. Check it, or use the state filter instead.`
        : point
          ? `Showing locations by distance from ${label}.`
          : PRIVATE;

    const filters = pagefindFilters();
    let response = point ? null : await query(pagefind, filters, false);
    let items: ResultItem[] | undefined;
    if (point) {
      // Ask only for the grid cells around the point (only locations have one), widening until enough are found.
      const radii = state.radius ? [state.radius] : WIDENING;
      for (const radius of radii) {
        response = await query(pagefind, { ...filters, cell: { any: cellsWithin(point, radius) } }, true);
        if (!response) break;
        const data = await Promise.all(response.results.slice(0, DISTANCE_LIMIT).map((r) => r.data()));
        items = byDistance(data, point, radius);
        if (state.radius || items.length >= MIN_NEARBY) break;
      }
    }
    if (id !== run || !response) return; // A newer search has started.
    const rest = items ? [] : [...response.results];
    const firstPage = items ?? (await resultItems(rest.splice(0, PAGE_SIZE)));
    // Checked again after every wait: an older search finishing late must not overwrite a newer one's results.
    if (id !== run) return;

    showFacets(response.filters);
    pending = rest;
    list.replaceChildren(...firstPage.map(renderResult));
    more.hidden = pending.length === 0;
    const count = items ? items.length : response.results.length;
    // Many results in no particular order: point to what sorts them by distance.
    if (!point && count > PAGE_SIZE)
      zipStatus.textContent = `To see the nearest first, enter a ZIP code or use your location. ${PRIVATE}`;
    const where = point ? (state.radius ? ` within ${state.radius} miles of ${label}` : ` near ${label}`) : '';
    status.textContent = `${count} ${count === 1 ? 'result' : 'results'}${state.q ? ` for “${state.q}”` : ''}${where}.`;
    empty.hidden = count > 0 || !answer.hidden;
  }

  const resultItems = async (results: PagefindResult[]): Promise<ResultItem[]> =>
    (await Promise.all(results.map((r) => r.data()))).map((data) => ({ data }));

  async function showMore() {
    const id = run;
    const next = await resultItems(pending.splice(0, PAGE_SIZE));
    if (id !== run) return;
    list.append(...next.map(renderResult));
    more.hidden = pending.length === 0;
  }

  function showNotOffered(matches: SearchTerm[]) {
    answer.hidden = matches.length === 0;
    if (matches.length === 0) return;
    $('[data-not-offered-title]').textContent =
      `We do not offer ${matches.map((t) => t.title.toLowerCase()).join(' or ')}`;
    const notes = $('[data-not-offered-notes]');
    notes.replaceChildren(
      ...matches.flatMap((t) => {
        if (!t.note) return [];
        const p = document.createElement('p');
        p.className = 'mt-2';
        p.textContent = t.note;
        return [p];
      }),
    );
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  q.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state = readForm();
      commit('replace');
      void search();
    }, 300);
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target === q || (target === zip && zip.value && !isZip(zip.value.trim()))) return;
    state = readForm();
    commit('push');
    void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    state = readForm();
    commit('push');
    void search();
  });
  more.addEventListener('click', () => void showMore());
  $('[data-use-location]').addEventListener('click', () => {
    zipStatus.textContent = 'Asking your browser for your location…';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        here = { lat: position.coords.latitude, lng: position.coords.longitude };
        void search();
      },
      () => {
        zipStatus.textContent = 'Your browser did not share a location. Enter a ZIP code instead.';
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  });
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    fill();
    void search();
  });

  fill();
  void search();
}
