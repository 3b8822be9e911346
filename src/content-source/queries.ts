import { defineQuery } from 'groq';

/**
 * Every GROQ query the site runs, the same text for the Content Lake and for groq-js over the bundled file.
 * References come back as ids (`program._ref`), not dereferenced: the build joins them in memory, which
 * keeps groq-js fast at 20,000 locations and lets the graph checks see a dangling reference as such. A
 * location's `servicesOffered` comes back as stored (zod keeps the ids): projecting `servicesOffered[]._ref`
 * took groq-js 2.2 s of the query's 4.2 s at 20,000 locations.
 */

/** Published documents only, in the query itself too: the same result whatever perspective a client uses. */
const published = /* groq */ `!(_id in path("drafts.**")) && !(_id in path("versions.**"))`;

const phoneFields = /* groq */ `{ number, extension }`;

const notOfferedFields = /* groq */ `{ _key, "item": item._ref, note }`;

export const SETTINGS_QUERY = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings" && ${published}][0]{
  _id,
  organizationName,
  tagline,
  admissionsPhone ${phoneFields},
  reportProblemEmail,
  notOfferedNote,
  "notOffered": notOffered[] ${notOfferedFields},
  "referralResources": referralResources[]{ _key, name, description, phone ${phoneFields}, url },
  noindex
}`);

/** The Section 1557 notice and taglines: optional, so `null` when a dataset has none. */
export const LANGUAGE_ASSISTANCE_QUERY =
  defineQuery(`*[_type == "languageAssistance" && _id == "languageAssistance" && ${published}][0]{
  _id,
  notice,
  "taglines": taglines[]{ _key, language, text, phone ${phoneFields} }
}`);

export const SERVICES_QUERY = defineQuery(`*[_type == "service" && ${published}] | order(_id asc){
  _id,
  title,
  "slug": slug.current,
  category,
  description,
  samhsaCode,
  aliases
}`);

export const PROGRAMS_QUERY = defineQuery(`*[_type == "program" && ${published}] | order(_id asc){
  _id,
  title,
  shortName,
  "slug": slug.current,
  category,
  asamLevel,
  order,
  summary,
  safetyNote,
  body,
  typicalSchedule,
  minHoursPerWeek,
  "components": components[]._ref,
  suitableFor,
  notSuitableFor,
  reasonsRecommended,
  "faq": faq[]{ _key, question, answer },
  aliases
}`);

export const LOCATIONS_QUERY = defineQuery(`*[_type == "location" && ${published}] | order(_id asc){
  _id,
  name,
  "slug": slug.current,
  status,
  address{ street1, street2, city, state, zip },
  "geo": geo{ lat, lng },
  timeZone,
  admissionsPhone ${phoneFields},
  mainPhone ${phoneFields},
  faxPhone ${phoneFields},
  "hours": hours[]{ _key, days, opens, closes, note },
  hoursNote,
  "programs": programs[]{ _key, "program": program._ref, formats, scheduleNote },
  servicesOffered,
  "notOffered": notOffered[] ${notOfferedFields},
  agesServed,
  languages,
  paymentAccepted,
  accessibilityNotes,
  lastReviewed
}`);

/** Types of the documents the site does not read (system and asset types aside), to report what it left out. */
export const UNKNOWN_TYPES_QUERY = defineQuery(
  `*[!(_type in $knownTypes) && !(_type match "system.*") && !(_type match "sanity.*") && ${published}]._type`,
);

/** Document types the site reads; everything else in a dataset is ignored (and counted). */
export const KNOWN_TYPES = ['siteSettings', 'languageAssistance', 'program', 'service', 'location'] as const;
