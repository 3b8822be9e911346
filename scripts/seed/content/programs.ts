/**
 * Programs: the levels of care, from the most intensive to the lightest, plus crisis and recovery
 * support. `components` and `levelOfCareService` name services by slug (see services.ts).
 * Bodies use the small Markdown subset of `lib/portable-text.ts`.
 */
import type { ProgramSeed } from '../lib/types.ts';

const CRISIS_LINE =
  'If you might hurt yourself or someone else, do not wait for an intake: call or text 988, call 911, or go to the nearest emergency room.';

export const programs: ProgramSeed[] = [
  {
    slug: 'crisis-walk-in',
    title: 'Crisis walk-in care',
    shortName: 'Crisis walk-in',
    category: 'crisis-stabilization',
    order: 10,
    summary:
      'Same-day help, no appointment needed, for a mental health or substance use crisis that is not a medical emergency. A clinician sees you, helps you stay safe and connects you to the care you need next.',
    body: `
      ## What crisis walk-in care is
      Our crisis walk-in service is for the moments that cannot wait for a scheduled appointment: panic
      that will not settle, thoughts of suicide, a relapse that frightens you, or a family member who is
      not safe to be alone. You can walk in during open hours; you do not need a referral or insurance
      details to be seen.

      ## What happens when you arrive
      - A clinician meets with you privately, usually within 30 minutes
      - Together you make a safety plan for the next hours and days
      - A psychiatric prescriber can see you the same day if medication is needed
      - Before you leave, we book your next step: an intake, a program or a referral

      ## When to go somewhere else
      **If there is a medical emergency, an overdose or a weapon involved, call 911.** Crisis
      counselors are also available around the clock by calling or texting 988, or through
      [988lifeline.org](https://988lifeline.org).
    `,
    typicalSchedule: 'Walk in during open hours; most visits take one to three hours.',
    components: [
      'mental-health-assessment',
      'substance-use-assessment',
      'suicide-prevention',
      'psychiatric-care',
      'case-management',
      'peer-support',
      'naloxone-overdose-education',
    ],
    suitableFor: [
      'People in emotional distress who need to talk to a clinician today',
      'People worried about their own or a loved one’s safety who are not in a medical emergency',
      'People who have run out of a psychiatric medication and cannot reach their prescriber',
    ],
    notSuitableFor: [
      'Medical emergencies, overdoses or serious injuries: call 911 or go to an emergency room',
      'People who need supervised withdrawal from alcohol or drugs: we refer to medical detox',
    ],
    reasonsRecommended: [
      'To avoid an emergency room visit when a crisis can be handled safely in a calmer setting',
      'To get a same-day safety plan and a fast link into ongoing treatment',
    ],
    faq: [
      {
        question: 'Do I need insurance to be seen?',
        answer:
          'No. Nobody is turned away from crisis walk-in care for inability to pay. We will help with insurance or a sliding fee afterwards.',
      },
      {
        question: 'Can I bring someone with me?',
        answer: 'Yes. A friend or family member can wait with you and, if you want, join part of the conversation.',
      },
      {
        question: 'Is this a 24-hour service?',
        answer: `No, it runs during the hours listed for each location. ${CRISIS_LINE}`,
      },
    ],
    aliases: [
      'crisis',
      'walk-in',
      'crisis center',
      'mental health urgent care',
      'behavioral health urgent care',
      'same-day help',
    ],
  },
  // Levels of care no location offers: each has a page, and "not offered" entries point at it.
  {
    slug: 'inpatient-psychiatric-care',
    title: 'Hospital inpatient psychiatric care',
    shortName: 'Inpatient',
    category: 'hospital-inpatient',
    asamLevel: '4',
    order: 14,
    summary:
      'A stay in a psychiatric hospital or hospital unit, with doctors and nurses around the clock, when someone cannot be kept safe outside one. We do not run an inpatient unit; hospitals do.',
    body: `
      ## What inpatient psychiatric care is
      A short hospital stay for a mental health or substance use emergency: a safe, locked or closely
      watched unit, daily visits from a psychiatrist, and medication started or adjusted under watch.
      Most stays last days to a few weeks.

      ## How people get there
      Inpatient admission almost always starts in a hospital emergency department. ${CRISIS_LINE}

      ## After a hospital stay
      Our admissions team can plan the step down with the hospital, to partial hospitalization, IOP or
      outpatient care close to home.
    `,
    components: [],
    suitableFor: ['People who are not safe outside a hospital because of their mental health or substance use'],
    notSuitableFor: ['People who can stay safe at home with daily or weekly treatment'],
    reasonsRecommended: [
      'Immediate risk of harm to oneself or others',
      'Severe symptoms that need care around the clock',
    ],
    faq: [],
    aliases: ['inpatient', 'psychiatric hospital', 'psych ward', 'hospitalization', 'hospital inpatient'],
  },
  {
    slug: 'detox',
    title: 'Medically managed detox',
    shortName: 'Detox',
    category: 'detox',
    asamLevel: '3.7-WM',
    order: 16,
    summary:
      'Round-the-clock medical care to get safely through withdrawal from alcohol, opioids, benzodiazepines or other drugs. We do not run a detox program; our admissions team refers you to one.',
    safetyNote: 'Withdrawal can be dangerous; in an emergency, call 911.',
    body: `
      ## What detox is
      Detox (withdrawal management) is medical care while alcohol or a drug leaves the body: nurses
      check on you around the clock and medication eases symptoms and prevents complications. It
      usually takes three to seven days.

      ## Why it matters
      Stopping alcohol or benzodiazepines suddenly after heavy daily use can cause seizures. Detox is
      the start of treatment, not the whole of it: afterwards, residential care, IOP or medication for
      opioid use disorder helps you stay well.

      ## Finding a detox program
      Our admissions team can refer you to a detox program and plan the treatment that follows. You can
      also search for detox programs on [FindTreatment.gov](https://findtreatment.gov).
    `,
    components: [],
    suitableFor: ['People who drink heavily or use opioids or benzodiazepines every day and want to stop'],
    notSuitableFor: ['Medical emergencies such as seizures, confusion or hallucinations: call 911'],
    reasonsRecommended: ['Withdrawal symptoms, or a history of severe withdrawal', 'Before residential treatment'],
    faq: [],
    aliases: ['detox', 'detoxification', 'withdrawal management', 'medical detox', 'WM'],
  },
  {
    slug: 'residential',
    title: 'Residential treatment',
    shortName: 'Residential',
    category: 'residential',
    asamLevel: '3.5',
    order: 20,
    summary:
      'Live on site for a few weeks with staff present around the clock, in a full daily program of therapy, medical care and recovery skills, for people who need more structure than home can give right now.',
    body: `
      ## What residential treatment is
      In residential treatment you live at the center while you take part in treatment every day.
      Nurses and support staff are on site day and night, and a psychiatric prescriber sees every
      resident. Most people stay between three and six weeks; the length is set by progress, not a
      fixed calendar.

      ## A day in residential care
      - Morning check-in, then group therapy and skills sessions
      - Individual therapy at least twice a week
      - Medical and psychiatric care, including medication management
      - Yoga, art, time outdoors and evening recovery meetings
      - Family sessions, in person or by video

      ## Before you arrive
      Residents need to be medically stable. If you are still drinking heavily or using opioids or
      benzodiazepines every day, you may need **medically managed detox first**; our admissions team
      will help arrange it. You can also search for detox programs on
      [FindTreatment.gov](https://findtreatment.gov).
    `,
    typicalSchedule:
      'Every day of the week. Structured programming from about 8 a.m. to 8 p.m., with quiet hours overnight.',
    minHoursPerWeek: 30,
    components: [
      'psychiatric-care',
      'medication-management',
      'group-therapy',
      'individual-therapy',
      'cognitive-behavioral-therapy',
      'family-therapy',
      'psychoeducation',
      'yoga-mindful-movement',
      'art-therapy',
      'mutual-help-groups',
      'tobacco-cessation',
      'case-management',
      'continuing-care',
    ],
    suitableFor: [
      'Adults whose substance use or mental health makes it too hard to stay well at home',
      'People who have tried outpatient or IOP care and need more support',
      'People whose home is not a safe or sober place to recover right now',
    ],
    notSuitableFor: [
      'People in active, severe withdrawal, who need medically managed detox first',
      'People at immediate risk of harming themselves or others, who need hospital care',
      'People with medical needs that require a hospital',
    ],
    reasonsRecommended: [
      'Outpatient treatment has not been enough to stop a pattern of relapse',
      'Time away from everyday triggers is needed to build a foundation for recovery',
      'As a step down after a hospital stay or detox',
    ],
    faq: [
      {
        question: 'Can I have visitors or use my phone?',
        answer: 'Yes. Family visits are on weekends, and phones are available during free time in the evening.',
      },
      {
        question: 'What happens when I leave?',
        answer:
          'Before discharge you and your team plan the next step, usually partial hospitalization, IOP or outpatient care close to home.',
      },
    ],
    aliases: ['residential', 'residential treatment', 'rehab', 'live-in treatment', 'treatment center', 'RTC'],
  },
  {
    slug: 'partial-hospitalization',
    title: 'Partial hospitalization program',
    shortName: 'PHP',
    category: 'partial-hospitalization',
    asamLevel: '2.5',
    order: 30,
    summary:
      'A full day of treatment, five days a week, while you sleep at home. Also called day treatment, it gives nearly the structure of a hospital or residential stay without staying overnight.',
    body: `
      ## What partial hospitalization is
      A partial hospitalization program (PHP), often called **day treatment**, runs for most of the
      working day, five days a week. You get the intensity of a hospital or residential program, then
      go home in the evening. Most people attend for two to four weeks, then step down to IOP.

      ## What the day includes
      - Several therapy groups, including DBT and CBT skills
      - A daily check-in with a nurse and regular psychiatric visits
      - Individual and family therapy
      - Case management for work leave, benefits and other practical matters

      ## Is PHP the right level?
      PHP suits people who are struggling with daily life but are safe at home overnight. ${CRISIS_LINE}
    `,
    typicalSchedule: 'Monday to Friday, 9 a.m. to 3 p.m., usually for two to four weeks.',
    minHoursPerWeek: 20,
    components: [
      'group-therapy',
      'individual-therapy',
      'psychiatric-care',
      'medication-management',
      'dialectical-behavior-therapy',
      'cognitive-behavioral-therapy',
      'family-therapy',
      'psychoeducation',
      'art-therapy',
      'case-management',
      'continuing-care',
    ],
    suitableFor: [
      'People whose symptoms make work, school or home life very hard, but who are safe at home at night',
      'People leaving a hospital or residential program who need daily support',
      'People who have not improved enough in IOP',
    ],
    notSuitableFor: [
      'Anyone at immediate risk of harming themselves or others: this needs hospital care',
      'People who need medically supervised withdrawal',
    ],
    reasonsRecommended: [
      'Step down from an inpatient or residential stay',
      'To avoid a hospital stay when symptoms are getting worse',
      'Intensive daily practice of coping skills',
    ],
    faq: [
      {
        question: 'Can I keep working during PHP?',
        answer:
          'Usually not: the program takes most of the day. We can provide paperwork for medical leave and help plan your return.',
      },
      {
        question: 'Is lunch provided?',
        answer: 'Yes, a simple lunch is served every program day.',
      },
    ],
    aliases: ['PHP', 'partial hospitalization', 'partial hospitalization program', 'day treatment', 'day program'],
  },
  {
    slug: 'intensive-outpatient',
    title: 'Intensive outpatient program',
    shortName: 'IOP',
    category: 'intensive-outpatient',
    asamLevel: '2.1',
    order: 40,
    summary:
      'Structured treatment of at least 12 hours a week while you keep living at home, with day or evening groups. It combines group therapy, psychiatric care and skills you can use at work, at school and at home.',
    body: `
      ## What an intensive outpatient program is
      An intensive outpatient program (IOP) is a structured course of treatment of **at least 12 hours
      a week**. You keep living at home, and many people keep working or studying. Groups meet about
      three hours a day, three to five days a week, in either a daytime or an evening track, adding up
      to 12 hours or more each week.

      ## What the program is made of
      - **Group therapy**, the heart of the program, where you practise new skills with others
      - **Psychiatric care**: an evaluation and regular follow-up with a psychiatric prescriber
      - **Medication management**, when medication is part of your plan
      - **Education about your condition** (psychoeducation), so you understand what is happening and what helps
      - **Individual therapy** as needed, alongside the groups
      - **Complementary therapies** such as yoga or art

      ## Who IOP suits
      IOP is a good fit if you do not need detox, you are not a danger to yourself or others, you have
      a supportive home to go back to each day, and you want to keep up with work, school or family
      life while you get better.

      ## When you need more than IOP
      IOP is not a safe starting point for anyone at immediate risk. If that is you, a higher level of
      care, such as a hospital or residential program, comes first. ${CRISIS_LINE}

      ## If none of our locations is near you
      You can look for an IOP near you on [FindTreatment.gov](https://findtreatment.gov).
    `,
    typicalSchedule:
      'About 3 to 4 hours a day, 3 to 5 days a week, 12 hours a week or more. Daytime track: Monday, Wednesday and Friday, 9 a.m. to 1 p.m. Evening track: Monday to Thursday, 5:30 to 8:30 p.m. Most people attend for 8 to 12 weeks.',
    minHoursPerWeek: 12,
    components: [
      'group-therapy',
      'psychiatric-care',
      'medication-management',
      'psychoeducation',
      'individual-therapy',
      'yoga-mindful-movement',
      'art-therapy',
      'relapse-prevention',
      'continuing-care',
    ],
    suitableFor: [
      'People who do not need detox or medically supervised withdrawal',
      'People who are not a danger to themselves or others',
      'People with a supportive, stable place to live',
      'People who want to keep up with work, school or family responsibilities during treatment',
    ],
    notSuitableFor: [
      'Anyone at immediate risk of harming themselves or someone else: go to a higher level of care, call or text 988, or call 911',
      'People who need medical detox before starting treatment',
      'People without a safe place to live while attending',
    ],
    reasonsRecommended: [
      'A step down after an inpatient or residential stay',
      'To prevent the need for a higher level of care when symptoms are getting worse',
      'Relapse prevention',
      'To build coping skills for everyday life',
    ],
    faq: [
      {
        question: 'How is IOP different from regular therapy?',
        answer:
          'Regular outpatient therapy is usually one hour a week. IOP is at least 12 hours a week of structured treatment, mostly in groups, with psychiatric care built in.',
      },
      {
        question: 'Can I keep my job while in IOP?',
        answer:
          'Most people do. Evening groups start at 5:30 p.m. so that you can attend after work, and we can provide a letter for your employer if you need schedule changes.',
      },
      {
        question: 'How long does IOP last?',
        answer:
          'Usually 8 to 12 weeks. Your team reviews progress with you every week and plans the step down to outpatient care together.',
      },
      {
        question: 'Can I attend by video?',
        answer:
          'At several locations, yes. Each location page says whether its IOP meets in person, by telehealth or both.',
      },
    ],
    aliases: [
      'IOP',
      'intensive outpatient',
      'intensive outpatient program',
      'intensive outpatient treatment',
      'evening program',
    ],
  },
  {
    slug: 'co-occurring-intensive-outpatient',
    title: 'Co-occurring disorders intensive outpatient program',
    shortName: 'Co-occurring IOP',
    category: 'intensive-outpatient',
    asamLevel: '2.1',
    order: 50,
    summary:
      'An IOP for people living with both a mental health condition and a substance use problem, treating the two together with one team and one plan, at least 12 hours a week while living at home.',
    body: `
      ## Treating both at once
      Depression, anxiety, trauma or bipolar disorder often go hand in hand with alcohol or drug use,
      and each makes the other harder to treat. This program, sometimes called **dual diagnosis**
      treatment, addresses both together instead of sending you to two separate services.

      ## What is included
      - Integrated groups on mood, anxiety and substance use
      - Motivational interviewing and relapse prevention
      - Psychiatric care and medication, including medication for addiction where it fits
      - Peer support from staff in recovery themselves
      - Drug testing used as a treatment tool, never as a punishment

      ## Learn more
      If you are looking for integrated treatment far from our locations,
      [FindTreatment.gov](https://findtreatment.gov) lets you filter for programs that treat
      co-occurring mental health and substance use disorders.
    `,
    typicalSchedule: '3 hours a day, 4 days a week, for about 10 to 12 weeks.',
    minHoursPerWeek: 12,
    components: [
      'integrated-co-occurring-treatment',
      'group-therapy',
      'individual-therapy',
      'psychiatric-care',
      'medication-management',
      'motivational-interviewing',
      'relapse-prevention',
      'psychoeducation',
      'drug-alcohol-testing',
      'peer-support',
    ],
    suitableFor: [
      'Adults with both a mental health condition and a substance use problem',
      'People who have found that treating one problem at a time did not work',
      'People who are medically stable and safe at home',
    ],
    notSuitableFor: [
      'People who need medically managed withdrawal first',
      'Anyone at immediate risk of harming themselves or others: call or text 988, or call 911',
    ],
    reasonsRecommended: [
      'Symptoms of a mental health condition keep leading back to substance use, or the other way round',
      'A step down from residential or partial hospitalization for co-occurring disorders',
    ],
    faq: [
      {
        question: 'Do I need a formal diagnosis to join?',
        answer:
          'No. The assessment at intake looks at both mental health and substance use, and the team recommends the program if it fits.',
      },
      {
        question: 'Can I take buprenorphine or naltrexone while in the program?',
        answer: 'Yes. Medication for addiction is welcome here and can be prescribed by our own team.',
      },
    ],
    aliases: [
      'dual diagnosis',
      'dual diagnosis IOP',
      'co-occurring disorders',
      'co-occurring IOP',
      'COD',
      'integrated treatment',
    ],
  },
  {
    slug: 'adolescent-intensive-outpatient',
    title: 'Adolescent intensive outpatient program',
    shortName: 'Teen IOP',
    category: 'intensive-outpatient',
    asamLevel: '2.1',
    order: 60,
    summary:
      'An after-school IOP for teens aged 13 to 17 struggling with depression, anxiety, self-harm or substance use, with weekly family sessions and a plan that works with school.',
    body: `
      ## An IOP built for teenagers
      Groups meet after school, so that teens can stay in class and at home. Each group has no more
      than ten young people of similar age, led by therapists trained in adolescent care.

      ## What families can expect
      - Three after-school groups a week, 9 hours in all, built on DBT skills
      - A weekly family therapy session
      - A monthly evening education group for parents and caregivers
      - Psychiatric care and medication management when needed
      - Contact with the school counselor, with your permission

      ## Safety first
      Teens at immediate risk need a higher level of care first. ${CRISIS_LINE} Parents can find
      guidance on talking with teens about mental health at
      [988lifeline.org](https://988lifeline.org).
    `,
    typicalSchedule: 'Monday, Tuesday and Thursday, 3:30 to 6:30 p.m. (9 hours a week), for about 8 to 10 weeks.',
    minHoursPerWeek: 9,
    components: [
      'group-therapy',
      'dialectical-behavior-therapy',
      'family-therapy',
      'individual-therapy',
      'psychiatric-care',
      'medication-management',
      'psychoeducation',
      'family-education',
      'art-therapy',
      'suicide-prevention',
    ],
    suitableFor: [
      'Teens aged 13 to 17 whose struggles are affecting school, friendships or family life',
      'Teens who need more than weekly therapy but are safe living at home',
      'Families willing to take part in weekly sessions',
    ],
    notSuitableFor: [
      'Teens at immediate risk of harming themselves or others: call or text 988, or call 911',
      'Teens who need medical withdrawal management',
    ],
    reasonsRecommended: [
      'A step down after a hospital stay or crisis',
      'To keep a teen in school and at home while treatment intensifies',
      'To build skills for handling strong emotions and urges to self-harm',
    ],
    faq: [
      {
        question: 'Will my teen miss school?',
        answer: 'No. Groups start at 3:30 p.m. so that teens can attend after the school day.',
      },
      {
        question: 'Do parents have to attend?',
        answer:
          'Yes, at least one parent or caregiver joins the weekly family session. Teens do better when the family learns the same skills.',
      },
    ],
    aliases: ['adolescent IOP', 'teen IOP', 'youth IOP', 'teen program', 'adolescent intensive outpatient'],
  },
  {
    slug: 'outpatient-therapy',
    title: 'Outpatient therapy',
    shortName: 'Outpatient',
    category: 'outpatient',
    asamLevel: '1',
    order: 70,
    summary:
      'Regular therapy and psychiatric appointments, usually weekly or every other week, for mental health and substance use concerns, in person or by video.',
    body: `
      ## What outpatient care is
      Outpatient care is the most familiar kind of treatment: a regular appointment with a therapist,
      a psychiatric prescriber or both, usually once a week or every other week. It is also where most
      people continue after finishing a more intensive program.

      ## What you can get
      - Individual, couples and family therapy
      - Therapy groups for anxiety, depression, grief and recovery
      - CBT and trauma-focused therapy
      - Psychiatric evaluation and medication management

      ## Getting started
      Call admissions to book an assessment. Most people are seen within a week; if you need help
      sooner, ask about crisis walk-in care. Not sure which kind of care you need? SAMHSA's
      [FindTreatment.gov](https://findtreatment.gov) explains the options.
    `,
    typicalSchedule: 'One 50-minute session a week or every other week; evening appointments available.',
    minHoursPerWeek: 1,
    components: [
      'mental-health-assessment',
      'substance-use-assessment',
      'individual-therapy',
      'group-therapy',
      'family-therapy',
      'cognitive-behavioral-therapy',
      'trauma-focused-therapy',
      'medication-management',
    ],
    suitableFor: [
      'People with symptoms that affect daily life but still let them manage work, school and home',
      'People stepping down from IOP, PHP or residential care',
      'People who want help early, before things get worse',
    ],
    notSuitableFor: [
      'People who need several hours of treatment a week to stay well: ask about IOP or PHP',
      'Anyone at immediate risk of harming themselves or others: call or text 988, or call 911',
    ],
    reasonsRecommended: [
      'Continuing care after a more intensive program',
      'Mild to moderate depression, anxiety or substance use',
      'Ongoing medication management',
    ],
    faq: [
      {
        question: 'Can I choose my therapist?',
        answer:
          'You can tell us what matters to you, such as gender, language or experience with a particular issue, and we will match you as closely as we can.',
      },
      {
        question: 'Do you offer video appointments?',
        answer: 'Yes, at most locations. Each location page lists the formats it offers.',
      },
    ],
    aliases: [
      'outpatient',
      'OP',
      'outpatient therapy',
      'outpatient treatment',
      'counseling',
      'talk therapy',
      'therapy',
      'psychiatry',
    ],
  },
  {
    slug: 'medication-for-opioid-use-disorder',
    title: 'Medication for opioid use disorder',
    shortName: 'MOUD',
    category: 'medication-assisted',
    order: 80,
    summary:
      'Buprenorphine or naltrexone for opioid use disorder, prescribed by our own clinicians, with counseling and support. Also called medication-assisted treatment (MAT). We do not dispense methadone.',
    body: `
      ## Medication that works
      Medication for opioid use disorder (MOUD), also known as **medication-assisted treatment**
      (MAT), is the most effective treatment for opioid addiction. It eases withdrawal and cravings,
      lowers the risk of overdose and lets people rebuild their lives. We prescribe:

      - Buprenorphine, as a film, tablet or monthly injection
      - Naltrexone, as a tablet or a monthly injection

      ## How it works here
      Many people can start buprenorphine at their first visit, or at home with guidance from our
      team. Visits are weekly at first and then spaced out. Counseling is encouraged and offered, but
      never a condition for getting your medication.

      ## Methadone
      Methadone can only be dispensed by a certified opioid treatment program, which we are not. Our
      team can refer you to one, and [FindTreatment.gov](https://findtreatment.gov) lists certified
      opioid treatment programs across the country.
    `,
    typicalSchedule: 'Weekly visits for the first month, then every two to four weeks.',
    components: [
      'buprenorphine-treatment',
      'naltrexone-treatment',
      'substance-use-assessment',
      'drug-alcohol-testing',
      'naloxone-overdose-education',
      'individual-therapy',
      'peer-support',
      'case-management',
    ],
    suitableFor: [
      'Adults with opioid use disorder, including people using fentanyl',
      'People already taking buprenorphine who need a new prescriber',
      'People leaving jail, a hospital or residential treatment who need to continue medication',
    ],
    notSuitableFor: [
      'People who want methadone: we refer to a certified opioid treatment program',
      'People in severe withdrawal from alcohol or benzodiazepines, who need medical detox',
    ],
    reasonsRecommended: [
      'To reduce the risk of overdose and death',
      'To control cravings and withdrawal so that other treatment can work',
      'To continue medication started in a hospital, jail or residential program',
    ],
    faq: [
      {
        question: 'Do I have to be in withdrawal to start buprenorphine?',
        answer:
          'Usually you start once mild withdrawal has begun. With fentanyl, our clinicians may suggest a low-dose start instead; they will talk you through it.',
      },
      {
        question: 'Is MOUD just replacing one drug with another?',
        answer:
          'No. These medications treat a medical condition at a steady dose without the highs and lows of drug use, the same way insulin treats diabetes.',
      },
      {
        question: 'Can I get naloxone here?',
        answer: 'Yes, free naloxone kits are available at every location that offers MOUD.',
      },
    ],
    aliases: [
      'MOUD',
      'MAT',
      'medication-assisted treatment',
      'medication for opioid use disorder',
      'buprenorphine',
      'Suboxone',
      'naltrexone',
      'Vivitrol',
      'opioid addiction treatment',
    ],
  },
  {
    slug: 'recovery-support',
    title: 'Recovery support services',
    shortName: 'Recovery support',
    category: 'recovery-support',
    order: 90,
    summary:
      'Peer coaching, mutual-help meetings, alumni groups and help with work and daily life, for anyone in or after treatment, and for their families.',
    body: `
      ## Support that lasts beyond a program
      Recovery does not end when a program does. Our recovery support services keep people connected
      through the months after treatment, when support matters most.

      ## What is on offer
      - One-to-one recovery coaching with peers who have lived experience
      - Community mutual-help meetings on site, including 12-step and SMART Recovery groups
      - Weekly alumni groups for people who finished one of our programs
      - Help with job searches, going back to school and other practical steps
      - Free naloxone and overdose-prevention training

      ## Open to everyone
      You do not need to be a current client to join a meeting or talk to a peer coach. SAMHSA's
      [National Helpline](https://www.samhsa.gov/find-help/helplines/national-helpline) can also
      point you to recovery support near you.
    `,
    typicalSchedule: 'Drop-in groups on weekday evenings and Saturday mornings; coaching by appointment.',
    components: [
      'peer-support',
      'mutual-help-groups',
      'continuing-care',
      'employment-support',
      'family-education',
      'naloxone-overdose-education',
      'case-management',
    ],
    suitableFor: [
      'People who have finished a treatment program and want ongoing support',
      'People in early recovery who are not ready for formal treatment',
      'Family members looking for support of their own',
    ],
    notSuitableFor: [
      'People who need clinical treatment for symptoms: ask admissions about an assessment',
      'Anyone at immediate risk: call or text 988, or call 911',
    ],
    reasonsRecommended: [
      'To keep momentum after completing IOP, PHP or residential treatment',
      'To build a sober network and routines that support recovery',
    ],
    faq: [
      {
        question: 'Does recovery support cost anything?',
        answer: 'Groups and peer coaching are free. Case management is billed to insurance where it is covered.',
      },
      {
        question: 'Do I have to be sober to attend?',
        answer: 'No. Come as you are; the groups welcome anyone who wants to make a change.',
      },
    ],
    aliases: ['recovery support', 'peer support', 'recovery coaching', 'aftercare', 'alumni group', 'sober support'],
  },
];
