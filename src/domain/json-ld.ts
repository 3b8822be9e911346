import type { Location } from '../schemas/location.ts';
import type { Program } from '../schemas/program.ts';
import type { Service } from '../schemas/service.ts';
import type { SiteSettings } from '../schemas/settings.ts';
import { localized, localizedText } from '../i18n/content.ts';
import type { Locale } from '../i18n/index.ts';
import { WEEKDAY } from './vocabulary.ts';

/** The number a location is reached on first: admissions, else the main line. */
export const primaryPhone = (location: Location) => location.admissionsPhone ?? location.mainPhone;

/**
 * schema.org `MedicalClinic` for a location page, built from the same fields the page shows,
 * so search engines and the visible page cannot disagree on a phone number or an address.
 */
export function locationJsonLd(
  location: Location,
  url: string,
  offered: { programs: readonly Program[]; services: readonly Service[] },
  settings: SiteSettings,
  locale: Locale = 'en',
) {
  const phone = primaryPhone(location);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    name: location.name,
    url,
    ...(phone && { telephone: phone.number }),
    ...(location.faxPhone && { faxNumber: location.faxPhone.number }),
    address: {
      '@type': 'PostalAddress',
      streetAddress: [location.address.street1, location.address.street2].filter(Boolean).join(', '),
      addressLocality: location.address.city,
      addressRegion: location.address.state,
      postalCode: location.address.zip,
      addressCountry: 'US',
    },
    ...(location.geo && {
      geo: { '@type': 'GeoCoordinates', latitude: location.geo.lat, longitude: location.geo.lng },
    }),
    openingHoursSpecification: location.hours.map((h) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: h.days.map((d) => `https://schema.org/${WEEKDAY[d]}`),
      opens: h.opens,
      closes: h.closes === '24:00' ? '23:59' : h.closes,
    })),
    medicalSpecialty: 'https://schema.org/Psychiatric',
    availableService: [
      ...offered.programs.map((p) => ({
        '@type': 'MedicalTherapy',
        name: localizedText(p, 'title', locale),
        alternateName: localizedText(p, 'shortName', locale),
      })),
      ...offered.services.map((s) => ({ '@type': 'MedicalTherapy', name: localizedText(s, 'title', locale) })),
    ],
    parentOrganization: { '@type': 'MedicalOrganization', name: settings.organizationName },
  };
}

/** schema.org `MedicalWebPage` about a program (a therapy), published by the organisation, in the page's language. */
export function programJsonLd(program: Program, url: string, settings: SiteSettings, locale: Locale = 'en') {
  const name = localizedText(program, 'title', locale);
  const description = localizedText(program, 'summary', locale);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name,
    url,
    description,
    about: {
      '@type': 'MedicalTherapy',
      name,
      alternateName: [
        localizedText(program, 'shortName', locale),
        ...(localized(program, 'aliases', locale).value ?? []),
      ],
      description,
    },
    publisher: {
      '@type': 'MedicalOrganization',
      name: settings.organizationName,
      telephone: settings.admissionsPhone.number,
    },
  };
}
