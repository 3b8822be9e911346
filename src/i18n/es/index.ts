/**
 * Spanish interface strings, in plain words a patient understands. Nothing renders them yet (there are no
 * Spanish routes): they are type-checked (`satisfies Dictionary[…]`, a missing or extra key fails `astro check`)
 * and unit-tested.
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
