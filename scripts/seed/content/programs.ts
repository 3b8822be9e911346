/**
 * Programs: the levels of care, from the most intensive to the lightest, plus crisis and recovery
 * support. `components` and `levelOfCareService` name services by slug (see services.ts).
 * Bodies use the small Markdown subset of `lib/portable-text.ts`.
 */
import type { ProgramSeed } from '../lib/types.ts';

const CRISIS_LINE =
  'If you might hurt yourself or someone else, do not wait for an intake: call or text 988, call 911, or go to the nearest emergency room.';
const CRISIS_LINE_ES =
  'Si usted podría hacerse daño o hacer daño a otra persona, no espere a una cita: llame o envíe un mensaje de texto al 988, llame al 911 o vaya a la sala de emergencias más cercana.';

export const programs: ProgramSeed[] = [
  {
    slug: 'crisis-walk-in',
    title: 'Crisis walk-in care',
    title_es: 'Atención de crisis sin cita',
    shortName: 'Crisis walk-in',
    shortName_es: 'Crisis sin cita',
    category: 'crisis-stabilization',
    order: 10,
    summary:
      'Same-day help, no appointment needed, for a mental health or substance use crisis that is not a medical emergency. A clinician sees you, helps you stay safe and connects you to the care you need next.',
    summary_es:
      'Ayuda el mismo día, sin cita, para una crisis de salud mental o de consumo de sustancias que no es una emergencia médica. Un profesional le atiende, le ayuda a estar a salvo y le conecta con la atención que necesita después.',
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
    body_es: `
      ## Qué es la atención de crisis sin cita
      Nuestro servicio de crisis sin cita es para los momentos que no pueden esperar a una cita: un pánico
      que no se calma, pensamientos de suicidio, una recaída que le asusta, o un familiar que no está a
      salvo si se queda solo. Puede venir durante el horario de atención. No necesita una referencia ni los
      datos de su seguro para que le atiendan.

      ## Qué pasa cuando llega
      - Un profesional habla con usted en privado, por lo general en menos de 30 minutos
      - Juntos hacen un plan de seguridad para las próximas horas y días
      - Si necesita medicamentos, un profesional que receta medicamentos psiquiátricos puede verle el mismo día
      - Antes de que se vaya, programamos su siguiente paso: una evaluación de ingreso, un programa o una referencia

      ## Cuándo ir a otro lugar
      **Si hay una emergencia médica, una sobredosis o un arma, llame al 911.** También hay consejeros de
      crisis a toda hora: llame o envíe un mensaje de texto al 988, o visite
      [988lineadevida.org](https://988lineadevida.org).
    `,
    typicalSchedule: 'Walk in during open hours; most visits take one to three hours.',
    typicalSchedule_es:
      'Venga sin cita durante el horario de atención. La mayoría de las visitas duran de una a tres horas.',
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
    suitableFor_es: [
      'Personas con angustia emocional que necesitan hablar hoy con un profesional',
      'Personas preocupadas por su propia seguridad o la de un ser querido, que no tienen una emergencia médica',
      'Personas que se quedaron sin un medicamento psiquiátrico y no pueden comunicarse con quien se lo receta',
    ],
    notSuitableFor: [
      'Medical emergencies, overdoses or serious injuries: call 911 or go to an emergency room',
      'People who need supervised withdrawal from alcohol or drugs: we refer to medical detox',
    ],
    notSuitableFor_es: [
      'Emergencias médicas, sobredosis o heridas graves: llame al 911 o vaya a una sala de emergencias',
      'Personas que necesitan dejar el alcohol o las drogas con supervisión médica: les referimos a desintoxicación médica',
    ],
    reasonsRecommended: [
      'To avoid an emergency room visit when a crisis can be handled safely in a calmer setting',
      'To get a same-day safety plan and a fast link into ongoing treatment',
    ],
    reasonsRecommended_es: [
      'Para evitar ir a la sala de emergencias cuando la crisis se puede atender de forma segura en un lugar más tranquilo',
      'Para tener un plan de seguridad el mismo día y entrar pronto a un tratamiento continuo',
    ],
    faq: [
      {
        question: 'Do I need insurance to be seen?',
        question_es: '¿Necesito seguro médico para que me atiendan?',
        answer:
          'No. Nobody is turned away from crisis walk-in care for inability to pay. We will help with insurance or a sliding fee afterwards.',
        answer_es:
          'No. A nadie se le niega la atención de crisis por no poder pagar. Después le ayudamos con el seguro o con una tarifa según sus ingresos.',
      },
      {
        question: 'Can I bring someone with me?',
        question_es: '¿Puedo venir con alguien?',
        answer: 'Yes. A friend or family member can wait with you and, if you want, join part of the conversation.',
        answer_es:
          'Sí. Un amigo o familiar puede esperar con usted y, si usted quiere, participar en parte de la conversación.',
      },
      {
        question: 'Is this a 24-hour service?',
        question_es: '¿Este servicio está abierto las 24 horas?',
        answer: `No, it runs during the hours listed for each location. ${CRISIS_LINE}`,
        answer_es: `No, funciona en el horario que aparece para cada centro. ${CRISIS_LINE_ES}`,
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
    aliases_es: [
      'crisis',
      'sin cita',
      'centro de crisis',
      'urgencias de salud mental',
      'atención urgente',
      'ayuda el mismo día',
      'ayuda inmediata',
    ],
  },
  // Levels of care no location offers: each has a page, and "not offered" entries point at it.
  {
    slug: 'inpatient-psychiatric-care',
    title: 'Hospital inpatient psychiatric care',
    title_es: 'Hospitalización psiquiátrica',
    shortName: 'Inpatient',
    shortName_es: 'Hospitalización',
    category: 'hospital-inpatient',
    asamLevel: '4',
    order: 14,
    summary:
      'A stay in a psychiatric hospital or hospital unit, with doctors and nurses around the clock, when someone cannot be kept safe outside one. We do not run an inpatient unit; hospitals do.',
    summary_es:
      'Una estadía en un hospital psiquiátrico o en una unidad de un hospital, con médicos y enfermeras a toda hora, cuando una persona no puede estar a salvo fuera de él. Nosotros no tenemos una unidad de hospitalización; los hospitales sí.',
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
    body_es: `
      ## Qué es la hospitalización psiquiátrica
      Es una estadía corta en el hospital por una emergencia de salud mental o de consumo de sustancias:
      una unidad segura, cerrada o con vigilancia cercana, visitas diarias de un psiquiatra, y medicamentos
      que se empiezan o se ajustan bajo observación. La mayoría de las estadías duran de unos días a unas
      semanas.

      ## Cómo se llega
      El ingreso al hospital casi siempre empieza en la sala de emergencias de un hospital. ${CRISIS_LINE_ES}

      ## Después del hospital
      Nuestro equipo de admisiones puede planear con el hospital el siguiente paso, cerca de su casa:
      hospitalización parcial, un programa intensivo ambulatorio o atención ambulatoria.
    `,
    components: [],
    suitableFor: ['People who are not safe outside a hospital because of their mental health or substance use'],
    suitableFor_es: [
      'Personas que no están a salvo fuera de un hospital por su salud mental o su consumo de sustancias',
    ],
    notSuitableFor: ['People who can stay safe at home with daily or weekly treatment'],
    notSuitableFor_es: ['Personas que pueden estar a salvo en casa con tratamiento diario o semanal'],
    reasonsRecommended: [
      'Immediate risk of harm to oneself or others',
      'Severe symptoms that need care around the clock',
    ],
    reasonsRecommended_es: [
      'Riesgo inmediato de hacerse daño o de hacer daño a otros',
      'Síntomas graves que necesitan atención a toda hora',
    ],
    faq: [],
    aliases: ['inpatient', 'psychiatric hospital', 'psych ward', 'hospitalization', 'hospital inpatient'],
    aliases_es: [
      'hospitalización',
      'hospitalizacion',
      'hospital psiquiátrico',
      'hospital psiquiatrico',
      'internamiento',
      'pabellón psiquiátrico',
    ],
  },
  {
    slug: 'detox',
    title: 'Medically managed detox',
    title_es: 'Desintoxicación con atención médica',
    shortName: 'Detox',
    shortName_es: 'Desintoxicación',
    category: 'detox',
    asamLevel: '3.7-WM',
    order: 16,
    summary:
      'Round-the-clock medical care to get safely through withdrawal from alcohol, opioids, benzodiazepines or other drugs. We do not run a detox program; our admissions team refers you to one.',
    summary_es:
      'Atención médica a toda hora para pasar de forma segura la abstinencia del alcohol, los opioides, las benzodiacepinas u otras drogas. No tenemos un programa de desintoxicación; nuestro equipo de admisiones le refiere a uno.',
    safetyNote: 'Withdrawal can be dangerous; in an emergency, call 911.',
    safetyNote_es: 'La abstinencia puede ser peligrosa; en una emergencia, llame al 911.',
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
    body_es: `
      ## Qué es la desintoxicación
      La desintoxicación (manejo de la abstinencia) es atención médica mientras el alcohol o una droga sale
      del cuerpo: el personal de enfermería le revisa a toda hora, y los medicamentos alivian los síntomas y
      evitan complicaciones. Por lo general dura de tres a siete días.

      ## Por qué es importante
      Dejar de golpe el alcohol o las benzodiacepinas después de consumir mucho todos los días puede causar
      convulsiones. La desintoxicación es el comienzo del tratamiento, no todo el tratamiento: después, el
      tratamiento residencial, un programa intensivo ambulatorio o los medicamentos para el trastorno por
      consumo de opioides le ayudan a mantenerse bien.

      ## Cómo encontrar un programa de desintoxicación
      Nuestro equipo de admisiones puede referirle a un programa de desintoxicación y planear el
      tratamiento que sigue. También puede buscar programas de desintoxicación en
      [FindTreatment.gov](https://findtreatment.gov).
    `,
    components: [],
    suitableFor: ['People who drink heavily or use opioids or benzodiazepines every day and want to stop'],
    suitableFor_es: ['Personas que beben mucho o usan opioides o benzodiacepinas todos los días y quieren dejarlo'],
    notSuitableFor: ['Medical emergencies such as seizures, confusion or hallucinations: call 911'],
    notSuitableFor_es: ['Emergencias médicas como convulsiones, confusión o alucinaciones: llame al 911'],
    reasonsRecommended: ['Withdrawal symptoms, or a history of severe withdrawal', 'Before residential treatment'],
    reasonsRecommended_es: [
      'Síntomas de abstinencia, o una abstinencia grave en el pasado',
      'Antes del tratamiento residencial',
    ],
    faq: [],
    aliases: ['detox', 'detoxification', 'withdrawal management', 'medical detox', 'WM'],
    aliases_es: [
      'desintoxicación',
      'desintoxicacion',
      'detox',
      'desintoxicación médica',
      'manejo de la abstinencia',
      'abstinencia',
    ],
  },
  {
    slug: 'residential',
    title: 'Residential treatment',
    title_es: 'Tratamiento residencial',
    shortName: 'Residential',
    shortName_es: 'Residencial',
    category: 'residential',
    asamLevel: '3.5',
    order: 20,
    summary:
      'Live on site for a few weeks with staff present around the clock, in a full daily program of therapy, medical care and recovery skills, for people who need more structure than home can give right now.',
    summary_es:
      'Viva en el centro por unas semanas, con personal a toda hora y un programa diario completo de terapia, atención médica y habilidades para la recuperación. Es para quien necesita más estructura de la que hoy le puede dar su casa.',
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
    body_es: `
      ## Qué es el tratamiento residencial
      En el tratamiento residencial usted vive en el centro mientras recibe tratamiento todos los días. Hay
      enfermeras y personal de apoyo día y noche, y un profesional que receta medicamentos psiquiátricos ve
      a cada residente. La mayoría de las personas se quedan entre tres y seis semanas; el tiempo depende de
      su progreso, no de un calendario fijo.

      ## Un día en el tratamiento residencial
      - Reunión por la mañana, y luego terapia de grupo y sesiones de habilidades
      - Terapia individual al menos dos veces por semana
      - Atención médica y psiquiátrica, incluido el manejo de medicamentos
      - Yoga, arte, tiempo al aire libre y reuniones de recuperación por la noche
      - Sesiones con la familia, en persona o por video

      ## Antes de llegar
      Los residentes deben tener una salud estable. Si todavía bebe mucho o usa opioides o benzodiacepinas
      todos los días, puede que necesite **desintoxicación médica primero**; nuestro equipo de admisiones le
      ayudará a organizarla. También puede buscar programas de desintoxicación en
      [FindTreatment.gov](https://findtreatment.gov).
    `,
    typicalSchedule:
      'Every day of the week. Structured programming from about 8 a.m. to 8 p.m., with quiet hours overnight.',
    typicalSchedule_es:
      'Todos los días de la semana. Actividades organizadas de 8 a. m. a 8 p. m., más o menos, y horas de silencio por la noche.',
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
    suitableFor_es: [
      'Adultos a quienes el consumo de sustancias o la salud mental les hace muy difícil estar bien en casa',
      'Personas que ya probaron la atención ambulatoria o un programa intensivo ambulatorio y necesitan más apoyo',
      'Personas cuya casa no es, por ahora, un lugar seguro o libre de alcohol y drogas para recuperarse',
    ],
    notSuitableFor: [
      'People in active, severe withdrawal, who need medically managed detox first',
      'People at immediate risk of harming themselves or others, who need hospital care',
      'People with medical needs that require a hospital',
    ],
    notSuitableFor_es: [
      'Personas con una abstinencia activa y grave, que primero necesitan desintoxicación médica',
      'Personas con riesgo inmediato de hacerse daño o de hacer daño a otros, que necesitan atención en un hospital',
      'Personas con necesidades médicas que requieren un hospital',
    ],
    reasonsRecommended: [
      'Outpatient treatment has not been enough to stop a pattern of relapse',
      'Time away from everyday triggers is needed to build a foundation for recovery',
      'As a step down after a hospital stay or detox',
    ],
    reasonsRecommended_es: [
      'El tratamiento ambulatorio no ha bastado para romper un patrón de recaídas',
      'Hace falta tiempo lejos de lo que provoca el consumo cada día, para construir una base para la recuperación',
      'Como siguiente paso después de una estadía en el hospital o de una desintoxicación',
    ],
    faq: [
      {
        question: 'Can I have visitors or use my phone?',
        question_es: '¿Puedo recibir visitas o usar mi teléfono?',
        answer: 'Yes. Family visits are on weekends, and phones are available during free time in the evening.',
        answer_es:
          'Sí. Las visitas de la familia son los fines de semana, y puede usar el teléfono en el tiempo libre de la noche.',
      },
      {
        question: 'What happens when I leave?',
        question_es: '¿Qué pasa cuando me voy?',
        answer:
          'Before discharge you and your team plan the next step, usually partial hospitalization, IOP or outpatient care close to home.',
        answer_es:
          'Antes del alta, usted y su equipo planean el siguiente paso, por lo general hospitalización parcial, un programa intensivo ambulatorio o atención ambulatoria cerca de su casa.',
      },
    ],
    aliases: ['residential', 'residential treatment', 'rehab', 'live-in treatment', 'treatment center', 'RTC'],
    aliases_es: [
      'residencial',
      'tratamiento residencial',
      'rehabilitación',
      'rehabilitacion',
      'centro de rehabilitación',
      'internado',
      'centro de tratamiento',
    ],
  },
  {
    slug: 'partial-hospitalization',
    title: 'Partial hospitalization program',
    title_es: 'Programa de hospitalización parcial',
    shortName: 'PHP',
    shortName_es: 'PHP',
    category: 'partial-hospitalization',
    asamLevel: '2.5',
    order: 30,
    summary:
      'A full day of treatment, five days a week, while you sleep at home. Also called day treatment, it gives nearly the structure of a hospital or residential stay without staying overnight.',
    summary_es:
      'Un día completo de tratamiento, cinco días por semana, y usted duerme en su casa. También se llama tratamiento de día. Le da casi la misma estructura que el hospital o el tratamiento residencial, sin pasar la noche.',
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
    body_es: `
      ## Qué es la hospitalización parcial
      Un programa de hospitalización parcial (PHP, por sus siglas en inglés), que a menudo se llama
      **tratamiento de día**, dura casi toda la jornada, cinco días por semana. Usted recibe un tratamiento
      tan intenso como en un hospital o en un programa residencial, y por la tarde vuelve a su casa. La
      mayoría de las personas asisten de dos a cuatro semanas y luego pasan a un programa intensivo
      ambulatorio.

      ## Qué incluye el día
      - Varios grupos de terapia, incluidas habilidades de DBT y de terapia cognitivo-conductual
      - Una revisión diaria con una enfermera y visitas regulares con psiquiatría
      - Terapia individual y familiar
      - Manejo de casos para permisos de trabajo, beneficios y otros asuntos prácticos

      ## ¿Es la hospitalización parcial lo que necesito?
      La hospitalización parcial es para personas a quienes la vida diaria se les hace muy difícil, pero que
      están a salvo en casa por la noche. ${CRISIS_LINE_ES}
    `,
    typicalSchedule: 'Monday to Friday, 9 a.m. to 3 p.m., usually for two to four weeks.',
    typicalSchedule_es: 'De lunes a viernes, de 9 a. m. a 3 p. m., por lo general durante dos a cuatro semanas.',
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
    suitableFor_es: [
      'Personas cuyos síntomas les hacen muy difícil el trabajo, la escuela o la vida en casa, pero que están a salvo en casa por la noche',
      'Personas que salen de un hospital o de un programa residencial y necesitan apoyo diario',
      'Personas que no han mejorado lo suficiente en un programa intensivo ambulatorio',
    ],
    notSuitableFor: [
      'Anyone at immediate risk of harming themselves or others: this needs hospital care',
      'People who need medically supervised withdrawal',
    ],
    notSuitableFor_es: [
      'Cualquier persona con riesgo inmediato de hacerse daño o de hacer daño a otros: necesita atención en un hospital',
      'Personas que necesitan dejar el alcohol o las drogas con supervisión médica',
    ],
    reasonsRecommended: [
      'Step down from an inpatient or residential stay',
      'To avoid a hospital stay when symptoms are getting worse',
      'Intensive daily practice of coping skills',
    ],
    reasonsRecommended_es: [
      'Como siguiente paso después de una estadía en el hospital o en un programa residencial',
      'Para evitar una hospitalización cuando los síntomas están empeorando',
      'Para practicar cada día, de forma intensiva, habilidades para sobrellevar los problemas',
    ],
    faq: [
      {
        question: 'Can I keep working during PHP?',
        question_es: '¿Puedo seguir trabajando durante la hospitalización parcial?',
        answer:
          'Usually not: the program takes most of the day. We can provide paperwork for medical leave and help plan your return.',
        answer_es:
          'Por lo general no: el programa ocupa casi todo el día. Le podemos dar los papeles para una licencia médica y ayudarle a planear su regreso.',
      },
      {
        question: 'Is lunch provided?',
        question_es: '¿Dan almuerzo?',
        answer: 'Yes, a simple lunch is served every program day.',
        answer_es: 'Sí, se sirve un almuerzo sencillo cada día del programa.',
      },
    ],
    aliases: ['PHP', 'partial hospitalization', 'partial hospitalization program', 'day treatment', 'day program'],
    aliases_es: [
      'PHP',
      'hospitalización parcial',
      'hospitalizacion parcial',
      'tratamiento de día',
      'tratamiento de dia',
      'programa de día',
      'hospital de día',
    ],
  },
  {
    slug: 'intensive-outpatient',
    title: 'Intensive outpatient program',
    title_es: 'Programa intensivo ambulatorio',
    shortName: 'IOP',
    shortName_es: 'IOP',
    category: 'intensive-outpatient',
    asamLevel: '2.1',
    order: 40,
    summary:
      'Structured treatment of at least 12 hours a week while you keep living at home, with day or evening groups. It combines group therapy, psychiatric care and skills you can use at work, at school and at home.',
    summary_es:
      'Tratamiento organizado de al menos 12 horas por semana mientras sigue viviendo en su casa, con grupos de día o de noche. Combina terapia de grupo, atención psiquiátrica y habilidades que puede usar en el trabajo, en la escuela y en la casa.',
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
    body_es: `
      ## Qué es un programa intensivo ambulatorio
      Un programa intensivo ambulatorio (IOP, por sus siglas en inglés) es un tratamiento organizado de
      **al menos 12 horas por semana**. Usted sigue viviendo en su casa, y muchas personas siguen
      trabajando o estudiando. Los grupos se reúnen unas tres horas al día, de tres a cinco días por semana,
      en un horario de día o de noche, y suman 12 horas o más cada semana.

      ## De qué se compone el programa
      - **Terapia de grupo**, el centro del programa, donde practica habilidades nuevas con otras personas
      - **Atención psiquiátrica**: una evaluación y citas regulares con un profesional que receta medicamentos psiquiátricos
      - **Manejo de medicamentos**, cuando los medicamentos son parte de su plan
      - **Educación sobre su condición** (psicoeducación), para que entienda lo que le pasa y lo que le ayuda
      - **Terapia individual** cuando la necesite, además de los grupos
      - **Terapias complementarias**, como yoga o arte

      ## Para quién es el programa intensivo ambulatorio
      Es una buena opción si no necesita desintoxicación, no es un peligro para usted ni para otros, tiene
      un hogar que le apoya al que volver cada día, y quiere seguir con su trabajo, sus estudios o su vida
      familiar mientras mejora.

      ## Cuando necesita más que un programa intensivo ambulatorio
      Este programa no es un punto de partida seguro para nadie con un riesgo inmediato. Si ese es su caso,
      primero necesita un nivel de atención más alto, como un hospital o un programa residencial. ${CRISIS_LINE_ES}

      ## Si no tenemos un centro cerca de usted
      Puede buscar un programa intensivo ambulatorio cerca de usted en [FindTreatment.gov](https://findtreatment.gov).
    `,
    typicalSchedule:
      'About 3 to 4 hours a day, 3 to 5 days a week, 12 hours a week or more. Daytime track: Monday, Wednesday and Friday, 9 a.m. to 1 p.m. Evening track: Monday to Thursday, 5:30 to 8:30 p.m. Most people attend for 8 to 12 weeks.',
    typicalSchedule_es:
      'Unas 3 a 4 horas al día, de 3 a 5 días por semana, 12 horas o más por semana. Horario de día: lunes, miércoles y viernes, de 9 a. m. a 1 p. m. Horario de noche: de lunes a jueves, de 5:30 a 8:30 p. m. La mayoría de las personas asisten de 8 a 12 semanas.',
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
    suitableFor_es: [
      'Personas que no necesitan desintoxicación ni dejar el alcohol o las drogas con supervisión médica',
      'Personas que no son un peligro para sí mismas ni para otros',
      'Personas con un lugar estable para vivir, donde reciben apoyo',
      'Personas que quieren seguir con su trabajo, sus estudios o sus responsabilidades familiares durante el tratamiento',
    ],
    notSuitableFor: [
      'Anyone at immediate risk of harming themselves or someone else: go to a higher level of care, call or text 988, or call 911',
      'People who need medical detox before starting treatment',
      'People without a safe place to live while attending',
    ],
    notSuitableFor_es: [
      'Cualquier persona con riesgo inmediato de hacerse daño o de hacer daño a otra persona: necesita un nivel de atención más alto; llame o envíe un mensaje de texto al 988, o llame al 911',
      'Personas que necesitan desintoxicación médica antes de empezar el tratamiento',
      'Personas sin un lugar seguro donde vivir mientras asisten',
    ],
    reasonsRecommended: [
      'A step down after an inpatient or residential stay',
      'To prevent the need for a higher level of care when symptoms are getting worse',
      'Relapse prevention',
      'To build coping skills for everyday life',
    ],
    reasonsRecommended_es: [
      'Como siguiente paso después de una estadía en el hospital o en un programa residencial',
      'Para no llegar a necesitar un nivel de atención más alto cuando los síntomas están empeorando',
      'Prevención de recaídas',
      'Para aprender habilidades para sobrellevar la vida diaria',
    ],
    faq: [
      {
        question: 'How is IOP different from regular therapy?',
        question_es: '¿En qué se diferencia un programa intensivo ambulatorio de la terapia regular?',
        answer:
          'Regular outpatient therapy is usually one hour a week. IOP is at least 12 hours a week of structured treatment, mostly in groups, with psychiatric care built in.',
        answer_es:
          'La terapia ambulatoria regular suele ser de una hora por semana. El programa intensivo ambulatorio es de al menos 12 horas por semana de tratamiento organizado, sobre todo en grupos, con atención psiquiátrica incluida.',
      },
      {
        question: 'Can I keep my job while in IOP?',
        question_es: '¿Puedo conservar mi trabajo durante el programa intensivo ambulatorio?',
        answer:
          'Most people do. Evening groups start at 5:30 p.m. so that you can attend after work, and we can provide a letter for your employer if you need schedule changes.',
        answer_es:
          'La mayoría de las personas lo conservan. Los grupos de la noche empiezan a las 5:30 p. m. para que pueda asistir después del trabajo, y le podemos dar una carta para su empleador si necesita cambios de horario.',
      },
      {
        question: 'How long does IOP last?',
        question_es: '¿Cuánto dura el programa intensivo ambulatorio?',
        answer:
          'Usually 8 to 12 weeks. Your team reviews progress with you every week and plans the step down to outpatient care together.',
        answer_es:
          'Por lo general, de 8 a 12 semanas. Su equipo revisa su progreso con usted cada semana, y juntos planean el paso a la atención ambulatoria.',
      },
      {
        question: 'Can I attend by video?',
        question_es: '¿Puedo asistir por video?',
        answer:
          'At several locations, yes. Each location page says whether its IOP meets in person, by telehealth or both.',
        answer_es:
          'En varios centros, sí. La página de cada centro dice si su programa se reúne en persona, por telesalud o de las dos formas.',
      },
    ],
    aliases: [
      'IOP',
      'intensive outpatient',
      'intensive outpatient program',
      'intensive outpatient treatment',
      'evening program',
    ],
    aliases_es: [
      'IOP',
      'programa intensivo',
      'programa intensivo ambulatorio',
      'ambulatorio intensivo',
      'tratamiento intensivo ambulatorio',
      'tratamiento ambulatorio intensivo',
      'programa de noche',
      'programa nocturno',
    ],
  },
  {
    slug: 'co-occurring-intensive-outpatient',
    title: 'Co-occurring disorders intensive outpatient program',
    title_es: 'Programa intensivo ambulatorio para trastornos concurrentes',
    shortName: 'Co-occurring IOP',
    shortName_es: 'IOP de diagnóstico dual',
    category: 'intensive-outpatient',
    asamLevel: '2.1',
    order: 50,
    summary:
      'An IOP for people living with both a mental health condition and a substance use problem, treating the two together with one team and one plan, at least 12 hours a week while living at home.',
    summary_es:
      'Un programa intensivo ambulatorio para personas con un problema de salud mental y un problema de consumo de sustancias a la vez. Trata los dos juntos, con un solo equipo y un solo plan, al menos 12 horas por semana, mientras vive en su casa.',
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
    body_es: `
      ## Tratar los dos a la vez
      La depresión, la ansiedad, el trauma o el trastorno bipolar muchas veces van de la mano con el
      consumo de alcohol o drogas, y cada problema hace más difícil tratar el otro. Este programa, que a
      veces se llama tratamiento de **diagnóstico dual**, atiende los dos juntos, en lugar de enviarle a
      dos servicios distintos.

      ## Qué incluye
      - Grupos que tratan juntos el estado de ánimo, la ansiedad y el consumo de sustancias
      - Entrevista motivacional y prevención de recaídas
      - Atención psiquiátrica y medicamentos, incluidos medicamentos para la adicción cuando convenga
      - Apoyo de pares: personal que también está en recuperación
      - Pruebas de drogas como herramienta del tratamiento, nunca como castigo

      ## Más información
      Si busca un tratamiento integrado lejos de nuestros centros, en
      [FindTreatment.gov](https://findtreatment.gov) puede buscar programas que tratan a la vez los
      problemas de salud mental y de consumo de sustancias.
    `,
    typicalSchedule: '3 hours a day, 4 days a week, for about 10 to 12 weeks.',
    typicalSchedule_es: '3 horas al día, 4 días por semana, durante unas 10 a 12 semanas.',
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
    suitableFor_es: [
      'Adultos con un problema de salud mental y un problema de consumo de sustancias a la vez',
      'Personas que han visto que tratar un problema a la vez no les funcionó',
      'Personas con una salud física estable y a salvo en casa',
    ],
    notSuitableFor: [
      'People who need medically managed withdrawal first',
      'Anyone at immediate risk of harming themselves or others: call or text 988, or call 911',
    ],
    notSuitableFor_es: [
      'Personas que primero necesitan dejar el alcohol o las drogas con atención médica',
      'Cualquier persona con riesgo inmediato de hacerse daño o de hacer daño a otros: llame o envíe un mensaje de texto al 988, o llame al 911',
    ],
    reasonsRecommended: [
      'Symptoms of a mental health condition keep leading back to substance use, or the other way round',
      'A step down from residential or partial hospitalization for co-occurring disorders',
    ],
    reasonsRecommended_es: [
      'Los síntomas de salud mental llevan una y otra vez al consumo de sustancias, o al revés',
      'Como siguiente paso después de un programa residencial o de hospitalización parcial para trastornos concurrentes',
    ],
    faq: [
      {
        question: 'Do I need a formal diagnosis to join?',
        question_es: '¿Necesito un diagnóstico formal para entrar?',
        answer:
          'No. The assessment at intake looks at both mental health and substance use, and the team recommends the program if it fits.',
        answer_es:
          'No. La evaluación de ingreso revisa tanto la salud mental como el consumo de sustancias, y el equipo le recomienda el programa si es adecuado para usted.',
      },
      {
        question: 'Can I take buprenorphine or naltrexone while in the program?',
        question_es: '¿Puedo tomar buprenorfina o naltrexona durante el programa?',
        answer: 'Yes. Medication for addiction is welcome here and can be prescribed by our own team.',
        answer_es:
          'Sí. Aquí los medicamentos para la adicción son bienvenidos, y nuestro propio equipo los puede recetar.',
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
    aliases_es: [
      'diagnóstico dual',
      'diagnostico dual',
      'IOP de diagnóstico dual',
      'trastornos concurrentes',
      'patología dual',
      'tratamiento integrado',
    ],
  },
  {
    slug: 'adolescent-intensive-outpatient',
    title: 'Adolescent intensive outpatient program',
    title_es: 'Programa intensivo ambulatorio para adolescentes',
    shortName: 'Teen IOP',
    shortName_es: 'IOP para adolescentes',
    category: 'intensive-outpatient',
    asamLevel: '2.1',
    order: 60,
    summary:
      'An after-school IOP for teens aged 13 to 17 struggling with depression, anxiety, self-harm or substance use, with weekly family sessions and a plan that works with school.',
    summary_es:
      'Un programa intensivo ambulatorio después de la escuela para jóvenes de 13 a 17 años con depresión, ansiedad, autolesiones o consumo de sustancias, con sesiones familiares cada semana y un plan que se adapta a la escuela.',
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
    body_es: `
      ## Un programa intensivo pensado para adolescentes
      Los grupos se reúnen después de la escuela, para que los jóvenes sigan yendo a clases y viviendo en
      casa. Cada grupo tiene como máximo diez jóvenes de edad parecida, y lo dirigen terapeutas con
      formación en la atención de adolescentes.

      ## Qué pueden esperar las familias
      - Tres grupos por semana después de la escuela, 9 horas en total, basados en habilidades de DBT
      - Una sesión de terapia familiar cada semana
      - Un grupo educativo una noche al mes para padres y cuidadores
      - Atención psiquiátrica y manejo de medicamentos cuando hagan falta
      - Contacto con el consejero de la escuela, con su permiso

      ## Primero, la seguridad
      Los adolescentes con un riesgo inmediato necesitan primero un nivel de atención más alto. ${CRISIS_LINE_ES}
      Los padres pueden encontrar consejos para hablar con sus hijos adolescentes sobre la salud mental en
      [988lineadevida.org](https://988lineadevida.org).
    `,
    typicalSchedule: 'Monday, Tuesday and Thursday, 3:30 to 6:30 p.m. (9 hours a week), for about 8 to 10 weeks.',
    typicalSchedule_es:
      'Lunes, martes y jueves, de 3:30 a 6:30 p. m. (9 horas por semana), durante unas 8 a 10 semanas.',
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
    suitableFor_es: [
      'Adolescentes de 13 a 17 años cuyos problemas afectan la escuela, las amistades o la vida familiar',
      'Adolescentes que necesitan más que una terapia por semana, pero que están a salvo viviendo en casa',
      'Familias dispuestas a participar en sesiones cada semana',
    ],
    notSuitableFor: [
      'Teens at immediate risk of harming themselves or others: call or text 988, or call 911',
      'Teens who need medical withdrawal management',
    ],
    notSuitableFor_es: [
      'Adolescentes con riesgo inmediato de hacerse daño o de hacer daño a otros: llame o envíe un mensaje de texto al 988, o llame al 911',
      'Adolescentes que necesitan dejar el alcohol o las drogas con atención médica',
    ],
    reasonsRecommended: [
      'A step down after a hospital stay or crisis',
      'To keep a teen in school and at home while treatment intensifies',
      'To build skills for handling strong emotions and urges to self-harm',
    ],
    reasonsRecommended_es: [
      'Como siguiente paso después de una estadía en el hospital o de una crisis',
      'Para que un adolescente siga en la escuela y en casa mientras el tratamiento se hace más intenso',
      'Para aprender habilidades para manejar emociones fuertes y las ganas de hacerse daño',
    ],
    faq: [
      {
        question: 'Will my teen miss school?',
        question_es: '¿Mi hijo o hija va a faltar a la escuela?',
        answer: 'No. Groups start at 3:30 p.m. so that teens can attend after the school day.',
        answer_es: 'No. Los grupos empiezan a las 3:30 p. m., para que los jóvenes puedan asistir después de clases.',
      },
      {
        question: 'Do parents have to attend?',
        question_es: '¿Los padres tienen que asistir?',
        answer:
          'Yes, at least one parent or caregiver joins the weekly family session. Teens do better when the family learns the same skills.',
        answer_es:
          'Sí, al menos uno de los padres o un cuidador participa en la sesión familiar de cada semana. A los adolescentes les va mejor cuando la familia aprende las mismas habilidades.',
      },
    ],
    aliases: ['adolescent IOP', 'teen IOP', 'youth IOP', 'teen program', 'adolescent intensive outpatient'],
    aliases_es: [
      'IOP para adolescentes',
      'programa para adolescentes',
      'adolescentes',
      'jóvenes',
      'jovenes',
      'programa juvenil',
      'IOP juvenil',
    ],
  },
  {
    slug: 'outpatient-therapy',
    title: 'Outpatient therapy',
    title_es: 'Terapia ambulatoria',
    shortName: 'Outpatient',
    shortName_es: 'Ambulatoria',
    category: 'outpatient',
    asamLevel: '1',
    order: 70,
    summary:
      'Regular therapy and psychiatric appointments, usually weekly or every other week, for mental health and substance use concerns, in person or by video.',
    summary_es:
      'Citas regulares de terapia y de psiquiatría, por lo general cada semana o cada dos semanas, para problemas de salud mental y de consumo de sustancias, en persona o por video.',
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
    body_es: `
      ## Qué es la atención ambulatoria
      La atención ambulatoria es el tipo de tratamiento más conocido: una cita regular con un terapeuta,
      con un profesional que receta medicamentos psiquiátricos o con los dos, por lo general una vez por
      semana o cada dos semanas. También es donde la mayoría de las personas continúan después de terminar
      un programa más intensivo.

      ## Qué puede recibir
      - Terapia individual, de pareja y familiar
      - Grupos de terapia para la ansiedad, la depresión, el duelo y la recuperación
      - Terapia cognitivo-conductual y terapia centrada en el trauma
      - Evaluación psiquiátrica y manejo de medicamentos

      ## Cómo empezar
      Llame a admisiones para pedir una cita de evaluación. A la mayoría de las personas las atendemos en
      menos de una semana; si necesita ayuda antes, pregunte por la atención de crisis sin cita. ¿No sabe
      qué tipo de atención necesita? [FindTreatment.gov](https://findtreatment.gov), de SAMHSA, explica las
      opciones.
    `,
    typicalSchedule: 'One 50-minute session a week or every other week; evening appointments available.',
    typicalSchedule_es: 'Una sesión de 50 minutos cada semana o cada dos semanas; también hay citas por la noche.',
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
    suitableFor_es: [
      'Personas con síntomas que afectan su vida diaria, pero que todavía pueden con el trabajo, la escuela y la casa',
      'Personas que terminan un programa intensivo ambulatorio, de hospitalización parcial o residencial',
      'Personas que quieren ayuda pronto, antes de que las cosas empeoren',
    ],
    notSuitableFor: [
      'People who need several hours of treatment a week to stay well: ask about IOP or PHP',
      'Anyone at immediate risk of harming themselves or others: call or text 988, or call 911',
    ],
    notSuitableFor_es: [
      'Personas que necesitan varias horas de tratamiento por semana para estar bien: pregunte por el programa intensivo ambulatorio o la hospitalización parcial',
      'Cualquier persona con riesgo inmediato de hacerse daño o de hacer daño a otros: llame o envíe un mensaje de texto al 988, o llame al 911',
    ],
    reasonsRecommended: [
      'Continuing care after a more intensive program',
      'Mild to moderate depression, anxiety or substance use',
      'Ongoing medication management',
    ],
    reasonsRecommended_es: [
      'Atención continua después de un programa más intensivo',
      'Depresión, ansiedad o consumo de sustancias de leves a moderados',
      'Manejo de medicamentos a largo plazo',
    ],
    faq: [
      {
        question: 'Can I choose my therapist?',
        question_es: '¿Puedo elegir a mi terapeuta?',
        answer:
          'You can tell us what matters to you, such as gender, language or experience with a particular issue, and we will match you as closely as we can.',
        answer_es:
          'Puede decirnos lo que es importante para usted, como el género, el idioma o la experiencia con un tema en particular, y buscaremos a la persona que más se acerque a lo que pide.',
      },
      {
        question: 'Do you offer video appointments?',
        question_es: '¿Tienen citas por video?',
        answer: 'Yes, at most locations. Each location page lists the formats it offers.',
        answer_es: 'Sí, en la mayoría de los centros. La página de cada centro dice de qué formas atiende.',
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
    aliases_es: [
      'ambulatorio',
      'terapia',
      'consejería',
      'consejeria',
      'terapia ambulatoria',
      'tratamiento ambulatorio',
      'psicólogo',
      'psicologo',
      'psiquiatría',
      'psiquiatria',
    ],
  },
  {
    slug: 'medication-for-opioid-use-disorder',
    title: 'Medication for opioid use disorder',
    title_es: 'Medicamentos para el trastorno por consumo de opioides',
    shortName: 'MOUD',
    shortName_es: 'MOUD',
    category: 'medication-assisted',
    order: 80,
    summary:
      'Buprenorphine or naltrexone for opioid use disorder, prescribed by our own clinicians, with counseling and support. Also called medication-assisted treatment (MAT). We do not dispense methadone.',
    summary_es:
      'Buprenorfina o naltrexona para el trastorno por consumo de opioides, recetadas por nuestro propio personal, con consejería y apoyo. También se llama tratamiento asistido con medicamentos (MAT). No entregamos metadona.',
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
    body_es: `
      ## Medicamentos que funcionan
      Los medicamentos para el trastorno por consumo de opioides (MOUD, por sus siglas en inglés), también
      llamados **tratamiento asistido con medicamentos** (MAT), son el tratamiento más eficaz para la
      adicción a los opioides. Alivian la abstinencia y las ganas de consumir, bajan el riesgo de sobredosis
      y ayudan a las personas a rehacer su vida. Recetamos:

      - Buprenorfina, en tiras, tabletas o una inyección mensual
      - Naltrexona, en tabletas o una inyección mensual

      ## Cómo funciona aquí
      Muchas personas pueden empezar la buprenorfina en su primera visita, o en su casa con la guía de
      nuestro equipo. Al principio las visitas son cada semana, y luego más espaciadas. Le animamos a
      recibir consejería y se la ofrecemos, pero nunca es una condición para recibir su medicamento.

      ## Metadona
      Solo un programa certificado de tratamiento de opioides puede entregar metadona, y nosotros no lo
      somos. Nuestro equipo puede referirle a uno, y [FindTreatment.gov](https://findtreatment.gov) tiene
      una lista de programas certificados de tratamiento de opioides en todo el país.
    `,
    typicalSchedule: 'Weekly visits for the first month, then every two to four weeks.',
    typicalSchedule_es: 'Visitas cada semana durante el primer mes, y luego cada dos a cuatro semanas.',
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
    suitableFor_es: [
      'Adultos con trastorno por consumo de opioides, incluidas las personas que usan fentanilo',
      'Personas que ya toman buprenorfina y necesitan que otra persona se la recete',
      'Personas que salen de la cárcel, de un hospital o de un tratamiento residencial y necesitan seguir con su medicamento',
    ],
    notSuitableFor: [
      'People who want methadone: we refer to a certified opioid treatment program',
      'People in severe withdrawal from alcohol or benzodiazepines, who need medical detox',
    ],
    notSuitableFor_es: [
      'Personas que quieren metadona: les referimos a un programa certificado de tratamiento de opioides',
      'Personas con una abstinencia grave de alcohol o benzodiacepinas, que necesitan desintoxicación médica',
    ],
    reasonsRecommended: [
      'To reduce the risk of overdose and death',
      'To control cravings and withdrawal so that other treatment can work',
      'To continue medication started in a hospital, jail or residential program',
    ],
    reasonsRecommended_es: [
      'Para bajar el riesgo de sobredosis y de muerte',
      'Para controlar las ganas de consumir y la abstinencia, y así dejar que el resto del tratamiento funcione',
      'Para seguir con un medicamento que empezó en un hospital, en la cárcel o en un programa residencial',
    ],
    faq: [
      {
        question: 'Do I have to be in withdrawal to start buprenorphine?',
        question_es: '¿Tengo que estar en abstinencia para empezar la buprenorfina?',
        answer:
          'Usually you start once mild withdrawal has begun. With fentanyl, our clinicians may suggest a low-dose start instead; they will talk you through it.',
        answer_es:
          'Por lo general se empieza cuando ya comenzó una abstinencia leve. Si usa fentanilo, nuestro personal puede sugerirle empezar con una dosis baja; le explicarán cada paso.',
      },
      {
        question: 'Is MOUD just replacing one drug with another?',
        question_es: '¿Tomar estos medicamentos es solo cambiar una droga por otra?',
        answer:
          'No. These medications treat a medical condition at a steady dose without the highs and lows of drug use, the same way insulin treats diabetes.',
        answer_es:
          'No. Estos medicamentos tratan una condición médica con una dosis estable, sin los altibajos del consumo de drogas, igual que la insulina trata la diabetes.',
      },
      {
        question: 'Can I get naloxone here?',
        question_es: '¿Puedo conseguir naloxona aquí?',
        answer: 'Yes, free naloxone kits are available at every location that offers MOUD.',
        answer_es: 'Sí, hay kits de naloxona gratis en todos los centros que ofrecen estos medicamentos.',
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
    aliases_es: [
      'MOUD',
      'MAT',
      'tratamiento asistido con medicamentos',
      'medicamentos para opioides',
      'buprenorfina',
      'Suboxone',
      'naltrexona',
      'Vivitrol',
      'adicción a opioides',
      'adiccion a opioides',
      'fentanilo',
    ],
  },
  {
    slug: 'recovery-support',
    title: 'Recovery support services',
    title_es: 'Servicios de apoyo para la recuperación',
    shortName: 'Recovery support',
    shortName_es: 'Apoyo para la recuperación',
    category: 'recovery-support',
    order: 90,
    summary:
      'Peer coaching, mutual-help meetings, alumni groups and help with work and daily life, for anyone in or after treatment, and for their families.',
    summary_es:
      'Acompañamiento de pares, reuniones de ayuda mutua, grupos de egresados y ayuda con el trabajo y la vida diaria, para cualquier persona durante o después del tratamiento, y para sus familias.',
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
    body_es: `
      ## Apoyo que dura más que un programa
      La recuperación no termina cuando termina un programa. Nuestros servicios de apoyo para la
      recuperación mantienen a las personas conectadas en los meses después del tratamiento, cuando el
      apoyo más importa.

      ## Qué ofrecemos
      - Acompañamiento individual en la recuperación, con pares que han vivido lo mismo
      - Reuniones de ayuda mutua de la comunidad en el centro, incluidos grupos de 12 pasos y de SMART Recovery
      - Grupos semanales de egresados para personas que terminaron uno de nuestros programas
      - Ayuda para buscar trabajo, volver a estudiar y dar otros pasos prácticos
      - Naloxona gratis y capacitación para prevenir sobredosis

      ## Abierto a todos
      No necesita ser cliente para ir a una reunión o hablar con un acompañante de pares. La
      [Línea Nacional de Ayuda](https://www.samhsa.gov/find-help/helplines/national-helpline) de SAMHSA
      también le puede indicar apoyo para la recuperación cerca de usted.
    `,
    typicalSchedule: 'Drop-in groups on weekday evenings and Saturday mornings; coaching by appointment.',
    typicalSchedule_es:
      'Grupos sin cita las noches de entre semana y los sábados por la mañana; acompañamiento con cita.',
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
    suitableFor_es: [
      'Personas que terminaron un programa de tratamiento y quieren apoyo continuo',
      'Personas al comienzo de su recuperación que no están listas para un tratamiento formal',
      'Familiares que buscan apoyo para sí mismos',
    ],
    notSuitableFor: [
      'People who need clinical treatment for symptoms: ask admissions about an assessment',
      'Anyone at immediate risk: call or text 988, or call 911',
    ],
    notSuitableFor_es: [
      'Personas que necesitan tratamiento clínico para sus síntomas: pida una evaluación en admisiones',
      'Cualquier persona con riesgo inmediato: llame o envíe un mensaje de texto al 988, o llame al 911',
    ],
    reasonsRecommended: [
      'To keep momentum after completing IOP, PHP or residential treatment',
      'To build a sober network and routines that support recovery',
    ],
    reasonsRecommended_es: [
      'Para no perder el impulso después de terminar un programa intensivo ambulatorio, de hospitalización parcial o residencial',
      'Para formar una red de personas sobrias y rutinas que apoyen la recuperación',
    ],
    faq: [
      {
        question: 'Does recovery support cost anything?',
        question_es: '¿El apoyo para la recuperación cuesta algo?',
        answer: 'Groups and peer coaching are free. Case management is billed to insurance where it is covered.',
        answer_es:
          'Los grupos y el acompañamiento de pares son gratis. El manejo de casos se cobra al seguro cuando lo cubre.',
      },
      {
        question: 'Do I have to be sober to attend?',
        question_es: '¿Tengo que estar sobrio para asistir?',
        answer: 'No. Come as you are; the groups welcome anyone who wants to make a change.',
        answer_es: 'No. Venga como esté; los grupos reciben a cualquier persona que quiera hacer un cambio.',
      },
    ],
    aliases: ['recovery support', 'peer support', 'recovery coaching', 'aftercare', 'alumni group', 'sober support'],
    aliases_es: [
      'apoyo para la recuperación',
      'apoyo para la recuperacion',
      'apoyo de pares',
      'coach de recuperación',
      'cuidado posterior',
      'grupo de egresados',
      'recuperación',
    ],
  },
];
