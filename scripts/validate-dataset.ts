/**
 * Validates every document of an NDJSON export with the Studio's own rules, offline.
 *
 *   cd sanity && sanity exec ../scripts/validate-dataset.ts -- [file.ndjson]   (npm run dataset:validate)
 *
 * The file defaults to sanity/dataset/directory.ndjson; a relative path is taken from where npm was run
 * (INIT_CWD), else from the current folder.
 * Custom rules and slug uniqueness query the Content Lake, so the documents are served by a local stand-in
 * (scripts/lib/local-content-lake.ts). On top, it checks what Sanity's validation skips: array item `_key`s,
 * `_id` form and uniqueness. Prints `<_id> <field path>: <message>` per problem; exits 1 on any error,
 * warnings are printed but pass.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@sanity/client';
import {
  validateDocument,
  validateDocumentWithWorkspace,
  validationMarkerCodes,
  type DocumentValidationMarker,
} from '@sanity/validation';
import { getFallbackLocaleSource } from '@sanity/validation/_internal';
import { createSchema, type SanityDocument } from 'sanity';
import { idProblems, keyProblems } from '../sanity/lib/dataset-shape.ts';
import { API_VERSION } from '../sanity/lib/validation.ts';
import { schemaTypes } from '../sanity/schemaTypes/index.ts';
import { BUNDLED_DATASET } from '../src/content-source/config.ts';
import { parseNdjson, type RawDocument } from '../src/content-source/ndjson.ts';
import { startLocalContentLake } from './lib/local-content-lake.ts';

const DEFAULT_FILE = fileURLToPath(new URL(`../${BUNDLED_DATASET}`, import.meta.url));
// Enough to keep the local server busy without piling up thousands of pending queries.
const CONCURRENCY = 16;

interface Problem {
  id: string;
  path: string;
  message: string;
  level: 'error' | 'warning' | 'info';
}

// npm runs the script from sanity/; INIT_CWD is where the user typed `npm run dataset:validate -- file`.
const file = process.argv[2] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : DEFAULT_FILE;
const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
  console.error(`Cannot read ${file}: ${error.code ?? error.message}`);
  process.exit(2);
});
const { documents, problems: parseProblems } = parseNdjson(text);

// The same type list sanity.config.ts gives the Studio, compiled the same way.
const schema = createSchema({ name: 'default', types: schemaTypes });
const problems: Problem[] = [
  ...parseProblems.map(({ id, field, message }) => ({ id, path: field, message, level: 'error' as const })),
  ...idProblems(documents).map((problem) => ({ ...problem, level: 'error' as const })),
];

const lake = await startLocalContentLake({ documents });
try {
  const client = createClient({
    apiHost: lake.url,
    useProjectHostname: false,
    useCdn: false,
    projectId: lake.projectId,
    dataset: lake.dataset,
    apiVersion: API_VERSION,
  });
  const workspace = { schema, getClient: () => client, i18n: getFallbackLocaleSource() };
  // Reference checks ask whether the target is published; the file answers that without a round trip.
  const publishedIds = new Set(documents.map((doc) => doc._id).filter((id) => !id.startsWith('drafts.')));
  const getDocumentExists = async ({ id }: { id: string }) => publishedIds.has(id);

  /** Everything wrong with one document: its keys, then the schema's rules. */
  const validate = async (document: RawDocument): Promise<Problem[]> => {
    // Sanity would skip a document of unknown type with a console note; here it is an error.
    if (schema.get(document._type)?.type?.name !== 'document') {
      const message = `"${document._type}" is not a document type of the schema`;
      return [{ id: document._id, path: '_type', message, level: 'error' }];
    }
    const doc = document as SanityDocument;
    // validateDocument() runs as the CLI, and there @sanity/validation 6.16 turns every rule on an object-typed
    // value (a required phone, a slug's custom rule) into a warning as it adds its unknown-field check. So the
    // rules run as in the Studio, then a CLI pass without custom rules contributes the unknown fields only.
    const markers = await validateDocumentWithWorkspace({
      document: doc,
      workspace,
      environment: 'studio',
      getDocumentExists,
    });
    const unknownFields = (await validateDocument({ document: doc, schema, getDocumentExists })).markers.filter(
      (marker) => marker.code === validationMarkerCodes.objectUnknownField,
    );
    return [
      ...keyProblems(document).map((problem) => ({ ...problem, level: 'error' as const })),
      ...[...markers, ...unknownFields].map((marker) => fromMarker(document._id, marker)),
    ];
  };
  problems.push(...(await mapLimit(documents, CONCURRENCY, validate)).flat());
} finally {
  await lake.close();
}

for (const { id, path: at, message, level } of problems)
  console.log(`${id} ${at || '(document)'}: ${level === 'error' ? '' : `${level}: `}${message}`);
const errors = problems.filter((problem) => problem.level === 'error').length;
const shown = path.relative(process.cwd(), file);
console.log(
  `${shown.startsWith('..') ? file : shown}: ${documents.length} documents, ${errors} errors, ${problems.length - errors} warnings`,
);
process.exitCode = errors > 0 ? 1 : 0;

/** A validation marker as one printable problem. */
function fromMarker(id: string, marker: DocumentValidationMarker): Problem {
  return { id, path: pathToString(marker.path), message: marker.message, level: marker.level };
}

/** A path as Sanity prints it: `hours[_key=="a"].opens`, `programs[2]`. */
function pathToString(segments: DocumentValidationMarker['path']): string {
  return segments.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    if (typeof segment === 'string') return out ? `${out}.${segment}` : segment;
    if (Array.isArray(segment)) return `${out}[${segment.join(':')}]`;
    return `${out}[_key=="${segment._key}"]`;
  }, '');
}

/** `Promise.all` over `items` with at most `limit` calls in flight, results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
