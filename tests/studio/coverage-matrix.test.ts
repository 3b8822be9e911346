// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ColumnCounts, CoverageColumn, CoverageRow } from '../../sanity/tools/coverage/cells.ts';
import { CoverageMatrix } from '../../sanity/tools/coverage/CoverageMatrix.tsx';
import { renderInStudioTheme } from './render-in-studio-theme.ts';

afterEach(cleanup);

const columns: CoverageColumn[] = [
  { _id: 'program.iop', title: 'Intensive outpatient program', shortName: 'IOP' },
  { _id: 'program.detox', title: 'Withdrawal management', shortName: 'Detox' },
  { _id: 'program.php', title: 'Partial hospitalization', shortName: null },
];

const counts: ColumnCounts[] = [
  { _id: 'program.php', offered: 0, notOffered: 0 },
  { _id: 'program.iop', offered: 40, notOffered: 3 },
  { _id: 'program.detox', offered: 2, notOffered: 17 },
];

const rows: CoverageRow[] = [
  {
    _id: 'location.hawthorne',
    name: 'Hawthorne Clinic',
    status: 'open',
    city: 'Portland',
    state: 'OR',
    offered: ['program.iop'],
    notOffered: ['program.detox', 'service.yoga'],
  },
  {
    _id: 'location.boise',
    name: 'Downtown Boise Clinic',
    status: 'opening-soon',
    city: 'Boise',
    state: 'ID',
    offered: ['program.iop', 'program.detox', 'program.php'],
    notOffered: null,
  },
];

// `null`: the counts have not arrived yet.
function renderMatrix(onOpen = vi.fn(), columnCounts: ColumnCounts[] | null = counts) {
  renderInStudioTheme(createElement(CoverageMatrix, { columns, counts: columnCounts ?? undefined, rows, onOpen }));
  return onOpen;
}

describe('Coverage matrix', () => {
  test('one header per program, short name first, with its counts over all pages', () => {
    renderMatrix();
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual([
      'Location',
      'IOP40 ✓ · 3 ✕',
      'Detox2 ✓ · 17 ✕',
      'Partial hospitalization0 ✓ · 0 ✕',
      'Row',
    ]);
  });

  test('the rows show before the column counts arrive', () => {
    renderMatrix(vi.fn(), null);
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Location', 'IOP…', 'Detox…', 'Partial hospitalization…', 'Row']);
    expect(screen.getAllByRole('row')).toHaveLength(rows.length + 1);
  });

  test('each cell says offered, not offered or neither; a service in notOffered is no column', () => {
    renderMatrix();
    const hawthorne = screen.getByRole('row', { name: /Hawthorne Clinic/ });
    const cells = within(hawthorne)
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-label'));
    expect(cells).toEqual([
      'Hawthorne Clinic: Intensive outpatient program offered',
      'Hawthorne Clinic: Withdrawal management not offered',
      'Hawthorne Clinic: Partial hospitalization neither offered nor listed as not offered',
    ]);
  });

  test('each row counts its offered and not offered programs; a status other than open is shown', () => {
    renderMatrix();
    expect(screen.getByRole('row', { name: /Hawthorne Clinic/ }).textContent).toContain('1 ✓ · 1 ✕');
    const boise = screen.getByRole('row', { name: /Downtown Boise Clinic/ });
    expect(boise.textContent).toContain('3 ✓ · 0 ✕');
    expect(boise.textContent).toContain('Boise, ID · opening-soon');
  });

  test('selecting a cell opens that location', () => {
    const onOpen = renderMatrix();
    fireEvent.click(screen.getByRole('button', { name: 'Downtown Boise Clinic: Withdrawal management offered' }));
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('location.boise');
  });

  test('the header row and the location column stay in place when scrolling', () => {
    renderMatrix();
    for (const header of screen.getAllByRole('columnheader')) expect(header.style.position).toBe('sticky');
    for (const header of screen.getAllByRole('rowheader')) {
      expect(header.style.position).toBe('sticky');
      expect(header.style.left).toBe('0px');
    }
  });
});
