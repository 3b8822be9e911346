import { location } from './documents/location.ts';
import { program } from './documents/program.ts';
import { service } from './documents/service.ts';
import { address } from './objects/address.ts';
import { faqItem } from './objects/faq-item.ts';
import { languageTagline } from './objects/language-tagline.ts';
import { notOfferedItem } from './objects/not-offered-item.ts';
import { offeredProgram } from './objects/offered-program.ts';
import { openingHours } from './objects/opening-hours.ts';
import { phone } from './objects/phone.ts';
import { referralResource } from './objects/referral-resource.ts';
import { languageAssistance } from './singletons/language-assistance.ts';
import { siteSettings } from './singletons/site-settings.ts';
import { sideBySide } from '../lib/translations.ts';

/**
 * Every schema type of the Studio, in the order docs/content-model.md lists them; each English field and its
 * Spanish sibling side by side.
 */
export const schemaTypes = [
  // Singletons: one document each, with a fixed id (see structure.ts)
  siteSettings,
  languageAssistance,
  // Documents
  program,
  service,
  location,
  // Objects, embedded in the documents above
  phone,
  address,
  openingHours,
  offeredProgram,
  notOfferedItem,
  referralResource,
  faqItem,
  languageTagline,
].map(sideBySide);
