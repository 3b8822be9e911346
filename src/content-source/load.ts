import type { Directory, ExcludedCounts } from '../domain/directory.ts';
import { parseEach } from '../schemas/parse.ts';
import { location } from '../schemas/location.ts';
import { program } from '../schemas/program.ts';
import { service } from '../schemas/service.ts';
import { languageAssistance } from '../schemas/language-assistance.ts';
import { siteSettings } from '../schemas/settings.ts';
import { resolveSourceConfig } from './config.ts';
import { checkGraph } from './graph-checks.ts';
import { createLocalSource } from './local-source.ts';
import { ContentError, documentTypes, type ContentProblem } from './problems.ts';
import {
  KNOWN_TYPES,
  LANGUAGE_ASSISTANCE_QUERY,
  LOCATIONS_QUERY,
  PROGRAMS_QUERY,
  SERVICES_QUERY,
  SETTINGS_QUERY,
  UNKNOWN_TYPES_QUERY,
} from './queries.ts';
import { createRemoteSource, type RemoteOptions } from './remote-source.ts';
import type { ContentSource } from './source.ts';

export interface LoadOptions {
  env?: Record<string, string | undefined>;
  remote?: RemoteOptions;
  /** The preview server's view: drafts laid over the published documents. The static build never sets it. */
  drafts?: boolean;
}

export interface LoadedDirectory extends Directory {
  source: string;
  excluded: ExcludedCounts;
}

/** Picks the content source the environment asks for (Content Lake or a local export). */
export async function openSource(options: LoadOptions = {}): Promise<ContentSource> {
  const config = resolveSourceConfig(options.env ?? process.env);
  const perspective = options.drafts ? 'drafts' : 'published';
  return config.kind === 'local'
    ? createLocalSource(config.path, perspective)
    : createRemoteSource(config, { ...options.remote, perspective });
}

/**
 * Loads and validates the whole directory: runs the site's queries, parses every document with its zod
 * schema, then checks the graph. Throws one ContentError listing every problem, or a SourceError.
 */
export async function loadDirectory(options: LoadOptions = {}): Promise<LoadedDirectory> {
  const source = await openSource(options);
  // One at a time: gentler on the Content Lake's rate limit, and the local engine is single-threaded anyway.
  const settingsResult = await source.fetch(SETTINGS_QUERY);
  const languageAssistanceResult = await source.fetch(LANGUAGE_ASSISTANCE_QUERY);
  const servicesResult = asList(await source.fetch(SERVICES_QUERY));
  const programsResult = asList(await source.fetch(PROGRAMS_QUERY));
  const locationsResult = asList(await source.fetch(LOCATIONS_QUERY));
  const unknownTypes = asList(await source.fetch(UNKNOWN_TYPES_QUERY, { knownTypes: [...KNOWN_TYPES] }));

  const problems: ContentProblem[] = [];
  const settings = parseEach(siteSettings, settingsResult ? [settingsResult] : []);
  // Optional: a dataset without it (an import) builds without the page and its footer link.
  const assistance = parseEach(languageAssistance, languageAssistanceResult ? [languageAssistanceResult] : []);
  const services = parseEach(service, servicesResult);
  const programs = parseEach(program, programsResult);
  const locations = parseEach(location, locationsResult);
  problems.push(
    ...settings.problems,
    ...assistance.problems,
    ...services.problems,
    ...programs.problems,
    ...locations.problems,
  );

  if (!settingsResult && locationsResult.length === 0 && programsResult.length === 0)
    throw new ContentError(source.description, [
      { id: '(dataset)', field: '', message: 'is empty: it has no site settings, programs or locations' },
    ]);
  if (!settingsResult)
    problems.push({
      id: 'siteSettings',
      field: '',
      message: 'the site settings document is missing (or only a draft)',
    });
  if (locationsResult.length === 0)
    problems.push({ id: '(dataset)', field: '', message: 'has no published locations' });

  const [parsedSettings] = settings.items;
  problems.push(
    ...checkGraph({
      settings: settingsResult,
      services: servicesResult,
      programs: programsResult,
      locations: locationsResult,
    }),
  );
  if (problems.length > 0 || !parsedSettings)
    throw new ContentError(
      source.description,
      problems,
      documentTypes({
        siteSettings: [settingsResult],
        languageAssistance: [languageAssistanceResult],
        service: servicesResult,
        program: programsResult,
        location: locationsResult,
      }),
    );

  const directory: Directory = {
    settings: parsedSettings,
    languageAssistance: assistance.items[0],
    services: services.items,
    programs: programs.items,
    locations: locations.items,
  };
  return {
    ...directory,
    source: source.description,
    excluded: { unknownTypes: countTypes(unknownTypes), drafts: source.skippedDrafts },
  };
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function countTypes(types: unknown[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of types) counts[String(type)] = (counts[String(type)] ?? 0) + 1;
  return counts;
}
