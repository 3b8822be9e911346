/**
 * Site settings: the organisation, its main admissions line, and what no location offers.
 * The organisation is invented; phone numbers use the fictional 555-01xx range, except the
 * national helplines in `referralResources`, which are real public services.
 */
import type { SettingsSeed } from '../lib/types.ts';

const FIND_TREATMENT = 'search FindTreatment.gov or call SAMHSA’s National Helpline at 1-800-662-4357';
const FIND_TREATMENT_ES =
  'buscar en FindTreatment.gov o llamar a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357';

export const settings: SettingsSeed = {
  organizationName: 'Alderwell Behavioral Health',
  tagline: 'Mental health and substance use care in Oregon, Washington and Idaho.',
  tagline_es: 'Atención de salud mental y de consumo de sustancias en Oregón, Washington e Idaho.',
  admissionsPhone: '+15035550100',
  reportProblemEmail: 'directory-updates@example.org',
  notOfferedNote:
    'At this time we do not offer medically managed detox, hospital inpatient psychiatric care, electroconvulsive therapy (ECT), methadone, or recovery housing at any of our locations. Our admissions team can refer you to a provider that does. You can also search FindTreatment.gov or call SAMHSA’s National Helpline at 1-800-662-4357, free and confidential, any time. If you are in crisis, call or text 988. In an emergency, call 911 or go to the nearest emergency room.',
  notOfferedNote_es:
    'Por ahora no ofrecemos desintoxicación con atención médica, hospitalización psiquiátrica, terapia electroconvulsiva (TEC), metadona ni vivienda para la recuperación en ninguno de nuestros centros. Nuestro equipo de admisiones le puede referir a un proveedor que sí los ofrezca. También puede buscar en FindTreatment.gov o llamar a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357, gratis y confidencial, a cualquier hora. Si está en crisis, llame o envíe un mensaje de texto al 988. En una emergencia, llame al 911 o vaya a la sala de emergencias más cercana.',
  notOffered: [
    {
      program: 'detox',
      note: `For withdrawal from alcohol, opioids or benzodiazepines, ask our admissions team for a referral to a detox program, or ${FIND_TREATMENT}. Severe withdrawal, such as seizures, confusion or hallucinations, is an emergency: call 911.`,
      note_es: `Si tiene abstinencia de alcohol, opioides o benzodiacepinas, pida a nuestro equipo de admisiones que le refiera a un programa de desintoxicación, o puede ${FIND_TREATMENT_ES}. La abstinencia grave, con convulsiones, confusión o alucinaciones, es una emergencia: llame al 911.`,
    },
    {
      program: 'inpatient-psychiatric-care',
      note: 'If you or someone else is not safe, go to the nearest hospital emergency department or call 911; the hospital arranges inpatient admission. Call or text 988 for crisis support at any hour.',
      note_es:
        'Si usted u otra persona no está a salvo, vaya a la sala de emergencias del hospital más cercano o llame al 911; el hospital se encarga del ingreso. Llame o envíe un mensaje de texto al 988 para recibir apoyo en una crisis a cualquier hora.',
    },
    {
      service: 'electroconvulsive-therapy',
      note: 'ECT is provided by hospitals. Our psychiatric prescribers can discuss whether it might help and refer you to a hospital program.',
      note_es:
        'La TEC se hace en hospitales. Nuestros profesionales que recetan medicamentos psiquiátricos pueden hablar con usted sobre si le podría ayudar, y referirle al programa de un hospital.',
    },
    {
      service: 'methadone-treatment',
      note: `Methadone is dispensed only by certified opioid treatment programs. We prescribe buprenorphine and naltrexone instead, and can refer you to a methadone program; you can also ${FIND_TREATMENT}.`,
      note_es: `Solo los programas certificados de tratamiento de opioides entregan metadona. Nosotros recetamos buprenorfina y naltrexona, y podemos referirle a un programa de metadona; también puede ${FIND_TREATMENT_ES}.`,
    },
    {
      service: 'recovery-housing',
      note: `We do not run sober housing. Our case managers can help you find a certified recovery residence; you can also ${FIND_TREATMENT}.`,
      note_es: `No tenemos viviendas sobrias. Nuestros administradores de casos le pueden ayudar a encontrar una residencia de recuperación certificada; también puede ${FIND_TREATMENT_ES}.`,
    },
  ],
  referralResources: [
    {
      name: '988 Suicide & Crisis Lifeline',
      name_es: '988 Línea de Prevención del Suicidio y Crisis',
      description:
        'Call or text 988, or chat online, for free, confidential support in a mental health or substance use crisis, 24 hours a day. Press 2 for Spanish.',
      description_es:
        'Llame o envíe un mensaje de texto al 988, o chatee en línea, para recibir apoyo gratis y confidencial en una crisis de salud mental o de consumo de sustancias, las 24 horas del día. Oprima 2 para español.',
      url: 'https://988lifeline.org',
    },
    {
      name: 'SAMHSA’s National Helpline',
      name_es: 'Línea Nacional de Ayuda de SAMHSA',
      description:
        'Free, confidential treatment referral and information, in English and Spanish, 24 hours a day, 365 days a year.',
      description_es:
        'Información y referencias a tratamiento, gratis y confidenciales, en inglés y en español, las 24 horas del día, los 365 días del año.',
      phone: '+18006624357',
      url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
    },
    {
      name: 'FindTreatment.gov',
      name_es: 'FindTreatment.gov',
      description:
        'The national directory of licensed mental health and substance use treatment, searchable by location, payment and type of care, including detox and methadone programs.',
      description_es:
        'El directorio nacional de tratamientos con licencia para la salud mental y el consumo de sustancias. Puede buscar por lugar, forma de pago y tipo de atención, incluidos los programas de desintoxicación y de metadona.',
      url: 'https://findtreatment.gov',
    },
  ],
  noindex: false,
};
