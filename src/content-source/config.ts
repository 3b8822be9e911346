import { SourceError } from './problems.ts';

/** The bundled export, relative to the project root (the build's working directory). */
export const BUNDLED_DATASET = 'sanity/dataset/directory.ndjson';
export const DEFAULT_API_VERSION = '2025-02-19';

export type SourceConfig =
  | { kind: 'local'; path: string }
  | {
      kind: 'remote';
      projectId: string;
      dataset: string;
      apiVersion: string;
      /** Read token: stays in the build process, never reaches pages or the browser. */
      token?: string;
      /** Only for tests and proxies: another host speaking the Content Lake API. */
      apiHost?: string;
    };

type Env = Record<string, string | undefined>;

const fail = (cause: string, hint: string): never => {
  throw new SourceError(cause, hint);
};

/** Chooses the content source from environment variables, refusing missing or contradictory ones. */
export function resolveSourceConfig(env: Env): SourceConfig {
  const value = (name: string) => env[name]?.trim() || undefined;
  const projectId = value('SANITY_PROJECT_ID');
  const localPath = value('DIRECTORY_DATASET');
  const remoteOnly = ['SANITY_DATASET', 'SANITY_API_VERSION', 'SANITY_READ_TOKEN', 'SANITY_API_HOST'].filter(value);

  if (!projectId) {
    if (remoteOnly.length > 0)
      fail(
        `${remoteOnly.join(', ')} ${remoteOnly.length === 1 ? 'is' : 'are'} set but SANITY_PROJECT_ID is not.`,
        'Set SANITY_PROJECT_ID to read from Sanity, or unset the SANITY_* variables to build from the bundled dataset.',
      );
    return { kind: 'local', path: localPath ?? BUNDLED_DATASET };
  }
  if (localPath)
    fail(
      'Both SANITY_PROJECT_ID and DIRECTORY_DATASET are set: the build cannot read from two places.',
      'Unset DIRECTORY_DATASET to read from Sanity, or unset SANITY_PROJECT_ID to build from the file.',
    );
  if (!/^[a-z0-9][a-z0-9-]*$/.test(projectId))
    fail(
      `SANITY_PROJECT_ID "${projectId}" is not a Sanity project id (lowercase letters, digits and dashes).`,
      'Copy the project id from sanity.io/manage or sanity/sanity.cli.ts.',
    );
  const dataset =
    value('SANITY_DATASET') ??
    fail('SANITY_PROJECT_ID is set but SANITY_DATASET is not.', 'Set SANITY_DATASET, usually "production".');
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset))
    fail(
      `SANITY_DATASET "${dataset}" is not a dataset name (lowercase letters, digits, "_" and "-").`,
      'Use the name `sanity dataset list` shows.',
    );
  const apiVersion = value('SANITY_API_VERSION') ?? DEFAULT_API_VERSION;
  if (!/^v?\d{4}-\d{2}-\d{2}$/.test(apiVersion))
    fail(
      `SANITY_API_VERSION "${apiVersion}" is not an API version date.`,
      `Use a date such as ${DEFAULT_API_VERSION}, or unset it.`,
    );
  return {
    kind: 'remote',
    projectId,
    dataset,
    apiVersion: apiVersion.replace(/^v/, ''),
    token: value('SANITY_READ_TOKEN'),
    apiHost: value('SANITY_API_HOST'),
  };
}
