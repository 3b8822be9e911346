/**
 * The "Service Code Reference" sheets: what each code in `service_code_info` means, and which of them
 * become `service` documents (see mapping.ts).
 */
import type { ServiceCategory } from '../../src/domain/vocabulary.ts';
import { readTable } from './csv.ts';
import {
  CATEGORY_OVERRIDES,
  DROP_DESCRIPTION,
  GROUP_PROGRAM_CATEGORY,
  GROUP_PROGRAM_PREFIX,
  NOT_A_SERVICE,
  PROGRAM_BY_CODE,
  SERVICE_ALIASES,
  SERVICE_CATEGORY_BY_LEGEND,
} from './mapping.ts';
import { GROUP_PROGRAM_PREFIX_ES, SERVICE_NAMES_ES } from './spanish-names.ts';

export const LEGEND_COLUMNS = ['category_code', 'category_name', 'service_code', 'service_name', 'service_description'];

export interface LegendEntry {
  code: string;
  legendCategory: string;
  name: string;
  description: string;
  /** Sort position: legend categories in order of first appearance, codes in legend order within them. */
  order: number;
}

/** Codes by code; a code in two legends keeps its first entry (the 2022 legends agree on shared codes). */
export type Legend = Map<string, LegendEntry>;

/** Whitespace runs (the legend has double spaces, trailing spaces and line breaks) become one space. */
export const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Adds one legend file's codes to `legend`; returns its row count and the codes an earlier file defines otherwise. */
export function addLegend(legend: Legend, text: string, file: string): { rows: number; conflicts: string[] } {
  const conflicts: string[] = [];
  const categoryRank = new Map<string, number>();
  for (const entry of legend.values())
    if (!categoryRank.has(entry.legendCategory)) categoryRank.set(entry.legendCategory, categoryRank.size);
  const { rows } = readTable(text, file, LEGEND_COLUMNS);
  for (const { values } of rows) {
    const code = tidy(values.service_code ?? '');
    if (!code) continue;
    const legendCategory = tidy(values.category_code ?? '');
    if (!categoryRank.has(legendCategory)) categoryRank.set(legendCategory, categoryRank.size);
    const entry: LegendEntry = {
      code,
      legendCategory,
      name: tidy(values.service_name ?? ''),
      description: tidy(values.service_description ?? ''),
      order: categoryRank.get(legendCategory)! * 10_000 + legend.size,
    };
    const earlier = legend.get(code);
    if (!earlier) legend.set(code, entry);
    else if (earlier.name !== entry.name || earlier.legendCategory !== entry.legendCategory) conflicts.push(code);
  }
  return { rows: rows.length, conflicts };
}

export interface ServiceSpec {
  code: string;
  title: string;
  /** From spanish-names.ts; absent for a code it does not know. */
  title_es?: string;
  category: ServiceCategory;
  description?: string;
  aliases: string[];
  order: number;
}

/**
 * The service a code becomes, or `undefined` when the code is not a service (see mapping.ts): a level of
 * care's code is its program, never a service too.
 */
export function serviceFor(entry: LegendEntry): ServiceSpec | undefined {
  if (PROGRAM_BY_CODE.has(entry.code)) return undefined;
  const legendCategory = SERVICE_CATEGORY_BY_LEGEND[entry.legendCategory];
  if (!legendCategory || NOT_A_SERVICE.has(entry.code)) return undefined;
  if (entry.legendCategory === 'EXCL' && entry.code !== 'DU') return undefined;
  const category: ServiceCategory = CATEGORY_OVERRIDES[entry.code] ?? legendCategory;
  const group = entry.legendCategory === GROUP_PROGRAM_CATEGORY;
  const title = group ? `${GROUP_PROGRAM_PREFIX}${entry.name}` : entry.name;
  const name_es = SERVICE_NAMES_ES[entry.code];
  const description = DROP_DESCRIPTION.has(entry.code) ? '' : entry.description;
  return {
    code: entry.code,
    title,
    ...(name_es && { title_es: group ? `${GROUP_PROGRAM_PREFIX_ES}${name_es}` : name_es }),
    category,
    ...(description && { description }),
    aliases: [...(SERVICE_ALIASES[entry.code] ?? [])],
    order: entry.order,
  };
}
