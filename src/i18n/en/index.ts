/**
 * English interface strings: the source of the key set every other locale must have (see `Dictionary`).
 * One file per group, so a browser script imports only the strings it uses (a shared module would be one chunk).
 */
export { components } from './components.ts';
export { home } from './home.ts';
export { indexPages } from './index-pages.ts';
export { languageAssistance } from './language-assistance.ts';
export { labels } from './labels.ts';
export { layout } from './layout.ts';
export { lists } from './lists.ts';
export { locationPage } from './location-page.ts';
export { notFound } from './not-found.ts';
export { programPage } from './program-page.ts';
export { search } from './search.ts';
export { searchPage } from './search-page.ts';
export { servicePage } from './service-page.ts';
export { states } from './states.ts';
export { time } from './time.ts';
