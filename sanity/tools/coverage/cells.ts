/** What Coverage shows for one location and one program. */
export type CellState = 'offered' | 'not-offered' | 'neither';

/** One row as COVERAGE_PAGE_QUERY returns it: program ids the location offers and ids it lists as not offered. */
export interface CoverageRow {
  _id: string;
  name: string | null;
  status: string | null;
  city: string | null;
  state: string | null;
  offered: (string | null)[] | null;
  notOffered: (string | null)[] | null;
}

/** One column: a program. */
export interface CoverageColumn {
  _id: string;
  title: string | null;
  shortName: string | null;
}

/** A column's counts over every location the filter selects, not just this page (COVERAGE_COUNTS_QUERY). */
export interface ColumnCounts {
  _id: string;
  offered: number;
  notOffered: number;
}

/** Offered wins over not offered: the build refuses a location that lists a program as both. */
export function cellState(row: CoverageRow, programId: string): CellState {
  if (row.offered?.includes(programId)) return 'offered';
  if (row.notOffered?.includes(programId)) return 'not-offered';
  return 'neither';
}

/** How many of the shown programs a row offers and lists as not offered. */
export function rowCounts(row: CoverageRow, columns: readonly CoverageColumn[]) {
  const states = columns.map((column) => cellState(row, column._id));
  return {
    offered: states.filter((state) => state === 'offered').length,
    notOffered: states.filter((state) => state === 'not-offered').length,
  };
}
