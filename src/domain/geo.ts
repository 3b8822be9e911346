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

/** A whole-degree longitude (grid column) wrapped into -180…179, so cells across the antimeridian meet. */
export const wrapLongitude = (col: number) => ((((col + 180) % 360) + 360) % 360) - 180;

/** A grid cell as one number (rows -90…90, columns -180…179), cheaper to hash than a string. */
const cellKey = (row: number, col: number) => (row + 90) * 360 + (col + 180);

/** A point as a unit vector: the straight-line (chord) distance between two is monotone in the great-circle one. */
function unitVector({ lat, lng }: LatLng): [number, number, number] {
  const φ = toRadians(lat);
  const λ = toRadians(lng);
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
}

/** Great-circle miles from the squared chord length between two unit vectors. */
const chordToMiles = (chord2: number) => 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(chord2) / 2));

/**
 * Nearest-point search over a fixed set, bucketed in a 1° grid so that a 20,000-location directory
 * answers each query from a few cells instead of scanning every location. Candidates are compared by chord
 * length (no trigonometry per candidate), which orders them exactly as the great-circle distance does.
 */
export class NearestIndex<T extends { geo?: LatLng | undefined }> {
  readonly #cells = new Map<number, { item: T; v: [number, number, number] }[]>();
  readonly #size: number;

  constructor(items: readonly T[]) {
    let size = 0;
    for (const item of items) {
      if (!item.geo) continue;
      size++;
      const key = cellKey(Math.floor(item.geo.lat), Math.floor(item.geo.lng));
      const entry = { item, v: unitVector(item.geo) };
      const cell = this.#cells.get(key);
      if (cell) cell.push(entry);
      else this.#cells.set(key, [entry]);
    }
    this.#size = size;
  }

  /** The nearest item to `from` that passes `accept`, with its distance; rings of cells widen until found. */
  nearest(from: LatLng, accept: (item: T) => boolean = () => true): { item: T; miles: number } | undefined {
    if (this.#cells.size === 0) return undefined;
    const row = Math.floor(from.lat);
    const col = Math.floor(from.lng);
    const [x, y, z] = unitVector(from);
    let best: { item: T; miles: number } | undefined;
    let bestChord2 = Infinity;
    let seen = 0;
    for (let ring = 0; ring <= 360 && seen < this.#size; ring++) {
      for (const [r, c] of ringCells(row, col, ring))
        for (const { item, v } of this.#cells.get(cellKey(r, wrapLongitude(c))) ?? []) {
          seen++;
          const chord2 = (v[0] - x) ** 2 + (v[1] - y) ** 2 + (v[2] - z) ** 2;
          if (chord2 >= bestChord2 || !accept(item)) continue;
          bestChord2 = chord2;
          best = { item, miles: chordToMiles(chord2) };
        }
      // Cells beyond this ring are at least `ring` whole degrees away, a degree of longitude shrinking
      // toward the poles: stop once that lower bound exceeds the best distance found.
      const reach = Math.min(89.9, Math.abs(from.lat) + ring + 1);
      if (best && ring * 69 * Math.cos(toRadians(reach)) >= best.miles) break;
    }
    return best;
  }
}

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
