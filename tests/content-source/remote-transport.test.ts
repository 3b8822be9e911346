import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUNDLED_DATASET } from '../../src/content-source/config.ts';
import { createLocalSource } from '../../src/content-source/local-source.ts';
import { parseNdjson, type RawDocument } from '../../src/content-source/ndjson.ts';
import * as queries from '../../src/content-source/queries.ts';
import { createRemoteSource } from '../../src/content-source/remote-source.ts';
import type { ContentSource } from '../../src/content-source/source.ts';
import { startLocalContentLake, type LocalContentLake } from '../../scripts/lib/local-content-lake.ts';
import { createMockDataset } from '../fixtures/dataset.ts';
import { writeDataset } from './helpers.ts';

/*
 * What this proves: the remote source (`@sanity/client` over HTTP) sends every query the site runs, with its
 * parameters and the published perspective, to the query API, and decodes the answer into exactly what the
 * file source (groq-js) returns. The stand-in Content Lake (scripts/lib/local-content-lake.ts) answers with
 * groq-js itself, so both sides evaluate GROQ the same way by construction: this is a test of transport and
 * parameter encoding, not of GROQ semantics on Sanity's hosted Content Lake.
 */

/** Every query the site runs, with the parameters it runs them with. */
const siteQueries: [string, string, Record<string, unknown>][] = [
  ['SETTINGS_QUERY', queries.SETTINGS_QUERY, {}],
  ['SERVICES_QUERY', queries.SERVICES_QUERY, {}],
  ['PROGRAMS_QUERY', queries.PROGRAMS_QUERY, {}],
  ['LOCATIONS_QUERY', queries.LOCATIONS_QUERY, {}],
  ['UNKNOWN_TYPES_QUERY', queries.UNKNOWN_TYPES_QUERY, { knownTypes: [...queries.KNOWN_TYPES] }],
];

const mockWithExtras = (): RawDocument[] => [
  ...createMockDataset(),
  // A draft of a published document and a draft-only document: both invisible to the site.
  {
    ...createMockDataset().find((d) => d._id === 'location.downtown')!,
    _id: 'drafts.location.downtown',
    name: 'DRAFT',
  },
  {
    _id: 'drafts.service.new',
    _type: 'service',
    title: 'Draft only',
    slug: { _type: 'slug', current: 'new' },
    category: 'other',
  },
  {
    _id: 'versions.r1.service.yoga',
    _type: 'service',
    title: 'Release version',
    slug: { _type: 'slug', current: 'yoga' },
    category: 'other',
  },
  { _id: 'promo.1', _type: 'promotion', title: 'Unknown type' },
];

const datasets: [string, () => RawDocument[]][] = [['the mock dataset with drafts and unknown types', mockWithExtras]];
if (existsSync(BUNDLED_DATASET))
  datasets.push(['the bundled dataset', () => parseNdjson(readFileSync(BUNDLED_DATASET, 'utf8')).documents]);

describe.each(datasets)(
  'the remote source carries each query and its parameters to the query API and back, over %s',
  (_, documents) => {
    let lake: LocalContentLake;
    let local: ContentSource;
    let remote: ContentSource;

    beforeAll(async () => {
      const docs = documents();
      lake = await startLocalContentLake({ documents: docs });
      local = await createLocalSource(writeDataset(docs));
      remote = createRemoteSource({
        kind: 'remote',
        projectId: lake.projectId,
        dataset: lake.dataset,
        apiVersion: '2025-02-19',
        apiHost: lake.url,
      });
    });
    afterAll(() => lake.close());

    test.each(siteQueries)('%s returns what the file source returns', async (_name, query, params) => {
      const [viaGroqJs, viaClient] = await Promise.all([local.fetch(query, params), remote.fetch(query, params)]);
      expect(viaClient).toEqual(viaGroqJs);
      // Guard against a vacuous pass: a failed query would give null on both sides.
      expect(viaGroqJs).not.toBeNull();
    });

    test('the client asks for the published perspective over the query API', () => {
      expect(lake.requests.length).toBeGreaterThan(0);
      for (const request of lake.requests) {
        expect(request.path).toBe('/v2025-02-19/data/query/production');
        expect(request.perspective).toBe('published');
      }
    });

    test('drafts and versions never reach the site', async () => {
      const ids =
        JSON.stringify(await remote.fetch(queries.LOCATIONS_QUERY)) +
        JSON.stringify(await local.fetch(queries.SERVICES_QUERY));
      expect(ids).not.toMatch(/drafts\.|versions\.|DRAFT|Draft only|Release version/);
    });
  },
);
