/** @jsxImportSource react */
import { Box, Card, Text } from '@sanity/ui';
import type { CSSProperties } from 'react';
import {
  cellState,
  rowCounts,
  type CellState,
  type ColumnCounts,
  type CoverageColumn,
  type CoverageRow,
} from './cells.ts';

const CELL: Record<CellState, { mark: string; label: string; tone: 'positive' | 'critical' | 'default' }> = {
  offered: { mark: '✓', label: 'offered', tone: 'positive' },
  'not-offered': { mark: '✕', label: 'not offered', tone: 'critical' },
  neither: { mark: '·', label: 'neither offered nor listed as not offered', tone: 'default' },
};

// Headers stay in view while the matrix scrolls both ways; the card colour keeps them opaque.
const stickyTop: CSSProperties = { position: 'sticky', top: 0, zIndex: 2, background: 'var(--card-bg-color)' };
const stickyLeft: CSSProperties = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--card-bg-color)' };
const cellStyle: CSSProperties = {
  padding: 4,
  borderBottom: '1px solid var(--card-border-color)',
  textAlign: 'center',
};

export interface CoverageMatrixProps {
  columns: readonly CoverageColumn[];
  /** Counts per column; until they arrive, the headers show "…". */
  counts?: readonly ColumnCounts[];
  rows: readonly CoverageRow[];
  /** Opens a location in the desk. */
  onOpen: (locationId: string) => void;
}

/** Locations × programs: each cell offered, not offered or neither; counts per row and per column. */
export function CoverageMatrix({ columns, counts, rows, onOpen }: CoverageMatrixProps) {
  const countsById = new Map(counts?.map((count) => [count._id, count]));
  return (
    <Card style={{ overflow: 'auto', maxHeight: '100%' }}>
      <table style={{ borderCollapse: 'separate', borderSpacing: 0 }}>
        <thead>
          <tr>
            <th scope="col" style={{ ...stickyTop, ...stickyLeft, zIndex: 3, ...cellStyle, textAlign: 'left' }}>
              <Text size={1} weight="semibold">
                Location
              </Text>
            </th>
            {columns.map((column) => (
              <th
                key={column._id}
                scope="col"
                title={column.title ?? column._id}
                style={{ ...stickyTop, ...cellStyle }}
              >
                <Text size={1} weight="semibold">
                  {column.shortName ?? column.title ?? column._id}
                </Text>
                <Box marginTop={1}>
                  <Text size={0} muted>
                    {columnLabel(countsById.get(column._id))}
                  </Text>
                </Box>
              </th>
            ))}
            <th scope="col" style={{ ...stickyTop, ...cellStyle }}>
              <Text size={1} weight="semibold">
                Row
              </Text>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = row.name ?? row._id;
            const counts = rowCounts(row, columns);
            return (
              <tr key={row._id}>
                <th scope="row" style={{ ...stickyLeft, ...cellStyle, textAlign: 'left' }}>
                  <Text size={1}>{name}</Text>
                  <Box marginTop={1}>
                    <Text size={0} muted>
                      {[row.city, row.state].filter(Boolean).join(', ')}
                      {row.status && row.status !== 'open' ? ` · ${row.status}` : ''}
                    </Text>
                  </Box>
                </th>
                {columns.map((column) => {
                  const state = cellState(row, column._id);
                  const { mark, label, tone } = CELL[state];
                  return (
                    <td key={column._id} style={cellStyle} data-state={state}>
                      <Card
                        as="button"
                        type="button"
                        tone={tone}
                        padding={2}
                        radius={2}
                        style={{ border: 0, cursor: 'pointer', width: '100%' }}
                        aria-label={`${name}: ${column.title ?? column._id} ${label}`}
                        title={`${column.title ?? column._id}: ${label}`}
                        onClick={() => onOpen(row._id)}
                      >
                        <Text size={1} align="center">
                          {mark}
                        </Text>
                      </Card>
                    </td>
                  );
                })}
                <td style={cellStyle}>
                  <Text size={1}>
                    {counts.offered} ✓ · {counts.notOffered} ✕
                  </Text>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}

function columnLabel(counts: ColumnCounts | undefined): string {
  return counts ? `${counts.offered} ✓ · ${counts.notOffered} ✕` : '…';
}
