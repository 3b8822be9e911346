/** The fixed `_id` of the settings document. */
export const SITE_SETTINGS_ID = 'siteSettings';
/** The fixed `_id` of the language assistance document (notice and taglines). */
export const LANGUAGE_ASSISTANCE_ID = 'languageAssistance';

/** Document types with exactly one document, each at a fixed `_id` that the site and the dataset rely on. */
export const SINGLETONS: Readonly<Record<string, string>> = {
  siteSettings: SITE_SETTINGS_ID,
  languageAssistance: LANGUAGE_ASSISTANCE_ID,
};

/** Whether documents of this type are singletons, opened from the desk rather than created. */
export function isSingletonType(type: string): boolean {
  return Object.hasOwn(SINGLETONS, type);
}

// Deleting or duplicating a singleton would leave the site without settings, or with two.
const SINGLETON_ACTIONS: ReadonlySet<string> = new Set(['publish', 'discardChanges', 'restore']);

/** Whether a document action may be offered on a singleton. */
export function isSingletonAction(action: string | undefined): boolean {
  return action !== undefined && SINGLETON_ACTIONS.has(action);
}
