import { distanceMiles, formatMiles, type LatLng } from '../../domain/geo.ts';
import type { PagefindResultData } from './pagefind-client.ts';

export interface ResultItem {
  data: PagefindResultData;
  miles?: number | undefined;
}

const TYPE_LABEL: Record<string, string> = { location: 'Location', program: 'Program', service: 'Service' };

/** The point a location result sits at, from its search metadata. */
function resultPoint(data: PagefindResultData): LatLng | undefined {
  const lat = Number(data.meta.lat);
  const lng = Number(data.meta.lng);
  return data.meta.lat && data.meta.lng && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : undefined;
}

/** Location results sorted nearest first (within `radius` miles when set); others and unplaced ones dropped. */
export function byDistance(items: readonly PagefindResultData[], from: LatLng, radius: number): ResultItem[] {
  return items
    .flatMap((data) => {
      const point = resultPoint(data);
      return point ? [{ data, miles: distanceMiles(from, point) }] : [];
    })
    .filter((item) => !radius || item.miles <= radius)
    .sort((a, b) => a.miles - b.miles);
}

/** Pagefind excerpts are escaped text with `<mark>` around matches; anything else is removed to be sure. */
const safeExcerpt = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, '');

/** One result as a list item: type, linked title, place, phone to call, distance, excerpt. */
export function renderResult(item: ResultItem): HTMLLIElement {
  const { data, miles } = item;
  const li = document.createElement('li');
  li.className = 'card';
  const type = data.filters.type?.[0] ?? '';
  const label = document.createElement('p');
  label.className = 'muted text-sm';
  label.textContent = [
    TYPE_LABEL[type] ?? 'Page',
    data.meta.city,
    miles !== undefined ? formatMiles(miles) + ' away' : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const title = document.createElement('a');
  title.href = data.url;
  title.className = 'text-lg font-semibold';
  title.textContent = data.meta.title ?? data.url;
  li.append(label, title);
  if (data.meta.phone && data.meta.phoneText) {
    const phone = document.createElement('p');
    const link = document.createElement('a');
    link.href = `tel:${data.meta.phone}`;
    link.className = 'font-semibold';
    link.textContent = data.meta.phoneText;
    phone.append('Call ', link);
    li.append(phone);
  }
  const excerpt = document.createElement('p');
  excerpt.innerHTML = safeExcerpt(data.excerpt);
  li.append(excerpt);
  return li;
}
