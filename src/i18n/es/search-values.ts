import type { AGE_GROUP, PAYMENT_OPTION, PROGRAM_FORMAT } from '../../domain/vocabulary.ts';

type Label<T extends Record<string, string>> = T[keyof T];

/**
 * Filter values in Spanish. Values are shared by both languages (the index, the URL and the language switcher keep
 * "Telehealth" or "Spanish" as they are); a Spanish page shows them with these names. Format, age and payment
 * values must all be here; a language a location lists that is not here shows as the location lists it.
 */
export const searchValues: Readonly<
  Record<Label<typeof PROGRAM_FORMAT> | Label<typeof AGE_GROUP> | Label<typeof PAYMENT_OPTION>, string> &
    Record<string, string>
> = {
  'In person': 'En persona',
  Telehealth: 'Telesalud',
  'Children (0–12)': 'Niños (0 a 12 años)',
  'Adolescents (13–17)': 'Adolescentes (13 a 17 años)',
  'Young adults (18–25)': 'Adultos jóvenes (18 a 25 años)',
  'Adults (26–64)': 'Adultos (26 a 64 años)',
  'Seniors (65+)': 'Personas mayores (65 años o más)',
  'Private insurance': 'Seguro privado',
  Medicaid: 'Medicaid',
  Medicare: 'Medicare',
  TRICARE: 'TRICARE',
  'Self-pay (cash)': 'Pago propio (efectivo)',
  'Sliding fee scale': 'Tarifa según ingresos (escala móvil)',
  'Free of charge': 'Gratis',
  English: 'Inglés',
  Spanish: 'Español',
  Vietnamese: 'Vietnamita',
  Russian: 'Ruso',
  Ukrainian: 'Ucraniano',
  Korean: 'Coreano',
  Somali: 'Somalí',
  Amharic: 'Amhárico',
  Chinese: 'Chino',
  Mandarin: 'Mandarín',
  Cantonese: 'Cantonés',
  Tagalog: 'Tagalo',
  Arabic: 'Árabe',
  French: 'Francés',
  Hmong: 'Hmong',
  'American Sign Language': 'Lengua de señas americana',
};
