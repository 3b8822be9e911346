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
    title_es: 'Evaluación de salud mental',
    category: 'assessment',
    description:
      'A conversation with a clinician about what you are going through, used to find the right level of care.',
    description_es:
      'Una conversación con un profesional sobre lo que le está pasando, para encontrar el tipo de atención adecuado para usted.',
    samhsaCode: 'CMHA',
    aliases: ['evaluation', 'intake', 'screening'],
    aliases_es: ['evaluación', 'evaluacion', 'consulta inicial', 'evaluación de ingreso', 'evaluación psicológica'],
  },
  {
    slug: 'substance-use-assessment',
    title: 'Substance use assessment',
    title_es: 'Evaluación del consumo de sustancias',
    category: 'assessment',
    description:
      'A review of alcohol and drug use, its effects on your life and health, and which kind of treatment fits.',
    description_es:
      'Una revisión de su consumo de alcohol y drogas, de cómo afecta su vida y su salud, y del tipo de tratamiento que le conviene.',
    samhsaCode: 'CSAA',
    aliases: ['drug and alcohol evaluation', 'SUD assessment', 'DUI assessment'],
    aliases_es: [
      'evaluación de drogas y alcohol',
      'evaluacion de drogas y alcohol',
      'evaluación de adicciones',
      'evaluación por DUI',
    ],
  },
  {
    slug: 'drug-alcohol-testing',
    title: 'Drug and alcohol testing',
    title_es: 'Pruebas de drogas y alcohol',
    category: 'assessment',
    description: 'Urine testing used as a treatment tool, to support recovery and guide medication decisions.',
    description_es:
      'Pruebas de orina que usamos como parte del tratamiento, para apoyar su recuperación y decidir sobre los medicamentos.',
    samhsaCode: 'DAUT',
    aliases: ['UA', 'urine drug screen', 'drug test'],
    aliases_es: ['prueba de orina', 'prueba de drogas', 'examen antidoping', 'antidoping'],
  },

  // Therapy
  {
    slug: 'group-therapy',
    title: 'Group therapy',
    title_es: 'Terapia de grupo',
    category: 'therapy',
    description: 'Small groups led by a therapist, where people practise skills and learn from each other.',
    description_es:
      'Grupos pequeños dirigidos por un terapeuta, donde las personas practican habilidades y aprenden unas de otras.',
    samhsaCode: 'GT',
    aliases: ['group counseling', 'process group', 'skills group'],
    aliases_es: ['terapia grupal', 'consejería en grupo', 'consejeria en grupo', 'grupo de habilidades'],
  },
  {
    slug: 'individual-therapy',
    title: 'Individual therapy',
    title_es: 'Terapia individual',
    category: 'therapy',
    description: 'One-to-one sessions with a licensed therapist.',
    description_es: 'Sesiones a solas con un terapeuta con licencia.',
    samhsaCode: 'IPT',
    aliases: ['individual counseling', 'psychotherapy', 'talk therapy', 'one-on-one therapy'],
    aliases_es: ['terapia', 'consejería individual', 'consejeria individual', 'psicoterapia', 'terapia psicológica'],
  },
  {
    slug: 'cognitive-behavioral-therapy',
    title: 'Cognitive behavioral therapy (CBT)',
    title_es: 'Terapia cognitivo-conductual (TCC)',
    category: 'therapy',
    description: 'A practical therapy that works on the links between thoughts, feelings and actions.',
    description_es:
      'Una terapia práctica que trabaja la relación entre lo que usted piensa, lo que siente y lo que hace.',
    samhsaCode: 'CBT',
    aliases: ['CBT', 'cognitive therapy'],
    aliases_es: ['TCC', 'CBT', 'terapia cognitiva', 'terapia cognitivo conductual'],
  },
  {
    slug: 'dialectical-behavior-therapy',
    title: 'Dialectical behavior therapy (DBT)',
    title_es: 'Terapia dialéctica conductual (DBT)',
    category: 'therapy',
    description:
      'Skills for handling intense emotions, distress and relationships, taught in groups and practised between sessions.',
    description_es:
      'Habilidades para manejar las emociones intensas, el malestar y las relaciones. Se enseñan en grupo y se practican entre sesiones.',
    samhsaCode: 'DBT',
    aliases: ['DBT', 'DBT skills group'],
    aliases_es: ['DBT', 'TDC', 'terapia dialectica', 'grupo de habilidades DBT'],
  },
  {
    slug: 'family-therapy',
    title: 'Family and couples therapy',
    title_es: 'Terapia familiar y de pareja',
    category: 'therapy',
    description: 'Sessions that bring in the people you live with or rely on, to improve communication and support.',
    description_es:
      'Sesiones con las personas con quienes vive o en quienes se apoya, para comunicarse mejor y apoyarse más.',
    samhsaCode: 'CFT',
    aliases: ['family counseling', 'couples counseling', 'marriage counseling'],
    aliases_es: [
      'terapia familiar',
      'terapia de pareja',
      'consejería familiar',
      'consejeria familiar',
      'terapia matrimonial',
    ],
  },
  {
    slug: 'trauma-focused-therapy',
    title: 'Trauma-focused therapy',
    title_es: 'Terapia centrada en el trauma',
    category: 'therapy',
    description: 'Therapy for the lasting effects of trauma, paced so that you stay in control.',
    description_es: 'Terapia para los efectos duraderos de un trauma, a un ritmo que le permite mantener el control.',
    samhsaCode: 'TRC',
    aliases: ['trauma therapy', 'PTSD treatment', 'trauma counseling'],
    aliases_es: ['terapia de trauma', 'estrés postraumático', 'estres postraumatico', 'TEPT'],
  },
  {
    slug: 'emdr',
    title: 'EMDR therapy',
    title_es: 'Terapia EMDR',
    category: 'therapy',
    description:
      'Eye movement desensitization and reprocessing: a structured therapy for distressing memories and PTSD.',
    description_es:
      'Desensibilización y reprocesamiento por movimientos oculares: una terapia organizada para los recuerdos dolorosos y el estrés postraumático.',
    samhsaCode: 'EMDR',
    aliases: ['EMDR', 'eye movement desensitization and reprocessing'],
    aliases_es: ['EMDR', 'movimientos oculares', 'desensibilización y reprocesamiento'],
  },
  {
    slug: 'motivational-interviewing',
    title: 'Motivational interviewing',
    title_es: 'Entrevista motivacional',
    category: 'therapy',
    description: 'A respectful, non-judgmental way of talking through mixed feelings about change.',
    description_es: 'Una forma respetuosa y sin juicios de hablar de las dudas que uno tiene sobre cambiar.',
    samhsaCode: 'MOTI',
    aliases: ['MI', 'motivational enhancement'],
    aliases_es: ['EM', 'motivación para cambiar', 'motivacion'],
  },
  {
    slug: 'relapse-prevention',
    title: 'Relapse prevention',
    title_es: 'Prevención de recaídas',
    category: 'therapy',
    description: 'Planning for triggers, cravings and hard days, and what to do if a slip happens.',
    description_es:
      'Un plan para lo que le provoca, las ganas de consumir y los días difíciles, y qué hacer si tiene un desliz.',
    samhsaCode: 'RELP',
    aliases: ['relapse prevention plan', 'recovery planning'],
    aliases_es: ['plan de prevención de recaídas', 'prevencion de recaidas', 'recaída', 'plan de recuperación'],
  },
  {
    slug: 'integrated-co-occurring-treatment',
    title: 'Integrated treatment for co-occurring disorders',
    title_es: 'Tratamiento integrado de trastornos concurrentes',
    category: 'therapy',
    description:
      'Mental health and substance use treated together, by one team with one plan, instead of one after the other.',
    description_es:
      'La salud mental y el consumo de sustancias se tratan juntos, con un solo equipo y un solo plan, en lugar de uno después del otro.',
    samhsaCode: 'IDD',
    aliases: ['dual diagnosis', 'co-occurring disorders', 'COD'],
    aliases_es: ['diagnóstico dual', 'diagnostico dual', 'trastornos concurrentes', 'patología dual'],
  },
  {
    slug: 'contingency-management',
    title: 'Contingency management',
    title_es: 'Manejo de contingencias',
    category: 'therapy',
    description:
      'Small, immediate rewards for reaching treatment goals such as negative drug tests; well studied for stimulant use.',
    description_es:
      'Pequeñas recompensas inmediatas por alcanzar metas del tratamiento, como una prueba de drogas negativa. Es un método bien estudiado para el consumo de estimulantes.',
    samhsaCode: 'CMI',
    aliases: ['CM', 'motivational incentives', 'stimulant use treatment', 'meth treatment'],
    aliases_es: [
      'incentivos',
      'incentivos motivacionales',
      'tratamiento para estimulantes',
      'tratamiento para metanfetamina',
    ],
  },
  {
    slug: 'psychoeducation',
    title: 'Education about your condition (psychoeducation)',
    title_es: 'Educación sobre su condición (psicoeducación)',
    category: 'therapy',
    description: 'Classes that explain a diagnosis, how treatment works and how to spot early warning signs.',
    description_es:
      'Clases que explican un diagnóstico, cómo funciona el tratamiento y cómo reconocer las primeras señales de alerta.',
    aliases: ['psychoeducation', 'education groups', 'health education'],
    aliases_es: ['psicoeducación', 'psicoeducacion', 'grupos educativos', 'educación para la salud'],
  },

  // Medical and medication
  {
    slug: 'psychiatric-care',
    title: 'Psychiatric care',
    title_es: 'Atención psiquiátrica',
    category: 'medical',
    description:
      'Evaluation and follow-up with a psychiatrist or psychiatric nurse practitioner, including diagnosis and treatment planning.',
    description_es:
      'Evaluación y seguimiento con un psiquiatra o una enfermera especializada en psiquiatría, con diagnóstico y plan de tratamiento.',
    aliases: ['psychiatrist', 'psychiatric evaluation', 'psychiatric nurse practitioner', 'PMHNP'],
    aliases_es: ['psiquiatra', 'psiquiatría', 'psiquiatria', 'evaluación psiquiátrica', 'enfermera psiquiátrica'],
  },
  {
    slug: 'medication-management',
    title: 'Medication management',
    title_es: 'Manejo de medicamentos',
    category: 'medication',
    description:
      'Prescribing and adjusting medication for mental health conditions, with regular check-ins on how it is working.',
    description_es:
      'Recetar y ajustar medicamentos para la salud mental, con citas regulares para ver cómo le funcionan.',
    samhsaCode: 'MMD',
    aliases: ['med management', 'med check', 'psychiatric medication'],
    aliases_es: ['control de medicamentos', 'medicamentos psiquiátricos', 'medicinas', 'recetas'],
  },
  {
    slug: 'buprenorphine-treatment',
    title: 'Buprenorphine treatment',
    title_es: 'Tratamiento con buprenorfina',
    category: 'medication',
    description:
      'Prescribing buprenorphine for opioid use disorder, in films, tablets or monthly injections, with follow-up visits.',
    description_es:
      'Recetamos buprenorfina para el trastorno por consumo de opioides, en tiras, tabletas o inyecciones mensuales, con citas de seguimiento.',
    samhsaCode: 'UB',
    aliases: ['Suboxone', 'bupe', 'Sublocade', 'buprenorphine'],
    aliases_es: ['Suboxone', 'buprenorfina', 'Sublocade', 'bupe'],
  },
  {
    slug: 'naltrexone-treatment',
    title: 'Naltrexone treatment',
    title_es: 'Tratamiento con naltrexona',
    category: 'medication',
    description: 'Prescribing naltrexone, as daily tablets or a monthly injection, for opioid or alcohol use disorder.',
    description_es:
      'Recetamos naltrexona, en tabletas diarias o una inyección mensual, para el trastorno por consumo de opioides o de alcohol.',
    samhsaCode: 'UN',
    aliases: ['Vivitrol', 'naltrexone', 'alcohol use disorder medication'],
    aliases_es: ['Vivitrol', 'naltrexona', 'medicamento para el alcoholismo'],
  },
  {
    slug: 'transcranial-magnetic-stimulation',
    title: 'Transcranial magnetic stimulation (TMS)',
    title_es: 'Estimulación magnética transcraneal (EMT)',
    category: 'medical',
    description:
      'A non-invasive treatment for depression that has not improved with medication, given in short daily sessions.',
    description_es:
      'Un tratamiento sin cirugía ni agujas para la depresión que no ha mejorado con medicamentos, en sesiones cortas cada día.',
    samhsaCode: 'TMS',
    aliases: ['TMS', 'rTMS', 'treatment-resistant depression'],
    aliases_es: ['EMT', 'TMS', 'depresión resistente', 'depresion resistente'],
  },
  {
    slug: 'tobacco-cessation',
    title: 'Tobacco and vaping cessation',
    title_es: 'Ayuda para dejar el tabaco y el vapeo',
    category: 'medical',
    description: 'Counseling and nicotine replacement to help you quit smoking or vaping.',
    description_es: 'Consejería y reemplazo de nicotina para ayudarle a dejar de fumar o de vapear.',
    samhsaCode: 'TCC',
    aliases: ['quit smoking', 'quit vaping', 'nicotine replacement'],
    aliases_es: ['dejar de fumar', 'dejar de vapear', 'parches de nicotina', 'reemplazo de nicotina'],
  },

  // Complementary
  {
    slug: 'yoga-mindful-movement',
    title: 'Yoga and mindful movement',
    title_es: 'Yoga y movimiento consciente',
    category: 'complementary',
    description: 'Gentle, trauma-informed yoga and movement sessions, adapted to any body and fitness level.',
    description_es:
      'Sesiones suaves de yoga y movimiento, pensadas para personas que han vivido un trauma y adaptadas a cualquier cuerpo y condición física.',
    aliases: ['yoga', 'mindfulness', 'movement therapy'],
    aliases_es: ['yoga', 'atención plena', 'mindfulness', 'terapia de movimiento'],
  },
  {
    slug: 'art-therapy',
    title: 'Art therapy',
    title_es: 'Arteterapia',
    category: 'complementary',
    description: 'Making art with a trained therapist as another way to express and work through experiences.',
    description_es: 'Hacer arte con un terapeuta capacitado, como otra forma de expresar y procesar lo que ha vivido.',
    aliases: ['expressive therapy', 'creative arts therapy'],
    aliases_es: ['terapia de arte', 'terapia artística', 'terapia expresiva'],
  },
  {
    slug: 'acupuncture',
    title: 'Acupuncture',
    title_es: 'Acupuntura',
    category: 'complementary',
    description: 'Ear acupuncture sessions offered alongside treatment to ease stress, cravings and sleep problems.',
    description_es:
      'Sesiones de acupuntura en la oreja, junto con el tratamiento, para aliviar el estrés, las ganas de consumir y los problemas de sueño.',
    samhsaCode: 'ACU',
    aliases: ['ear acupuncture', 'NADA protocol', 'auricular acupuncture'],
    aliases_es: ['acupuntura en la oreja', 'acupuntura auricular', 'protocolo NADA'],
  },

  // Support
  {
    slug: 'peer-support',
    title: 'Peer support and recovery coaching',
    title_es: 'Apoyo de pares y acompañamiento en la recuperación',
    category: 'support',
    description: 'Support from trained staff who have their own lived experience of recovery.',
    description_es: 'Apoyo de personal capacitado que ha vivido su propia recuperación.',
    samhsaCode: 'PEER',
    aliases: ['peer support specialist', 'recovery coach', 'peer mentor'],
    aliases_es: ['apoyo de compañeros', 'apoyo entre pares', 'coach de recuperación', 'mentor de pares'],
  },
  {
    slug: 'case-management',
    title: 'Case management',
    title_es: 'Manejo de casos',
    category: 'support',
    description: 'Help with practical needs such as benefits, housing applications, transport and appointments.',
    description_es: 'Ayuda con necesidades prácticas, como beneficios, solicitudes de vivienda, transporte y citas.',
    samhsaCode: 'CM',
    aliases: ['care coordination', 'social services help'],
    aliases_es: ['coordinación de servicios', 'trabajadora social', 'ayuda con beneficios', 'administración de casos'],
  },
  {
    slug: 'family-education',
    title: 'Family education and support',
    title_es: 'Educación y apoyo para familias',
    category: 'support',
    description:
      'Evening sessions for parents, partners and relatives about mental illness, addiction and how to support recovery.',
    description_es:
      'Sesiones por la noche para padres, parejas y familiares sobre las enfermedades mentales, las adicciones y cómo apoyar la recuperación.',
    samhsaCode: 'FPSY',
    aliases: ['family program', 'family psychoeducation', 'support for families'],
    aliases_es: ['programa para familias', 'psicoeducación familiar', 'apoyo para familias'],
  },
  {
    slug: 'mutual-help-groups',
    title: 'Mutual-help meetings on site',
    title_es: 'Reuniones de ayuda mutua en el centro',
    category: 'support',
    description:
      'Space for community-run meetings such as 12-step and SMART Recovery groups, open to current and former clients.',
    description_es:
      'Un espacio para reuniones de la comunidad, como los grupos de 12 pasos y de SMART Recovery, abiertas a clientes actuales y antiguos.',
    samhsaCode: 'SHG',
    aliases: ['AA', 'NA', '12-step meetings', 'SMART Recovery', 'self-help groups'],
    aliases_es: [
      'AA',
      'NA',
      'Alcohólicos Anónimos',
      'Narcóticos Anónimos',
      'reuniones de 12 pasos',
      'grupos de autoayuda',
    ],
  },
  {
    slug: 'continuing-care',
    title: 'Continuing care and discharge planning',
    title_es: 'Atención continua y plan de alta',
    category: 'support',
    description: 'A plan for what comes after a program ends: step-down care, alumni groups and follow-up calls.',
    description_es:
      'Un plan para después del programa: atención menos intensiva, grupos de egresados y llamadas de seguimiento.',
    samhsaCode: 'ACC',
    aliases: ['aftercare', 'step-down', 'discharge planning', 'alumni group'],
    aliases_es: ['cuidado posterior', 'seguimiento', 'plan de alta', 'grupo de egresados'],
  },
  {
    slug: 'employment-support',
    title: 'Employment support',
    title_es: 'Apoyo para el empleo',
    category: 'support',
    description: 'Help returning to work or school: résumés, job searches and talking with employers.',
    description_es:
      'Ayuda para volver al trabajo o a la escuela: currículum, búsqueda de empleo y conversaciones con empleadores.',
    samhsaCode: 'EMP',
    aliases: ['job help', 'vocational support', 'return to work'],
    aliases_es: ['ayuda para buscar trabajo', 'empleo', 'volver al trabajo', 'apoyo vocacional'],
  },
  {
    slug: 'naloxone-overdose-education',
    title: 'Naloxone and overdose education',
    title_es: 'Naloxona y educación sobre sobredosis',
    category: 'support',
    description: 'Free naloxone kits and short training on recognising and reversing an opioid overdose.',
    description_es:
      'Kits de naloxona gratis y una capacitación corta para reconocer y revertir una sobredosis de opioides.',
    samhsaCode: 'NOE',
    aliases: ['Narcan', 'naloxone', 'overdose prevention'],
    aliases_es: ['Narcan', 'naloxona', 'prevención de sobredosis', 'prevencion de sobredosis'],
  },
  {
    slug: 'suicide-prevention',
    title: 'Suicide prevention and safety planning',
    title_es: 'Prevención del suicidio y plan de seguridad',
    category: 'support',
    description: 'Screening for suicide risk and a written plan, made together, for getting through a crisis safely.',
    description_es:
      'Una evaluación del riesgo de suicidio y un plan escrito, hecho juntos, para pasar una crisis de forma segura.',
    samhsaCode: 'SPS',
    aliases: ['safety plan', 'suicide risk assessment'],
    aliases_es: ['plan de seguridad', 'riesgo de suicidio', 'pensamientos suicidas'],
  },

  // Offered at no location (see settings.ts for where to go instead)
  {
    slug: 'electroconvulsive-therapy',
    title: 'Electroconvulsive therapy (ECT)',
    title_es: 'Terapia electroconvulsiva (TEC)',
    category: 'medical',
    description: 'A procedure under anesthesia for severe depression and some other conditions, given in hospitals.',
    description_es:
      'Un procedimiento con anestesia para la depresión grave y algunas otras condiciones, que se hace en hospitales.',
    samhsaCode: 'ECT',
    aliases: ['ECT', 'shock therapy'],
    aliases_es: ['TEC', 'ECT', 'electroshock', 'terapia de electrochoque'],
  },
  {
    slug: 'methadone-treatment',
    title: 'Methadone treatment (opioid treatment program)',
    title_es: 'Tratamiento con metadona (programa de tratamiento de opioides)',
    category: 'medication',
    description:
      'Daily methadone for opioid use disorder, which by law is dispensed only by certified opioid treatment programs.',
    description_es:
      'Metadona diaria para el trastorno por consumo de opioides. Por ley, solo la entregan los programas certificados de tratamiento de opioides.',
    samhsaCode: 'OTP',
    aliases: ['methadone', 'methadone clinic', 'OTP', 'opioid treatment program'],
    aliases_es: [
      'metadona',
      'clínica de metadona',
      'clinica de metadona',
      'OTP',
      'programa de tratamiento de opioides',
    ],
  },
  {
    slug: 'recovery-housing',
    title: 'Recovery housing',
    title_es: 'Vivienda para la recuperación',
    category: 'support',
    description:
      'Alcohol- and drug-free shared housing for people in recovery, such as sober living or halfway houses.',
    description_es:
      'Vivienda compartida libre de alcohol y drogas para personas en recuperación, como las casas sobrias o las casas de transición.',
    samhsaCode: 'HH',
    aliases: ['sober living', 'halfway house', 'transitional housing', 'sober house'],
    aliases_es: ['vivienda sobria', 'casa sobria', 'casa de transición', 'casa de transicion', 'vivienda transitoria'],
  },
];
