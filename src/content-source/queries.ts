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

const notOfferedFields = /* groq */ `{ _key, "item": item._ref, note, note_es }`;

export const SETTINGS_QUERY = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings" && ${published}][0]{
  _id,
  organizationName,
  tagline,
  tagline_es,
  admissionsPhone ${phoneFields},
  reportProblemEmail,
  notOfferedNote,
  notOfferedNote_es,
  "notOffered": notOffered[] ${notOfferedFields},
  "referralResources": referralResources[]{ _key, name, name_es, description, description_es, phone ${phoneFields}, url },
  noindex
}`);

/** The Section 1557 notice and taglines: optional, so `null` when a dataset has none. */
export const LANGUAGE_ASSISTANCE_QUERY =
  defineQuery(`*[_type == "languageAssistance" && _id == "languageAssistance" && ${published}][0]{
  _id,
  notice,
  notice_es,
  "taglines": taglines[]{ _key, language, text, phone ${phoneFields} }
}`);

export const SERVICES_QUERY = defineQuery(`*[_type == "service" && ${published}] | order(_id asc){
  _id,
  title,
  title_es,
  "slug": slug.current,
  category,
  description,
  description_es,
  samhsaCode,
  aliases,
  aliases_es
}`);

export const PROGRAMS_QUERY = defineQuery(`*[_type == "program" && ${published}] | order(_id asc){
  _id,
  title,
  title_es,
  shortName,
  shortName_es,
  "slug": slug.current,
  category,
  asamLevel,
  order,
  summary,
  summary_es,
  safetyNote,
  safetyNote_es,
  body,
  body_es,
  typicalSchedule,
  typicalSchedule_es,
  minHoursPerWeek,
  "components": components[]._ref,
  suitableFor,
  suitableFor_es,
  notSuitableFor,
  notSuitableFor_es,
  reasonsRecommended,
  reasonsRecommended_es,
  "faq": faq[]{ _key, question, question_es, answer, answer_es },
  aliases,
  aliases_es
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
  "hours": hours[]{ _key, days, opens, closes, note, note_es },
  hoursNote,
  hoursNote_es,
  "programs": programs[]{ _key, "program": program._ref, formats, scheduleNote, scheduleNote_es },
  servicesOffered,
  "notOffered": notOffered[] ${notOfferedFields},
  agesServed,
  languages,
  paymentAccepted,
  accessibilityNotes,
  accessibilityNotes_es,
  lastReviewed
}`);

/** Types of the documents the site does not read (system and asset types aside), to report what it left out. */
export const UNKNOWN_TYPES_QUERY = defineQuery(
  `*[!(_type in $knownTypes) && !(_type match "system.*") && !(_type match "sanity.*") && ${published}]._type`,
);

/** Document types the site reads; everything else in a dataset is ignored (and counted). */
export const KNOWN_TYPES = ['siteSettings', 'languageAssistance', 'program', 'service', 'location'] as const;
