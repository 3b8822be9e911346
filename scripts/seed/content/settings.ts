/**
 * Site settings: the organisation, its main admissions line, and what no location offers.
 * The organisation is invented; phone numbers use the fictional 555-01xx range, except the
 * national helplines in `referralResources`, which are real public services.
 */
import type { SettingsSeed } from '../lib/types.ts';

const FIND_TREATMENT = 'search FindTreatment.gov or call SAMHSA’s National Helpline at 1-800-662-4357';

export const settings: SettingsSeed = {
  organizationName: 'Alderwell Behavioral Health',
  tagline: 'Mental health and substance use care in Oregon, Washington and Idaho.',
  admissionsPhone: '+15035550100',
  reportProblemEmail: 'directory-updates@example.org',
  notOfferedNote:
    'At this time we do not offer medically managed detox, hospital inpatient psychiatric care, electroconvulsive therapy (ECT), methadone, or recovery housing at any of our locations. Our admissions team can refer you to a provider that does. You can also search FindTreatment.gov or call SAMHSA’s National Helpline at 1-800-662-4357, free and confidential, any time. If you are in crisis, call or text 988. In an emergency, call 911 or go to the nearest emergency room.',
  notOffered: [
    {
      program: 'detox',
      note: `For withdrawal from alcohol, opioids or benzodiazepines, ask our admissions team for a referral to a detox program, or ${FIND_TREATMENT}. Severe withdrawal, such as seizures, confusion or hallucinations, is an emergency: call 911.`,
    },
    {
      program: 'inpatient-psychiatric-care',
      note: 'If you or someone else is not safe, go to the nearest hospital emergency department or call 911; the hospital arranges inpatient admission. Call or text 988 for crisis support at any hour.',
    },
    {
      service: 'electroconvulsive-therapy',
      note: 'ECT is provided by hospitals. Our psychiatric prescribers can discuss whether it might help and refer you to a hospital program.',
    },
    {
      service: 'methadone-treatment',
      note: `Methadone is dispensed only by certified opioid treatment programs. We prescribe buprenorphine and naltrexone instead, and can refer you to a methadone program; you can also ${FIND_TREATMENT}.`,
    },
    {
      service: 'recovery-housing',
      note: `We do not run sober housing. Our case managers can help you find a certified recovery residence; you can also ${FIND_TREATMENT}.`,
    },
  ],
  referralResources: [
    {
      name: '988 Suicide & Crisis Lifeline',
      description:
        'Call or text 988, or chat online, for free, confidential support in a mental health or substance use crisis, 24 hours a day. Press 2 for Spanish.',
      url: 'https://988lifeline.org',
    },
    {
      name: 'SAMHSA’s National Helpline',
      description:
        'Free, confidential treatment referral and information, in English and Spanish, 24 hours a day, 365 days a year.',
      phone: '+18006624357',
      url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
    },
    {
      name: 'FindTreatment.gov',
      description:
        'The national directory of licensed mental health and substance use treatment, searchable by location, payment and type of care, including detox and methadone programs.',
      url: 'https://findtreatment.gov',
    },
  ],
  noindex: false,
};
