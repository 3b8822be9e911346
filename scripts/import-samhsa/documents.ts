/**
 * Builds the documents of docs/content-model.md from merged facilities: services from the legend, one
 * program per level of care, one location per facility group, and the site settings.
 */
import type { LatLng } from '../../src/domain/geo.ts';
import { AGE_GROUP, PAYMENT_OPTION, type AgeGroup, type PaymentOption } from '../../src/domain/vocabulary.ts';
import type { ServiceSpec } from './legend.ts';
import {
  AGES_BY_CODE,
  DEFAULT_LANGUAGE,
  LANGUAGE_BY_CODE,
  PAYMENT_BY_CODE,
  PROGRAMS,
  formatsFor,
  type ProgramSpec,
} from './mapping.ts';
import type { ParsedPhone } from './phone.ts';
import { compact, keyOf, ref, refItem, slugField, type SanityDocument } from './output.ts';

export const ids = {
  service: (code: string) => `service.samhsa-${code.toLowerCase()}`,
  program: (slug: string) => `program.${slug}`,
  location: (slug: string) => `location.${slug}`,
};

/** SAMHSA's help line and treatment locator: where to go for what the organisation does not provide. */
export const HELPLINE = { number: '+18006624357', display: '1-800-662-4357' };
export const FIND_TREATMENT_URL = 'https://findtreatment.gov';

const phoneField = (phone: ParsedPhone | undefined) =>
  phone && { _type: 'phone', number: phone.number, ...(phone.extension && { extension: phone.extension }) };

export function serviceDoc(spec: ServiceSpec, slug: string): SanityDocument {
  return compact({
    _id: ids.service(spec.code),
    _type: 'service',
    title: spec.title,
    title_es: spec.title_es,
    slug: slugField(slug),
    category: spec.category,
    description: spec.description,
    samhsaCode: spec.code,
    aliases: spec.aliases,
  });
}

/** A level of care. Its codes are the program itself, so it has no component services. */
export function programDoc(spec: ProgramSpec): SanityDocument {
  return compact({
    _id: ids.program(spec.slug),
    _type: 'program',
    title: spec.title,
    title_es: spec.title_es,
    shortName: spec.shortName,
    shortName_es: spec.shortName_es,
    slug: slugField(spec.slug),
    category: spec.category,
    order: spec.order,
    summary: spec.summary,
    safetyNote: spec.safetyNote,
    aliases: [...spec.aliases],
  });
}

/** What a location's codes say, before the dataset-wide parts (slug, "not offered"). */
export interface LocationFacts {
  name: string;
  address: { street1: string; street2: string; city: string; state: string; zip: string };
  geo?: LatLng;
  timeZone: string;
  mainPhone?: ParsedPhone;
  admissionsPhone?: ParsedPhone;
  programs: ProgramSpec[];
  /** Service codes offered, legend order. */
  services: string[];
  codes: ReadonlySet<string>;
  agesServed: AgeGroup[];
  languages: string[];
  paymentAccepted: PaymentOption[];
}

/** What one code contributes to a location, worked out once per code rather than once per facility. */
interface CodeInfo {
  service?: ServiceSpec;
  ages: readonly AgeGroup[];
  payment?: PaymentOption;
  language?: string;
  /** A named Native language (N24 Ojibwa…), which makes the generic NX redundant. */
  specificNative: boolean;
}

/** Reads codes against the legend and mapping.ts; build once, then `read` each facility's codes. */
export function createCodeReader(
  services: ReadonlyMap<string, ServiceSpec>,
  legendCategory: (code: string) => string | undefined,
  legendName: (code: string) => string | undefined,
) {
  const infos = new Map<string, CodeInfo>();
  const infoOf = (code: string): CodeInfo => {
    let info = infos.get(code);
    if (info) return info;
    const category = legendCategory(code);
    const isLanguage = (category === 'SL' || category === 'OL') && code !== 'FX';
    info = {
      service: services.get(code),
      ages: AGES_BY_CODE[code] ?? [],
      payment: PAYMENT_BY_CODE[code],
      language: isLanguage ? (LANGUAGE_BY_CODE[code] ?? legendName(code)) : undefined,
      specificNative: category === 'OL' && /^N\d+$/.test(code),
    };
    infos.set(code, info);
    return info;
  };
  const ageOrder = Object.keys(AGE_GROUP) as AgeGroup[];
  const paymentOrder = Object.keys(PAYMENT_OPTION) as PaymentOption[];

  /** A facility's programs, services (legend order), ages, payment options and languages. */
  return function read(codes: ReadonlySet<string>) {
    const programs = PROGRAMS.filter((p) => p.codes.some((code) => codes.has(code)));
    const offered = new Set<ServiceSpec>();
    const ages = new Set<AgeGroup>();
    const payments = new Set<PaymentOption>();
    const languages = new Set<string>();
    let specificNative = false;
    for (const code of codes) {
      const info = infoOf(code);
      if (info.service) offered.add(info.service);
      for (const age of info.ages) ages.add(age);
      if (info.payment) payments.add(info.payment);
      if (info.language) languages.add(info.language);
      specificNative ||= info.specificNative;
    }
    if (specificNative) languages.delete(LANGUAGE_BY_CODE.NX!);
    languages.delete(DEFAULT_LANGUAGE);
    return {
      programs,
      services: [...offered].sort((a, b) => a.order - b.order).map((s) => s.code),
      agesServed: ageOrder.filter((age) => ages.has(age)),
      paymentAccepted: paymentOrder.filter((p) => payments.has(p)),
      languages: [DEFAULT_LANGUAGE, ...[...languages].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))],
    };
  };
}

export function locationDoc(
  facts: LocationFacts,
  slug: string,
  notOffered: readonly ProgramSpec[],
  lastReviewed: string,
): SanityDocument {
  return compact({
    _id: ids.location(slug),
    _type: 'location',
    name: facts.name,
    slug: slugField(slug),
    status: 'open',
    address: compact({ _type: 'address', ...facts.address, street2: facts.address.street2 || undefined }),
    geo: facts.geo && { _type: 'geopoint', lat: facts.geo.lat, lng: facts.geo.lng },
    timeZone: facts.timeZone,
    admissionsPhone: phoneField(facts.admissionsPhone),
    mainPhone: phoneField(facts.mainPhone),
    programs: facts.programs.map((program) => ({
      _type: 'offeredProgram',
      _key: program.slug,
      program: ref(ids.program(program.slug)),
      formats: formatsFor(program, facts.codes),
    })),
    servicesOffered: facts.services.map((code) => refItem(ids.service(code))),
    // No note: the site names the nearest location that offers it.
    notOffered: notOffered.map((program) => notOfferedItem(program)),
    agesServed: facts.agesServed,
    languages: facts.languages,
    paymentAccepted: facts.paymentAccepted,
    lastReviewed,
  });
}

const notOfferedItem = (program: ProgramSpec, note?: string) =>
  compact({
    _type: 'notOfferedItem',
    _key: keyOf(ids.program(program.slug)),
    item: ref(ids.program(program.slug)),
    note,
  });

export interface SettingsInput {
  organizationName: string;
  admissionsPhone: ParsedPhone;
  reportProblemEmail: string;
  /** Levels of care no imported location offers. */
  notOffered: readonly ProgramSpec[];
}

export function settingsDoc(input: SettingsInput): SanityDocument {
  const missing = input.notOffered.map((p) => p.title.toLowerCase());
  const where = `call the SAMHSA National Helpline at ${HELPLINE.display} (free, confidential, 24/7) or search FindTreatment.gov`;
  const notOfferedNote =
    missing.length > 0
      ? `None of our listed locations offers ${listOf(missing)}. For these, ${where}.`
      : `A service not listed at a location is not offered there. For care we do not provide, ${where}.`;
  return compact({
    _id: 'siteSettings',
    _type: 'siteSettings',
    organizationName: input.organizationName,
    tagline: 'Treatment locations, programs and services, imported from SAMHSA’s national directory.',
    admissionsPhone: phoneField(input.admissionsPhone),
    reportProblemEmail: input.reportProblemEmail,
    notOfferedNote,
    notOffered: input.notOffered.map((program) =>
      notOfferedItem(
        program,
        `None of our listed locations offers ${program.title.toLowerCase()}. FindTreatment.gov lists providers that do.`,
      ),
    ),
    referralResources: [
      {
        _type: 'referralResource',
        _key: 'samhsa-helpline',
        name: 'SAMHSA National Helpline',
        description:
          'Free, confidential treatment referral and information, in English and Spanish, 24 hours a day, 365 days a year.',
        phone: { _type: 'phone', number: HELPLINE.number },
        url: 'https://www.samhsa.gov/find-help/national-helpline',
      },
      {
        _type: 'referralResource',
        _key: 'findtreatment',
        name: 'FindTreatment.gov',
        description: 'SAMHSA’s locator of licensed treatment facilities for mental health and substance use.',
        url: FIND_TREATMENT_URL,
      },
    ],
    // The phone numbers are real: builds from this data must not be indexed (robots noindex, Disallow).
    noindex: true,
  });
}

const listOf = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
