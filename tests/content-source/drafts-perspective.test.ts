import { afterEach, describe, expect, test } from 'vitest';
import { startLocalContentLake, type LocalContentLake } from '../../scripts/lib/local-content-lake.ts';
import { loadDirectory } from '../../src/content-source/load.ts';
import type { RawDocument } from '../../src/content-source/ndjson.ts';
import { SourceError } from '../../src/content-source/problems.ts';
import { createMockDataset } from '../fixtures/dataset.ts';
import { writeDataset } from './helpers.ts';

/** The mock dataset with a draft of a published location and a draft of a location never published. */
function withDrafts(): RawDocument[] {
  const docs = createMockDataset() as RawDocument[];
  const location = (id: string) => structuredClone(docs.find((d) => d._id === id)!);
  return [
    ...docs,
    { ...location('location.downtown'), _id: 'drafts.location.downtown', name: 'Draft name' },
    { ...location('location.eastside'), _id: 'drafts.location.new', name: 'New place', slug: { current: 'new' } },
    { ...location('location.eastside'), _id: 'versions.r1.location.eastside', name: 'Release version' },
  ];
}

const names = (directory: { locations: readonly { _id: string; name: string }[] }) =>
  directory.locations.map((l) => `${l._id}: ${l.name}`).sort();

let lake: LocalContentLake | undefined;
afterEach(() => lake?.close());

describe('the preview’s drafts perspective', () => {
  test('a local file: each draft replaces its published document under the published id', async () => {
    const env = { DIRECTORY_DATASET: writeDataset(withDrafts()) };
    const preview = await loadDirectory({ env, drafts: true });
    expect(names(preview)).toEqual([
      'location.downtown: Draft name',
      'location.eastside: Eastside Clinic',
      'location.new: New place',
    ]);
    expect(preview.excluded.drafts, 'only the release version is left out').toBe(1);
    const published = await loadDirectory({ env });
    expect(names(published)).toEqual(['location.downtown: Downtown Clinic', 'location.eastside: Eastside Clinic']);
  });

  test('the Content Lake: perspective drafts, with the read token', async () => {
    lake = await startLocalContentLake({ documents: withDrafts(), token: 'sk-test' });
    const env = { SANITY_PROJECT_ID: lake.projectId, SANITY_DATASET: 'production', SANITY_API_HOST: lake.url };
    const preview = await loadDirectory({ env: { ...env, SANITY_READ_TOKEN: 'sk-test' }, drafts: true });
    expect(names(preview)).toContain('location.downtown: Draft name');
    expect(names(preview)).toContain('location.new: New place');
    expect(lake.requests.every((r) => r.perspective === 'drafts' && r.authorization === 'Bearer sk-test')).toBe(true);
  });

  test('the Content Lake without a read token: refused before any request', async () => {
    lake = await startLocalContentLake({ documents: withDrafts() });
    const env = { SANITY_PROJECT_ID: lake.projectId, SANITY_DATASET: 'production', SANITY_API_HOST: lake.url };
    const error = await loadDirectory({ env, drafts: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toContain('can only be read with a token');
    expect(lake.requests).toHaveLength(0);
  });
});
