/**
 * The importer as a function: reads SAMHSA facility and legend CSVs (and optionally a geocoded copy),
 * returns the dataset as NDJSON plus a report. No clock, no randomness: the same input gives the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LatLng } from '../../src/domain/geo.ts';
import { US_STATE } from '../../src/domain/vocabulary.ts';
import { readTable } from './csv.ts';
import { locationDoc, programDoc, createCodeReader, serviceDoc, settingsDoc, type LocationFacts } from './documents.ts';
import {
  checkRow,
  FACILITY_COLUMNS,
  matchesOrg,
  type Facility,
  type RowProblem,
  type SkipReason,
} from './facilities.ts';
import { identityOf, kilometres, readGeoFile, rowIdFor, zipCentroid, type GeoFile } from './geo.ts';
import { addLegend, serviceFor, tidy, type Legend, type ServiceSpec } from './legend.ts';
import { PROGRAMS, type ProgramSpec } from './mapping.ts';
import { mergeFacilities, type Group } from './merge.ts';
import { slugify, toNdjson, type SanityDocument } from './output.ts';
import { timeZoneFor } from './time-zone.ts';

export interface ImportOptions {
  /** Facility files, and legend files if they are not beside them (told apart by their header). */
  inputs: string[];
  org?: string;
  state?: string;
  geo?: string;
  /** `lastReviewed` of every location; default: 1 January of the year in the input file names. */
  reviewed?: string;
  reportEmail?: string;
  /** Called with a line of progress now and then (the CLI prints it to stderr). */
  onProgress?: (message: string) => void;
  progressEvery?: number;
}

export interface ImportReport {
  inputs: { file: string; kind: 'facilities' | 'legend'; label?: string; rows: number }[];
  rowsRead: number;
  rowsSelected: number;
  locationsWritten: number;
  /** Locations made of rows from more than one file. */
  merged: number;
  /** Rows sharing a merge key with another row of the same file (kept as separate locations). */
  sameFileDuplicates: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** Every problem of every skipped row, by file and row. */
  badRows: RowProblem[];
  unknownCodes: Record<string, number>;
  servicesCreated: number;
  programsCreated: number;
  geo: {
    fromFile: number;
    fromZipCentroid: number;
    none: number;
    /** Locations without coordinates (distance features skip them). */
    withoutCoordinates: { id: string; zip: string; state: string }[];
    /** Geocodes more than 50 km from their ZIP's centroid: kept, but worth a look. */
    farFromZip: { id: string; zip: string; km: number }[];
    geoFileRows?: number;
    geoFileMatched?: { byRowId: number; byContent: number };
  };
  organizationName: string;
  lastReviewed: string;
}

export interface ImportResult {
  documents: SanityDocument[];
  ndjson: string;
  report: ImportReport;
}

const DEFAULT_EMAIL = 'listings@example.org';
const FAR_KM = 50;

/** Runs the whole import in memory. Throws (with the file named) on input it cannot read at all. */
export function importSamhsa(options: ImportOptions): ImportResult {
  const progress = options.onProgress ?? (() => {});
  const every = options.progressEvery ?? 5000;
  const report: ImportReport = {
    inputs: [],
    rowsRead: 0,
    rowsSelected: 0,
    locationsWritten: 0,
    merged: 0,
    sameFileDuplicates: 0,
    skipped: {},
    badRows: [],
    unknownCodes: {},
    servicesCreated: 0,
    programsCreated: 0,
    geo: { fromFile: 0, fromZipCentroid: 0, none: 0, withoutCoordinates: [], farFromZip: [] },
    organizationName: '',
    lastReviewed: '',
  };

  // 1. Inputs: facility files, their legends (given, or found beside them), labels MH / SA.
  const legend: Legend = new Map();
  const facilityFiles: { file: string; label: string; text: string }[] = [];
  /** Legend files by resolved path, each once, with the text when it was already read as an --input. */
  const legendFiles = new Map<string, string | undefined>();
  for (const file of options.inputs) {
    const text = read(file);
    const header = firstLine(text);
    if (header.includes('service_code_info')) facilityFiles.push({ file, label: '', text });
    else if (header.includes('service_code')) legendFiles.set(path.resolve(file), text);
    else throw new Error(`${file}: neither a facilities file (service_code_info column) nor a service code legend`);
  }
  if (facilityFiles.length === 0) throw new Error('no facilities file among the --input files');
  for (const f of facilityFiles) {
    const beside = f.file.replace(/_facilities(\.csv)$/i, '_service_codes$1');
    if (beside !== f.file && existsSync(beside) && !legendFiles.has(path.resolve(beside)))
      legendFiles.set(path.resolve(beside), undefined);
  }
  if (legendFiles.size === 0)
    throw new Error(
      'no service code legend: put *_service_codes.csv beside the *_facilities.csv files, or pass it with --input',
    );
  for (const [file, text] of legendFiles) {
    const { conflicts, rows } = addLegend(legend, text ?? read(file), file);
    if (conflicts.length > 0)
      throw new Error(`${file}: codes ${conflicts.join(', ')} mean something else in another legend`);
    report.inputs.push({ file, kind: 'legend', rows });
    if (rows === 0) throw new Error(`${file}: the legend has no codes`);
  }
  labelSources(facilityFiles);

  const year = options.reviewed
    ? undefined
    : /(?:^|\D)(20\d\d)(?:\D|$)/.exec(facilityFiles.map((f) => path.basename(f.file)).join(' '))?.[1];
  const lastReviewed = options.reviewed ?? (year ? `${year}-01-01` : undefined);
  if (!lastReviewed || !/^\d{4}-\d{2}-\d{2}$/.test(lastReviewed) || Number.isNaN(Date.parse(lastReviewed)))
    throw new Error('give --reviewed YYYY-MM-DD: no data year in the file names to date the listings by');
  report.lastReviewed = lastReviewed;
  const state = options.state?.trim().toUpperCase();
  if (state !== undefined && !(state in US_STATE)) throw new Error(`--state ${options.state}: not a US state code`);

  // 2. Rows: select, check, collect.
  const facilities: Facility[] = [];
  const skip = (problems: RowProblem[]) => {
    const reason = problems[0]!.reason;
    report.skipped[reason] = (report.skipped[reason] ?? 0) + 1;
    report.badRows.push(...problems);
  };
  facilityFiles.forEach(({ file, label, text }, sourceIndex) => {
    const table = readTable(text, file, FACILITY_COLUMNS);
    report.inputs.push({ file, kind: 'facilities', label, rows: table.rows.length });
    table.rows.forEach(({ row, values }, index) => {
      report.rowsRead++;
      if (report.rowsRead % every === 0) progress(`read ${report.rowsRead.toLocaleString('en-US')} rows`);
      if (options.org && !matchesOrg(values.name1 ?? '', options.org)) return;
      if (state && (values.state ?? '').trim() !== state) return;
      report.rowsSelected++;
      const result = checkRow(values, { file, source: label, sourceIndex, row, dataIndex: index + 1 });
      if ('problems' in result) skip(result.problems);
      else facilities.push(result.facility);
    });
  });
  progress(`read ${report.rowsRead.toLocaleString('en-US')} rows, ${facilities.length.toLocaleString('en-US')} usable`);
  for (const f of facilities)
    for (const code of f.codes) if (!legend.has(code)) report.unknownCodes[code] = (report.unknownCodes[code] ?? 0) + 1;

  // 3. Geocodes from --geo, matched to the rows they copy.
  if (options.geo) attachGeocodes(facilities, readGeoFile(read(options.geo), options.geo), report);

  // 4. Merge MH + SA listings of one facility.
  const { groups, sameFileDuplicates } = mergeFacilities(facilities);
  report.merged = groups.filter((g) => g.rows.length > 1).length;
  report.sameFileDuplicates = sameFileDuplicates;
  progress(`merged into ${groups.length.toLocaleString('en-US')} locations (${report.merged} listed in both files)`);

  // 5. Services: every legend code that is a service (level-of-care codes are programs instead).
  const serviceSpecs = new Map<string, ServiceSpec>();
  for (const entry of legend.values()) {
    const spec = serviceFor(entry);
    if (spec) serviceSpecs.set(entry.code, spec);
  }
  const serviceSlugs = assignServiceSlugs(serviceSpecs);

  // 6. Locations.
  const readCodes = createCodeReader(
    serviceSpecs,
    (code) => legend.get(code)?.legendCategory,
    (code) => legend.get(code)?.name,
  );
  const facts = groups.map((group) => locationFacts(group, readCodes));
  const slugs = assignLocationSlugs(groups, facts);
  const offeredPrograms = PROGRAMS.filter((p) => facts.some((f) => f.programs.includes(p)));
  const usedServices = new Set<string>();
  for (const f of facts) for (const code of f.services) usedServices.add(code);

  const documents: SanityDocument[] = [];
  for (const [code, spec] of serviceSpecs)
    if (usedServices.has(code)) documents.push(serviceDoc(spec, serviceSlugs.get(code)!));
  report.servicesCreated = documents.length;
  // Every level of care, offered or not: "not offered" entries point at the program (detox included).
  for (const program of PROGRAMS) documents.push(programDoc(program));
  report.programsCreated = PROGRAMS.length;

  const locations = facts.map((f, i) => {
    const notOffered = offeredPrograms.filter((p) => !f.programs.includes(p));
    return locationDoc(f, slugs[i]!, notOffered, lastReviewed);
  });
  documents.push(...locations);
  report.locationsWritten = locations.length;
  facts.forEach((f, i) => {
    const id = locations[i]!._id;
    if (f.geo) {
      if (groups[i]!.rows.some((r) => r.geo)) report.geo.fromFile++;
      else report.geo.fromZipCentroid++;
      const centroid = zipCentroid(f.address.zip);
      const km = centroid && kilometres(f.geo, centroid);
      if (km !== undefined && km > FAR_KM && groups[i]!.rows.some((r) => r.geo))
        report.geo.farFromZip.push({ id, zip: f.address.zip, km: Math.round(km) });
    } else report.geo.withoutCoordinates.push({ id, zip: f.address.zip, state: f.address.state });
  });
  report.geo.none = report.geo.withoutCoordinates.length;
  report.geo.withoutCoordinates.sort((a, b) => (a.id < b.id ? -1 : 1));
  report.geo.farFromZip.sort((a, b) => (a.id < b.id ? -1 : 1));

  // 7. Site settings.
  const organizationName = options.org?.trim() || `SAMHSA national directory (${lastReviewed.slice(0, 4)})`;
  report.organizationName = organizationName;
  const first = [...locations].sort((a, b) => (a._id < b._id ? -1 : 1))[0];
  const firstFacts = first && facts[locations.indexOf(first)];
  const admissionsPhone = firstFacts && (firstFacts.admissionsPhone ?? firstFacts.mainPhone);
  if (!admissionsPhone)
    throw new Error(
      `no location to import${options.org ? ` for --org "${options.org}"` : ''}${state ? ` in ${state}` : ''}: nothing written`,
    );
  documents.push(
    settingsDoc({
      organizationName,
      admissionsPhone,
      reportProblemEmail: options.reportEmail ?? DEFAULT_EMAIL,
      notOffered: PROGRAMS.filter((p) => !offeredPrograms.includes(p)),
    }),
  );

  const ndjson = toNdjson(documents);
  progress(`built ${documents.length.toLocaleString('en-US')} documents`);
  return { documents, ndjson, report };
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, {
      cause: error,
    });
  }
}

const firstLine = (text: string) => text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);

/** `MH` / `SA` from SAMHSA's file names; otherwise the file name itself. Labels must differ. */
function labelSources(files: { file: string; label: string }[]) {
  const seen = new Set<string>();
  for (const f of files) {
    const name = path.basename(f.file).replace(/\.csv$/i, '');
    const label = /(?:^|[^A-Za-z])(MH|SA)(?:[^A-Za-z]|$)/.exec(name)?.[1] ?? name;
    if (seen.has(label)) throw new Error(`${f.file}: two inputs are both the ${label} file`);
    seen.add(label);
    f.label = label;
  }
}

/**
 * A geocoded copy of a facilities file names each row `MH-00001` (label, data row number). A row is matched
 * by that id when the id leads to a row with the same facility columns, else by those columns alone.
 */
function attachGeocodes(facilities: Facility[], geo: GeoFile, report: ImportReport) {
  let byRowId = 0;
  let byContent = 0;
  for (const facility of facilities) {
    const identity = identityOf(facility.raw);
    const byId = geo.byRowId.get(rowIdFor(facility.source, facility.dataIndex));
    let point: LatLng | undefined;
    if (byId && byId.identity === identity) {
      byRowId++;
      point = byId.point;
    } else if (geo.byIdentity.has(identity)) {
      byContent++;
      point = geo.byIdentity.get(identity);
    }
    if (point) facility.geo = point;
  }
  report.geo.geoFileRows = geo.rows;
  report.geo.geoFileMatched = { byRowId, byContent };
}

function locationFacts(group: Group, readCodes: ReturnType<typeof createCodeReader>): LocationFacts {
  const primary = group.rows[0]!;
  const codes = new Set(group.rows.flatMap((r) => r.codes));
  const read = readCodes(codes);
  return {
    name: primary.name2 ? `${primary.name1} – ${primary.name2}` : primary.name1,
    address: {
      street1: primary.street1,
      street2: primary.street2,
      city: primary.city,
      state: primary.state,
      zip: primary.zip,
    },
    geo: geoFor(group),
    timeZone: timeZoneFor(primary.state, primary.zip)!,
    // The primary row's phones; a number it lacks comes from the other file's row (union, like the codes).
    mainPhone: group.rows.find((r) => r.mainPhone)?.mainPhone,
    admissionsPhone: group.rows.find((r) => r.admissionsPhone)?.admissionsPhone,
    codes,
    ...read,
  };
}

function geoFor(group: Group): LatLng | undefined {
  return group.rows.find((r) => r.geo)?.geo ?? zipCentroid(group.rows[0]!.zip);
}

/**
 * Service slugs from their titles; where two services of the legend share a title, both get their code
 * appended. Decided over the whole legend, so a service keeps its slug whatever subset is imported.
 */
function assignServiceSlugs(specs: Map<string, ServiceSpec>): Map<string, string> {
  const count = new Map<string, number>();
  const base = new Map<string, string>();
  for (const [code, spec] of specs) {
    const slug = slugify(tidy(spec.title)) || code.toLowerCase();
    base.set(code, slug);
    count.set(slug, (count.get(slug) ?? 0) + 1);
  }
  const slugs = new Map<string, string>();
  for (const [code, slug] of base) slugs.set(code, count.get(slug)! > 1 ? `${slug}-${code.toLowerCase()}` : slug);
  return slugs;
}

/**
 * Location slugs: name and city; on a collision the listings are ordered by address, phone and source row
 * and the second gets `-2`, the third `-3`… Only listings with the same name and city can collide, so a
 * slug does not change when unrelated facilities come and go.
 */
function assignLocationSlugs(groups: Group[], facts: LocationFacts[]): string[] {
  const bySlug = new Map<string, number[]>();
  facts.forEach((f, i) => {
    const slug = slugify(`${f.name} ${f.address.city}`) || 'location';
    const list = bySlug.get(slug);
    if (list) list.push(i);
    else bySlug.set(slug, [i]);
  });
  const slugs: string[] = new Array(facts.length);
  const taken = new Set(bySlug.keys());
  for (const [slug, members] of bySlug) {
    const order = members
      .map((i) => ({ i, sortKey: sortKeyOf(groups[i]!, facts[i]!) }))
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    order.forEach(({ i }, n) => {
      if (n === 0) {
        slugs[i] = slug;
        return;
      }
      let suffix = n + 1;
      while (taken.has(`${slug}-${suffix}`)) suffix++;
      taken.add(`${slug}-${suffix}`);
      slugs[i] = `${slug}-${suffix}`;
    });
  }
  return slugs;
}

function sortKeyOf(group: Group, f: LocationFacts): string {
  const r = group.rows[0]!;
  return [
    f.address.state,
    f.address.zip,
    f.address.street1.toLowerCase(),
    f.address.street2.toLowerCase(),
    f.mainPhone?.number ?? '',
    f.mainPhone?.extension ?? '',
    f.admissionsPhone?.number ?? '',
    r.source,
    String(r.row).padStart(8, '0'),
  ].join('\u0001');
}

export type { ProgramSpec };
