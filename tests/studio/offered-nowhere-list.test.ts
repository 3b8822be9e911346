// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OfferedNowhereList } from '../../sanity/desk/OfferedNowhereList.tsx';
import type { OFFERED_NOWHERE_QUERY_RESULT } from '../../src/content-source/sanity.types.ts';
import { renderInStudioTheme } from './render-in-studio-theme.ts';

afterEach(cleanup);

const items: OFFERED_NOWHERE_QUERY_RESULT = [
  { _id: 'program.detox', _type: 'program', title: 'Withdrawal management', orgWideNote: true },
  { _id: 'service.ect', _type: 'service', title: 'Electroconvulsive therapy', orgWideNote: false },
];

describe('Offered nowhere list', () => {
  test('each item with its kind and whether an organisation-wide note exists', () => {
    renderInStudioTheme(createElement(OfferedNowhereList, { items, onOpen: vi.fn() }));
    const rows = screen.getAllByTestId('offered-nowhere-item').map((row) => row.textContent);
    expect(rows).toEqual([
      'Withdrawal managementProgramOrganisation-wide note',
      'Electroconvulsive therapyServiceNo organisation-wide note',
    ]);
  });

  test('selecting an item opens it', () => {
    const onOpen = vi.fn();
    renderInStudioTheme(createElement(OfferedNowhereList, { items, onOpen }));
    fireEvent.click(screen.getByRole('link', { name: 'Electroconvulsive therapy' }));
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(items[1]);
  });

  test('says so when everything is offered somewhere', () => {
    renderInStudioTheme(createElement(OfferedNowhereList, { items: [], onOpen: vi.fn() }));
    expect(screen.getByText('Every program and service is offered at an open location.')).toBeTruthy();
  });
});
