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
import { idProblems, keyProblems } from '../sanity/lib/dataset-shape.ts';
import { BUNDLED_DATASET } from '../src/content-source/config.ts';
import { parseNdjson } from '../src/content-source/ndjson.ts';
import { isDocumentType, pathToString, validateWithStudio } from './lib/studio-validation.ts';

const DEFAULT_FILE = fileURLToPath(new URL(`../${BUNDLED_DATASET}`, import.meta.url));

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

const problems: Problem[] = [
  ...parseProblems.map(({ id, field, message }) => ({ id, path: field, message, level: 'error' as const })),
  ...idProblems(documents).map((problem) => ({ ...problem, level: 'error' as const })),
  // Sanity would skip a document of unknown type with a console note; here it is an error.
  ...documents
    .filter((document) => !isDocumentType(document._type))
    .map((document) => ({
      id: document._id,
      path: '_type',
      message: `"${document._type}" is not a document type of the schema`,
      level: 'error' as const,
    })),
  ...documents.flatMap((document) => keyProblems(document).map((problem) => ({ ...problem, level: 'error' as const }))),
  ...(await validateWithStudio(documents)).map(({ id, marker }) => ({
    id,
    path: pathToString(marker.path),
    message: marker.message,
    level: marker.level,
  })),
];

for (const { id, path: at, message, level } of problems)
  console.log(`${id} ${at || '(document)'}: ${level === 'error' ? '' : `${level}: `}${message}`);
const errors = problems.filter((problem) => problem.level === 'error').length;
const shown = path.relative(process.cwd(), file);
console.log(
  `${shown.startsWith('..') ? file : shown}: ${documents.length} documents, ${errors} errors, ${problems.length - errors} warnings`,
);
process.exitCode = errors > 0 ? 1 : 0;
