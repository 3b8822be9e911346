import type { ContentProblem } from './problems.ts';

/** A raw document as it stands in a Sanity export. */
export type RawDocument = { _id: string; _type: string; [field: string]: unknown };

/**
 * The lines of an export. Bytes are decoded one line at a time, so a 100 MB export never becomes one string
 * (200 MB in memory once it holds a single non-ASCII character) beside its parsed documents.
 */
function* lines(input: string | Uint8Array): Generator<string> {
  if (typeof input === 'string') {
    yield* input.split('\n');
    return;
  }
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  for (let start = 0; start <= bytes.length;) {
    const newline = bytes.indexOf(10, start);
    const end = newline === -1 ? bytes.length : newline;
    yield bytes.toString('utf8', start, end);
    start = end + 1;
  }
}

/** Parses a Sanity NDJSON export; each bad line is a problem named by its line number, the rest still parse. */
export function parseNdjson(input: string | Uint8Array): { documents: RawDocument[]; problems: ContentProblem[] } {
  const documents: RawDocument[] = [];
  const problems: ContentProblem[] = [];
  let lineNumber = 0;
  for (const line of lines(input)) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const where = `line ${lineNumber}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ id: where, field: '', message: `not valid JSON (${(error as Error).message})` });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ id: where, field: '', message: 'a line must hold one JSON object (a document)' });
      continue;
    }
    const doc = value as Record<string, unknown>;
    if (typeof doc._id !== 'string' || doc._id === '') {
      problems.push({ id: where, field: '_id', message: 'the document has no _id' });
      continue;
    }
    if (typeof doc._type !== 'string' || doc._type === '') {
      problems.push({ id: doc._id, field: '_type', message: `the document (${where}) has no _type` });
      continue;
    }
    documents.push(doc as RawDocument);
  }
  return { documents, problems };
}
