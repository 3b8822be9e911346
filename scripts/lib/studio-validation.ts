/**
 * Runs documents through the Studio's own validation, offline: the compiled schema, every rule as the
 * Studio runs it, and a client pointed at a local Content Lake stand-in that holds the same documents, so
 * custom rules that query (slug uniqueness, references, names) get real answers.
 */
import { createClient } from '@sanity/client';
import {
  validateDocument,
  validateDocumentWithWorkspace,
  validationMarkerCodes,
  type DocumentValidationMarker,
} from '@sanity/validation';
import { getFallbackLocaleSource } from '@sanity/validation/_internal';
import { createSchema, type SanityDocument } from 'sanity';
import { API_VERSION } from '../../sanity/lib/validation.ts';
import { schemaTypes } from '../../sanity/schemaTypes/index.ts';
import type { RawDocument } from '../../src/content-source/ndjson.ts';
import { startLocalContentLake } from './local-content-lake.ts';

// Enough to keep the local server busy without piling up thousands of pending queries.
const CONCURRENCY = 16;

/** One marker of one document. */
export interface StudioMarker {
  id: string;
  marker: DocumentValidationMarker;
}

/** The same type list sanity.config.ts gives the Studio, compiled the same way. */
export const studioSchema = createSchema({ name: 'default', types: schemaTypes });

/**
 * Every validation marker of every document of a known document type, in document order. `documents` is the
 * whole dataset (published and drafts): the Studio's queries see it all, as they would in the Content Lake.
 */
export async function validateWithStudio(
  documents: readonly RawDocument[],
  only: (document: RawDocument) => boolean = () => true,
): Promise<StudioMarker[]> {
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
    const workspace = { schema: studioSchema, getClient: () => client, i18n: getFallbackLocaleSource() };
    // Reference checks ask whether the target is published; the file answers that without a round trip.
    const publishedIds = new Set(documents.map((doc) => doc._id).filter((id) => !id.startsWith('drafts.')));
    const getDocumentExists = async ({ id }: { id: string }) => publishedIds.has(id);

    const validate = async (document: RawDocument): Promise<StudioMarker[]> => {
      const doc = document as SanityDocument;
      // validateDocument() runs as the CLI, and there @sanity/validation 6.16 turns every rule on an
      // object-typed value (a required phone, a slug's custom rule) into a warning as it adds its unknown-field
      // check. So the rules run as in the Studio, then a CLI pass without custom rules adds the unknown fields.
      const markers = await validateDocumentWithWorkspace({
        document: doc,
        workspace,
        environment: 'studio',
        getDocumentExists,
      });
      const unknownFields = (
        await validateDocument({ document: doc, schema: studioSchema, getDocumentExists })
      ).markers.filter((marker) => marker.code === validationMarkerCodes.objectUnknownField);
      return [...markers, ...unknownFields].map((marker) => ({ id: document._id, marker }));
    };
    const known = documents.filter((doc) => isDocumentType(doc._type) && only(doc));
    return (await mapLimit(known, CONCURRENCY, validate)).flat();
  } finally {
    await lake.close();
  }
}

/** Whether the schema has a document type of this name. */
export function isDocumentType(name: string): boolean {
  return studioSchema.get(name)?.type?.name === 'document';
}

/** A path as Sanity prints it: `hours[_key=="a"].opens`, `programs[2]`. */
export function pathToString(segments: DocumentValidationMarker['path']): string {
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
