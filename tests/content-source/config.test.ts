import { describe, expect, test } from 'vitest';
import { BUNDLED_DATASET, resolveSourceConfig } from '../../src/content-source/config.ts';
import { SourceError } from '../../src/content-source/problems.ts';

const refused = (env: Record<string, string>) => {
  try {
    resolveSourceConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return (error as Error).message;
  }
  throw new Error('expected the environment to be refused');
};

describe('choosing the content source from the environment', () => {
  test('no variables: the bundled dataset', () => {
    expect(resolveSourceConfig({})).toEqual({ kind: 'local', path: BUNDLED_DATASET });
  });

  test('DIRECTORY_DATASET picks another local file', () => {
    expect(resolveSourceConfig({ DIRECTORY_DATASET: '/tmp/big.ndjson' })).toEqual({
      kind: 'local',
      path: '/tmp/big.ndjson',
    });
  });

  test('SANITY_PROJECT_ID with a dataset: the Content Lake, token kept for the build', () => {
    expect(
      resolveSourceConfig({
        SANITY_PROJECT_ID: 'abc123',
        SANITY_DATASET: 'production',
        SANITY_READ_TOKEN: 'sk-secret',
      }),
    ).toEqual({
      kind: 'remote',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: '2025-02-19',
      token: 'sk-secret',
      apiHost: undefined,
    });
  });

  test('empty values count as unset', () => {
    expect(resolveSourceConfig({ SANITY_PROJECT_ID: ' ', DIRECTORY_DATASET: '' })).toEqual({
      kind: 'local',
      path: BUNDLED_DATASET,
    });
  });

  test('both a project and a local file are contradictory', () => {
    expect(
      refused({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', DIRECTORY_DATASET: 'x.ndjson' }),
    ).toMatch(/Both SANITY_PROJECT_ID and DIRECTORY_DATASET are set/);
  });

  test('a project without a dataset is missing a variable', () => {
    expect(refused({ SANITY_PROJECT_ID: 'abc123' })).toMatch(/SANITY_DATASET is not/);
  });

  test('Sanity variables without a project id are refused, not silently ignored', () => {
    expect(refused({ SANITY_DATASET: 'production', SANITY_READ_TOKEN: 't' })).toMatch(
      /SANITY_DATASET, SANITY_READ_TOKEN are set but SANITY_PROJECT_ID is not/,
    );
  });

  test('malformed values are refused with what to do', () => {
    expect(refused({ SANITY_PROJECT_ID: 'My Project', SANITY_DATASET: 'production' })).toMatch(
      /not a Sanity project id/,
    );
    expect(refused({ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'Prod!' })).toMatch(/not a dataset name/);
    expect(refused({ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production', SANITY_API_VERSION: 'latest' })).toMatch(
      /What to do: Use a date/,
    );
  });
});
