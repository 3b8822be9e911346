import type { ContentProblem } from './problems.ts';

/** A raw document as it stands in a Sanity export. */
export type RawDocument = { _id: string; _type: string; [field: string]: unknown };

/** Parses a Sanity NDJSON export; each bad line is a problem named by its line number, the rest still parse. */
export function parseNdjson(text: string): { documents: RawDocument[]; problems: ContentProblem[] } {
  const documents: RawDocument[] = [];
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ id: where, field: '', message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ id: where, field: '', message: 'a line must hold one JSON object (a document)' });
      return;
    }
    const doc = value as Record<string, unknown>;
    if (typeof doc._id !== 'string' || doc._id === '') {
      problems.push({ id: where, field: '_id', message: 'the document has no _id' });
      return;
    }
    if (typeof doc._type !== 'string' || doc._type === '') {
      problems.push({ id: doc._id, field: '_type', message: `the document (${where}) has no _type` });
      return;
    }
    documents.push(doc as RawDocument);
  });
  return { documents, problems };
}
