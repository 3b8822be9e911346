import { defineCollection } from 'astro:content';
import { directoryLoader } from './content/directory-loader.ts';
import { location } from './schemas/location.ts';
import { program } from './schemas/program.ts';
import { service } from './schemas/service.ts';
import { siteSettings } from './schemas/settings.ts';

// Entries are already parsed by the same schemas in loadDirectory; the schemas here give the pages their types.
export const collections = {
  settings: defineCollection({ loader: directoryLoader('settings', (d) => [d.settings]), schema: siteSettings }),
  programs: defineCollection({ loader: directoryLoader('programs', (d) => d.programs), schema: program }),
  services: defineCollection({ loader: directoryLoader('services', (d) => d.services), schema: service }),
  locations: defineCollection({ loader: directoryLoader('locations', (d) => d.locations), schema: location }),
};
