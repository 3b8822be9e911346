import type { LanguageAssistance } from '../schemas/language-assistance.ts';
import type { Location } from '../schemas/location.ts';
import type { Program } from '../schemas/program.ts';
import type { Service } from '../schemas/service.ts';
import type { SiteSettings } from '../schemas/settings.ts';

/** The whole published directory, validated: what every page is built from. */
export interface Directory {
  settings: SiteSettings;
  /** The nondiscrimination notice and language taglines; without it there is no language assistance page. */
  languageAssistance?: LanguageAssistance | undefined;
  programs: Program[];
  services: Service[];
  locations: Location[];
}

/** What the content source left out, reported after each load. */
export interface ExcludedCounts {
  /** Documents of types the site does not read, by type. */
  unknownTypes: Record<string, number>;
  /** Drafts and versions skipped; known only for a local file (the Content Lake never shows them). */
  drafts: number | undefined;
}
