/** A point on Earth in degrees. */
export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_MILES = 3958.8;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in miles (haversine): straight-line, not driving distance. */
export function distanceMiles(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Miles as people say them: "0.4 mi", "12 mi". */
export function formatMiles(miles: number): string {
  return miles < 10 ? `${miles.toFixed(1)} mi` : `${Math.round(miles)} mi`;
}

/**
 * Nearest-point search over a fixed set, bucketed in a 1° grid so that a 20,000-location directory
 * answers each query from a few cells instead of scanning every location.
 */
export class NearestIndex<T extends { geo?: LatLng | undefined }> {
  readonly #cells = new Map<string, T[]>();
  readonly #size: number;

  constructor(items: readonly T[]) {
    this.#size = items.filter((item) => item.geo).length;
    for (const item of items) {
      if (!item.geo) continue;
      const key = cellKey(Math.floor(item.geo.lat), Math.floor(item.geo.lng));
      const cell = this.#cells.get(key);
      if (cell) cell.push(item);
      else this.#cells.set(key, [item]);
    }
  }

  /** The nearest item to `from` that passes `accept`, with its distance; rings of cells widen until found. */
  nearest(from: LatLng, accept: (item: T) => boolean = () => true): { item: T; miles: number } | undefined {
    if (this.#cells.size === 0) return undefined;
    const row = Math.floor(from.lat);
    const col = Math.floor(from.lng);
    let best: { item: T; miles: number } | undefined;
    let seen = 0;
    for (let ring = 0; ring <= 360 && seen < this.#size; ring++) {
      for (const [r, c] of ringCells(row, col, ring))
        for (const item of this.#cells.get(cellKey(r, wrap(c))) ?? []) {
          seen++;
          if (!accept(item)) continue;
          const miles = distanceMiles(from, item.geo!);
          if (!best || miles < best.miles) best = { item, miles };
        }
      // Cells beyond this ring are at least `ring` whole degrees away, a degree of longitude shrinking
      // toward the poles: stop once that lower bound exceeds the best distance found.
      const reach = Math.min(89.9, Math.abs(from.lat) + ring + 1);
      if (best && ring * 69 * Math.cos(toRadians(reach)) >= best.miles) break;
    }
    return best;
  }
}

const cellKey = (row: number, col: number) => `${row}:${col}`;

/** The cells on the border of the square `ring` cells out from (row, col): 8 × ring of them, not the square. */
function* ringCells(row: number, col: number, ring: number): Generator<[number, number]> {
  if (ring === 0) {
    yield [row, col];
    return;
  }
  for (let c = col - ring; c <= col + ring; c++) {
    yield [row - ring, c];
    yield [row + ring, c];
  }
  for (let r = row - ring + 1; r <= row + ring - 1; r++) {
    yield [r, col - ring];
    yield [r, col + ring];
  }
}
const wrap = (col: number) => ((((col + 180) % 360) + 360) % 360) - 180;
