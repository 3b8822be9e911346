/**
 * Facility rows: selection by organisation and state, the checks that make a row unusable (reported with
 * its row and column, never patched), and the cleaned facility the merge step works with.
 */
import { US_STATE } from '../../src/domain/vocabulary.ts';
import type { LatLng } from '../../src/domain/geo.ts';
import { parsePhone, type ParsedPhone } from './phone.ts';

export const FACILITY_COLUMNS = [
  'name1',
  'name2',
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'phone',
  'intake1',
  'service_code_info',
] as const;

/** A facility row that passed the checks, its text trimmed (never otherwise changed). */
export interface Facility {
  /** Label of the file it came from (`MH`, `SA`, or the file name) and that file's place among the inputs. */
  source: string;
  sourceIndex: number;
  /** Row in the file, the header being row 1. */
  row: number;
  /** 1-based position among the file's data rows: what a geocoded copy's `facility_row_id` counts. */
  dataIndex: number;
  name1: string;
  name2: string;
  street1: string;
  street2: string;
  city: string;
  state: string;
  zip: string;
  mainPhone?: ParsedPhone;
  admissionsPhone?: ParsedPhone;
  codes: string[];
  /** The raw row, to match a geocoded copy of the file. */
  raw: Record<string, string>;
  geo?: LatLng;
}

export type SkipReason =
  'empty-name' | 'no-phone' | 'unparseable-phone' | 'unknown-state' | 'bad-zip' | 'empty-address';

/** One reason a row was skipped. A row may have several; it is counted under its first. */
export interface RowProblem {
  file: string;
  row: number;
  column: string;
  reason: SkipReason;
  value: string;
  message: string;
}

/** Checks one row; returns the facility, or every problem that makes it unusable. */
export function checkRow(
  values: Record<string, string>,
  where: { file: string; source: string; sourceIndex: number; row: number; dataIndex: number },
): { facility: Facility } | { problems: RowProblem[] } {
  const text = (column: string) => (values[column] ?? '').trim();
  const problems: RowProblem[] = [];
  const problem = (column: string, reason: SkipReason, message: string) =>
    problems.push({ file: where.file, row: where.row, column, reason, value: values[column] ?? '', message });

  const name1 = text('name1');
  if (!name1) problem('name1', 'empty-name', 'the facility has no name');
  const state = text('state');
  if (!(state in US_STATE)) problem('state', 'unknown-state', `"${state}" is not a US state or territory code`);
  const zip = text('zip');
  if (!/^\d{5}(-\d{4})?$/.test(zip))
    problem('zip', 'bad-zip', `"${zip}" is not a 5-digit ZIP code (a lost leading zero is not restored)`);
  for (const column of ['street1', 'city'])
    if (!text(column)) problem(column, 'empty-address', `the address has no ${column === 'city' ? 'city' : 'street'}`);

  const phones: Partial<Record<'phone' | 'intake1', ParsedPhone>> = {};
  for (const column of ['phone', 'intake1'] as const) {
    const cell = text(column);
    if (!cell) continue;
    const parsed = parsePhone(cell, state);
    if ('problem' in parsed) problem(column, 'unparseable-phone', parsed.problem);
    else phones[column] = parsed.phone;
  }
  if (!text('phone') && !text('intake1'))
    problem('phone', 'no-phone', 'the facility has no phone number (neither phone nor intake1)');

  if (problems.length > 0) return { problems };
  return {
    facility: {
      source: where.source,
      sourceIndex: where.sourceIndex,
      row: where.row,
      dataIndex: where.dataIndex,
      name1,
      name2: text('name2'),
      street1: text('street1'),
      street2: text('street2'),
      city: text('city'),
      state,
      zip,
      ...(phones.phone && { mainPhone: phones.phone }),
      ...(phones.intake1 && { admissionsPhone: phones.intake1 }),
      codes: text('service_code_info')
        .split(/\s+/)
        .filter((code) => code !== '' && code !== '*'),
      raw: values,
    },
  };
}

/** Organisation names compared without case, punctuation or a trailing legal form ("Inc", "LLC"…). */
export function normalizeOrg(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}

const LEGAL_FORMS = new Set(['inc', 'incorporated', 'llc', 'pllc', 'llp', 'corp', 'corporation', 'co', 'ltd', 'pc']);

/** SAMHSA cuts text at 38 characters; a name that long may be the start of the organisation's full name. */
export const TRUNCATED_LENGTH = 38;

/** Whether a facility's `name1` is the organisation `--org` names (see normalizeOrg; truncation allowed). */
export function matchesOrg(name1: string, org: string): boolean {
  const a = normalizeOrg(name1);
  const b = normalizeOrg(org);
  if (a === b) return true;
  return name1.trim().length >= TRUNCATED_LENGTH && a.length > 0 && b.startsWith(a);
}
