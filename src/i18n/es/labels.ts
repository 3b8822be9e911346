import { US_STATE, US_STATE_ES } from '../../domain/vocabulary.ts';
import type { Dictionary } from '../dictionary.ts';

export const labels = {
  levelOfCare: {
    'crisis-stabilization': 'Estabilización en una crisis',
    'hospital-inpatient': 'Hospitalización',
    detox: 'Desintoxicación (manejo de la abstinencia)',
    residential: 'Tratamiento residencial',
    'partial-hospitalization': 'Hospitalización parcial',
    'intensive-outpatient': 'Programa intensivo ambulatorio',
    outpatient: 'Tratamiento ambulatorio',
    'medication-assisted': 'Tratamiento con medicamentos',
    'recovery-support': 'Apoyo para la recuperación',
  },
  serviceCategory: {
    assessment: 'Evaluación',
    therapy: 'Terapia',
    medical: 'Atención médica',
    medication: 'Medicamentos',
    complementary: 'Terapias complementarias',
    support: 'Apoyo',
    other: 'Otros',
  },
  programFormat: { 'in-person': 'En persona', telehealth: 'Telesalud' },
  ageGroup: {
    children: 'Niños (0–12)',
    adolescents: 'Adolescentes (13–17)',
    'young-adults': 'Jóvenes adultos (18–25)',
    adults: 'Adultos (26–64)',
    seniors: 'Adultos mayores (65+)',
  },
  paymentOption: {
    'private-insurance': 'Seguro médico privado',
    medicaid: 'Medicaid',
    medicare: 'Medicare',
    tricare: 'TRICARE',
    'self-pay': 'Pago por su cuenta (en efectivo)',
    'sliding-fee': 'Escala móvil (según sus ingresos)',
    'free-of-charge': 'Gratis',
  },
  locationStatus: { open: 'Abierto', 'opening-soon': 'Abrirá pronto', 'temporarily-closed': 'Cerrado por ahora' },
  // Most state names are the same in Spanish.
  usState: { ...US_STATE, ...US_STATE_ES },
  languageNames: { 'American Sign Language': 'lengua de señas americana (ASL)' },
  locations: (count: number, formatted: string) => `${formatted} ${count === 1 ? 'centro' : 'centros'}`,
  programs: (count: number) => `${count} ${count === 1 ? 'programa' : 'programas'}`,
  services: (count: number) => `${count} ${count === 1 ? 'servicio' : 'servicios'}`,
  and: ' y ',
  timeZone: (name: string) => `Horario según la ${name}.`,
} satisfies Dictionary['labels'];
