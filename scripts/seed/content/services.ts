/**
 * Services: the building blocks programs are made of and locations list. Codes come from SAMHSA's
 * 2022 national directory code lists (substance use `SA` and mental health `MH`), only where one fits.
 * Levels of care (IOP, detox…) are programs (programs.ts), never services. The last group is offered at
 * no location; `settings.ts` says where to go instead.
 */
import type { ServiceSeed } from '../lib/types.ts';

export const services: ServiceSeed[] = [
  // Assessment
  {
    slug: 'mental-health-assessment',
    title: 'Mental health assessment',
    category: 'assessment',
    description:
      'A conversation with a clinician about what you are going through, used to find the right level of care.',
    samhsaCode: 'CMHA',
    aliases: ['evaluation', 'intake', 'screening'],
  },
  {
    slug: 'substance-use-assessment',
    title: 'Substance use assessment',
    category: 'assessment',
    description:
      'A review of alcohol and drug use, its effects on your life and health, and which kind of treatment fits.',
    samhsaCode: 'CSAA',
    aliases: ['drug and alcohol evaluation', 'SUD assessment', 'DUI assessment'],
  },
  {
    slug: 'drug-alcohol-testing',
    title: 'Drug and alcohol testing',
    category: 'assessment',
    description: 'Urine testing used as a treatment tool, to support recovery and guide medication decisions.',
    samhsaCode: 'DAUT',
    aliases: ['UA', 'urine drug screen', 'drug test'],
  },

  // Therapy
  {
    slug: 'group-therapy',
    title: 'Group therapy',
    category: 'therapy',
    description: 'Small groups led by a therapist, where people practise skills and learn from each other.',
    samhsaCode: 'GT',
    aliases: ['group counseling', 'process group', 'skills group'],
  },
  {
    slug: 'individual-therapy',
    title: 'Individual therapy',
    category: 'therapy',
    description: 'One-to-one sessions with a licensed therapist.',
    samhsaCode: 'IPT',
    aliases: ['individual counseling', 'psychotherapy', 'talk therapy', 'one-on-one therapy'],
  },
  {
    slug: 'cognitive-behavioral-therapy',
    title: 'Cognitive behavioral therapy (CBT)',
    category: 'therapy',
    description: 'A practical therapy that works on the links between thoughts, feelings and actions.',
    samhsaCode: 'CBT',
    aliases: ['CBT', 'cognitive therapy'],
  },
  {
    slug: 'dialectical-behavior-therapy',
    title: 'Dialectical behavior therapy (DBT)',
    category: 'therapy',
    description:
      'Skills for handling intense emotions, distress and relationships, taught in groups and practised between sessions.',
    samhsaCode: 'DBT',
    aliases: ['DBT', 'DBT skills group'],
  },
  {
    slug: 'family-therapy',
    title: 'Family and couples therapy',
    category: 'therapy',
    description: 'Sessions that bring in the people you live with or rely on, to improve communication and support.',
    samhsaCode: 'CFT',
    aliases: ['family counseling', 'couples counseling', 'marriage counseling'],
  },
  {
    slug: 'trauma-focused-therapy',
    title: 'Trauma-focused therapy',
    category: 'therapy',
    description: 'Therapy for the lasting effects of trauma, paced so that you stay in control.',
    samhsaCode: 'TRC',
    aliases: ['trauma therapy', 'PTSD treatment', 'trauma counseling'],
  },
  {
    slug: 'emdr',
    title: 'EMDR therapy',
    category: 'therapy',
    description:
      'Eye movement desensitization and reprocessing: a structured therapy for distressing memories and PTSD.',
    samhsaCode: 'EMDR',
    aliases: ['EMDR', 'eye movement desensitization and reprocessing'],
  },
  {
    slug: 'motivational-interviewing',
    title: 'Motivational interviewing',
    category: 'therapy',
    description: 'A respectful, non-judgmental way of talking through mixed feelings about change.',
    samhsaCode: 'MOTI',
    aliases: ['MI', 'motivational enhancement'],
  },
  {
    slug: 'relapse-prevention',
    title: 'Relapse prevention',
    category: 'therapy',
    description: 'Planning for triggers, cravings and hard days, and what to do if a slip happens.',
    samhsaCode: 'RELP',
    aliases: ['relapse prevention plan', 'recovery planning'],
  },
  {
    slug: 'integrated-co-occurring-treatment',
    title: 'Integrated treatment for co-occurring disorders',
    category: 'therapy',
    description:
      'Mental health and substance use treated together, by one team with one plan, instead of one after the other.',
    samhsaCode: 'IDD',
    aliases: ['dual diagnosis', 'co-occurring disorders', 'COD'],
  },
  {
    slug: 'contingency-management',
    title: 'Contingency management',
    category: 'therapy',
    description:
      'Small, immediate rewards for reaching treatment goals such as negative drug tests; well studied for stimulant use.',
    samhsaCode: 'CMI',
    aliases: ['CM', 'motivational incentives', 'stimulant use treatment', 'meth treatment'],
  },
  {
    slug: 'psychoeducation',
    title: 'Education about your condition (psychoeducation)',
    category: 'therapy',
    description: 'Classes that explain a diagnosis, how treatment works and how to spot early warning signs.',
    aliases: ['psychoeducation', 'education groups', 'health education'],
  },

  // Medical and medication
  {
    slug: 'psychiatric-care',
    title: 'Psychiatric care',
    category: 'medical',
    description:
      'Evaluation and follow-up with a psychiatrist or psychiatric nurse practitioner, including diagnosis and treatment planning.',
    aliases: ['psychiatrist', 'psychiatric evaluation', 'psychiatric nurse practitioner', 'PMHNP'],
  },
  {
    slug: 'medication-management',
    title: 'Medication management',
    category: 'medication',
    description:
      'Prescribing and adjusting medication for mental health conditions, with regular check-ins on how it is working.',
    samhsaCode: 'MMD',
    aliases: ['med management', 'med check', 'psychiatric medication'],
  },
  {
    slug: 'buprenorphine-treatment',
    title: 'Buprenorphine treatment',
    category: 'medication',
    description:
      'Prescribing buprenorphine for opioid use disorder, in films, tablets or monthly injections, with follow-up visits.',
    samhsaCode: 'UB',
    aliases: ['Suboxone', 'bupe', 'Sublocade', 'buprenorphine'],
  },
  {
    slug: 'naltrexone-treatment',
    title: 'Naltrexone treatment',
    category: 'medication',
    description: 'Prescribing naltrexone, as daily tablets or a monthly injection, for opioid or alcohol use disorder.',
    samhsaCode: 'UN',
    aliases: ['Vivitrol', 'naltrexone', 'alcohol use disorder medication'],
  },
  {
    slug: 'transcranial-magnetic-stimulation',
    title: 'Transcranial magnetic stimulation (TMS)',
    category: 'medical',
    description:
      'A non-invasive treatment for depression that has not improved with medication, given in short daily sessions.',
    samhsaCode: 'TMS',
    aliases: ['TMS', 'rTMS', 'treatment-resistant depression'],
  },
  {
    slug: 'tobacco-cessation',
    title: 'Tobacco and vaping cessation',
    category: 'medical',
    description: 'Counseling and nicotine replacement to help you quit smoking or vaping.',
    samhsaCode: 'TCC',
    aliases: ['quit smoking', 'quit vaping', 'nicotine replacement'],
  },

  // Complementary
  {
    slug: 'yoga-mindful-movement',
    title: 'Yoga and mindful movement',
    category: 'complementary',
    description: 'Gentle, trauma-informed yoga and movement sessions, adapted to any body and fitness level.',
    aliases: ['yoga', 'mindfulness', 'movement therapy'],
  },
  {
    slug: 'art-therapy',
    title: 'Art therapy',
    category: 'complementary',
    description: 'Making art with a trained therapist as another way to express and work through experiences.',
    aliases: ['expressive therapy', 'creative arts therapy'],
  },
  {
    slug: 'acupuncture',
    title: 'Acupuncture',
    category: 'complementary',
    description: 'Ear acupuncture sessions offered alongside treatment to ease stress, cravings and sleep problems.',
    samhsaCode: 'ACU',
    aliases: ['ear acupuncture', 'NADA protocol', 'auricular acupuncture'],
  },

  // Support
  {
    slug: 'peer-support',
    title: 'Peer support and recovery coaching',
    category: 'support',
    description: 'Support from trained staff who have their own lived experience of recovery.',
    samhsaCode: 'PEER',
    aliases: ['peer support specialist', 'recovery coach', 'peer mentor'],
  },
  {
    slug: 'case-management',
    title: 'Case management',
    category: 'support',
    description: 'Help with practical needs such as benefits, housing applications, transport and appointments.',
    samhsaCode: 'CM',
    aliases: ['care coordination', 'social services help'],
  },
  {
    slug: 'family-education',
    title: 'Family education and support',
    category: 'support',
    description:
      'Evening sessions for parents, partners and relatives about mental illness, addiction and how to support recovery.',
    samhsaCode: 'FPSY',
    aliases: ['family program', 'family psychoeducation', 'support for families'],
  },
  {
    slug: 'mutual-help-groups',
    title: 'Mutual-help meetings on site',
    category: 'support',
    description:
      'Space for community-run meetings such as 12-step and SMART Recovery groups, open to current and former clients.',
    samhsaCode: 'SHG',
    aliases: ['AA', 'NA', '12-step meetings', 'SMART Recovery', 'self-help groups'],
  },
  {
    slug: 'continuing-care',
    title: 'Continuing care and discharge planning',
    category: 'support',
    description: 'A plan for what comes after a program ends: step-down care, alumni groups and follow-up calls.',
    samhsaCode: 'ACC',
    aliases: ['aftercare', 'step-down', 'discharge planning', 'alumni group'],
  },
  {
    slug: 'employment-support',
    title: 'Employment support',
    category: 'support',
    description: 'Help returning to work or school: résumés, job searches and talking with employers.',
    samhsaCode: 'EMP',
    aliases: ['job help', 'vocational support', 'return to work'],
  },
  {
    slug: 'naloxone-overdose-education',
    title: 'Naloxone and overdose education',
    category: 'support',
    description: 'Free naloxone kits and short training on recognising and reversing an opioid overdose.',
    samhsaCode: 'NOE',
    aliases: ['Narcan', 'naloxone', 'overdose prevention'],
  },
  {
    slug: 'suicide-prevention',
    title: 'Suicide prevention and safety planning',
    category: 'support',
    description: 'Screening for suicide risk and a written plan, made together, for getting through a crisis safely.',
    samhsaCode: 'SPS',
    aliases: ['safety plan', 'suicide risk assessment'],
  },

  // Offered at no location (see settings.ts for where to go instead)
  {
    slug: 'electroconvulsive-therapy',
    title: 'Electroconvulsive therapy (ECT)',
    category: 'medical',
    description: 'A procedure under anesthesia for severe depression and some other conditions, given in hospitals.',
    samhsaCode: 'ECT',
    aliases: ['ECT', 'shock therapy'],
  },
  {
    slug: 'methadone-treatment',
    title: 'Methadone treatment (opioid treatment program)',
    category: 'medication',
    description:
      'Daily methadone for opioid use disorder, which by law is dispensed only by certified opioid treatment programs.',
    samhsaCode: 'OTP',
    aliases: ['methadone', 'methadone clinic', 'OTP', 'opioid treatment program'],
  },
  {
    slug: 'recovery-housing',
    title: 'Recovery housing',
    category: 'support',
    description:
      'Alcohol- and drug-free shared housing for people in recovery, such as sober living or halfway houses.',
    samhsaCode: 'HH',
    aliases: ['sober living', 'halfway house', 'transitional housing', 'sober house'],
  },
];
