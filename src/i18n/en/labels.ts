import {
  AGE_GROUP,
  LEVEL_OF_CARE,
  LOCATION_STATUS,
  PAYMENT_OPTION,
  PROGRAM_FORMAT,
  SERVICE_CATEGORY,
  US_STATE,
  type AgeGroup,
  type LevelOfCare,
  type LocationStatus,
  type PaymentOption,
  type ProgramFormat,
  type ServiceCategory,
  type UsState,
} from '../../domain/vocabulary.ts';

/**
 * The vocabularies' labels (the Studio's and the importer's, shared), typed by key so every locale names each
 * value, and the counts and lists built from them.
 */
export const labels = {
  levelOfCare: LEVEL_OF_CARE as Record<LevelOfCare, string>,
  serviceCategory: SERVICE_CATEGORY as Record<ServiceCategory, string>,
  programFormat: PROGRAM_FORMAT as Record<ProgramFormat, string>,
  ageGroup: AGE_GROUP as Record<AgeGroup, string>,
  paymentOption: PAYMENT_OPTION as Record<PaymentOption, string>,
  locationStatus: LOCATION_STATUS as Record<LocationStatus, string>,
  usState: US_STATE as Record<UsState, string>,
  /** Language names Intl.DisplayNames does not know (content lists languages by their English name). */
  languageNames: { 'American Sign Language': 'American Sign Language' } as Record<string, string>,
  /** `count` is already formatted for the locale ("1,534"). */
  locations: (count: number, formatted: string) => `${formatted} location${count === 1 ? '' : 's'}`,
  programs: (count: number) => `${count} program${count === 1 ? '' : 's'}`,
  services: (count: number) => `${count} service${count === 1 ? '' : 's'}`,
  /** Joins two parts of a list: "In person and Telehealth", "2 programs and 3 services". */
  and: ' and ',
  timeZone: (name: string) => `Hours are in ${name}.`,
};
