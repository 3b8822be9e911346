/**
 * Locations of the invented Alderwell network. Street numbers are invented; cities, ZIP codes,
 * area codes and time zones are real, coordinates are approximate. Phone numbers are all in the
 * fictional 555-01xx range.
 *
 * Each location offers its programs' components automatically; `extraServices` adds the rest.
 * `notOffered` names programs (levels of care) and services; an entry without a note gets one at build
 * time (the nearest open location that offers it, or the organisation-wide note).
 */
import type { HoursSeed, LocationSeed } from '../lib/types.ts';

const WEEKDAYS: HoursSeed['days'] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const MON_THU: HoursSeed['days'] = ['mon', 'tue', 'wed', 'thu'];
const EVERY_DAY: HoursSeed['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const RESIDENTIAL_ELSEWHERE =
  'Our residential program is at the High Desert Residential Center in Bend, OR. Admissions can arrange an assessment and help with travel.';
const NO_SAME_DAY_CRISIS =
  'This clinic does not take crisis walk-ins. For help right now, call or text 988; in an emergency, call 911.';
const RESIDENTIAL_ELSEWHERE_ES =
  'Nuestro programa residencial está en el High Desert Residential Center, en Bend, OR. Admisiones puede organizar una evaluación y ayudarle con el viaje.';
const NO_SAME_DAY_CRISIS_ES =
  'Esta clínica no atiende crisis sin cita. Para recibir ayuda ahora mismo, llame o envíe un mensaje de texto al 988; en una emergencia, llame al 911.';

export const locations: LocationSeed[] = [
  // Oregon
  {
    slug: 'hawthorne-portland',
    name: 'Hawthorne Clinic',
    status: 'open',
    address: {
      street1: '3517 SE Hawthorne Blvd',
      street2: 'Second floor',
      city: 'Portland',
      state: 'OR',
      zip: '97214',
    },
    geo: { lat: 45.512, lng: -122.6275 },
    timeZone: 'America/Los_Angeles',
    phones: { admissions: '+15035550110', main: '+15035550111', fax: '+15035550119' },
    hours: [
      { days: MON_THU, opens: '08:00', closes: '21:00' },
      { days: ['fri'], opens: '08:00', closes: '17:00' },
      {
        days: ['sat'],
        opens: '09:00',
        closes: '13:00',
        note: 'Intake appointments only',
        note_es: 'Solo citas de evaluación de ingreso',
      },
    ],
    programs: [
      {
        program: 'intensive-outpatient',
        formats: ['in-person', 'telehealth'],
        scheduleNote: 'Daytime track in person; evening track in person or by video.',
        scheduleNote_es: 'Horario de día en persona; horario de noche en persona o por video.',
      },
      {
        program: 'partial-hospitalization',
        formats: ['in-person'],
        scheduleNote: 'Monday to Friday, 9 a.m. to 3 p.m.',
        scheduleNote_es: 'De lunes a viernes, de 9 a. m. a 3 p. m.',
      },
      {
        program: 'co-occurring-intensive-outpatient',
        formats: ['in-person'],
        scheduleNote: 'Monday to Thursday, 1 to 4 p.m.',
        scheduleNote_es: 'De lunes a jueves, de 1 a 4 p. m.',
      },
      { program: 'outpatient-therapy', formats: ['in-person', 'telehealth'] },
      {
        program: 'medication-for-opioid-use-disorder',
        formats: ['in-person', 'telehealth'],
        scheduleNote: 'First visit in person, weekday mornings; follow-up visits can be by video.',
        scheduleNote_es:
          'La primera visita es en persona, en las mañanas de lunes a viernes; las visitas de seguimiento pueden ser por video.',
      },
    ],
    extraServices: ['emdr', 'acupuncture', 'tobacco-cessation', 'contingency-management'],
    notOffered: [
      { service: 'transcranial-magnetic-stimulation' },
      { program: 'residential', note: RESIDENTIAL_ELSEWHERE, note_es: RESIDENTIAL_ELSEWHERE_ES },
      {
        program: 'crisis-walk-in',
        note: 'For help right now, call or text 988. Our Salem Crisis & Recovery Center takes walk-ins every day.',
        note_es:
          'Para recibir ayuda ahora mismo, llame o envíe un mensaje de texto al 988. Nuestro Salem Crisis & Recovery Center atiende sin cita todos los días.',
      },
      { program: 'detox' },
      { service: 'methadone-treatment' },
    ],
    agesServed: ['young-adults', 'adults', 'seniors'],
    languages: ['English', 'Spanish', 'Vietnamese'],
    paymentAccepted: ['private-insurance', 'medicaid', 'medicare', 'tricare', 'self-pay', 'sliding-fee'],
    accessibilityNotes:
      'Step-free entrance on SE 36th Avenue and an elevator to the second floor. Single-stall, all-gender restrooms. Bus line 14 stops outside.',
    accessibilityNotes_es:
      'Entrada sin escalones por SE 36th Avenue y elevador al segundo piso. Baños individuales para todos los géneros. El autobús de la línea 14 para enfrente.',
    lastReviewed: '2026-11-12',
  },
  {
    slug: 'lloyd-district-portland',
    name: 'Lloyd District Clinic',
    status: 'open',
    address: { street1: '825 NE Multnomah St', street2: 'Suite 300', city: 'Portland', state: 'OR', zip: '97232' },
    geo: { lat: 45.5316, lng: -122.6573 },
    timeZone: 'America/Los_Angeles',
    phones: { main: { number: '+15035550121', extension: '204' }, fax: '+15035550129' },
    hours: [
      { days: WEEKDAYS, opens: '07:30', closes: '18:00' },
      {
        days: ['sat'],
        opens: '09:00',
        closes: '12:00',
        note: 'Recovery groups and peer coaching only',
        note_es: 'Solo grupos de recuperación y acompañamiento de pares',
      },
    ],
    hoursNote: 'New patients for buprenorphine can usually be seen the same day if they call before 2 p.m.',
    hoursNote_es:
      'Si es paciente nuevo y busca buprenorfina, por lo general le atendemos el mismo día si llama antes de las 2 p. m.',
    programs: [
      {
        program: 'medication-for-opioid-use-disorder',
        formats: ['in-person', 'telehealth'],
        scheduleNote: 'Same-day starts on weekdays.',
        scheduleNote_es: 'Puede empezar el mismo día, de lunes a viernes.',
      },
      { program: 'outpatient-therapy', formats: ['in-person', 'telehealth'] },
      {
        program: 'recovery-support',
        formats: ['in-person'],
        scheduleNote: 'Groups on weekday evenings and Saturday mornings.',
        scheduleNote_es: 'Grupos las noches de entre semana y los sábados por la mañana.',
      },
    ],
    extraServices: ['contingency-management', 'tobacco-cessation'],
    notOffered: [
      { program: 'intensive-outpatient' },
      { program: 'partial-hospitalization' },
      {
        service: 'methadone-treatment',
        note: 'We prescribe buprenorphine and naltrexone here. For methadone, ask us for a referral to a certified opioid treatment program in Portland.',
        note_es:
          'Aquí recetamos buprenorfina y naltrexona. Para metadona, pídanos una referencia a un programa certificado de tratamiento de opioides en Portland.',
      },
      { service: 'recovery-housing' },
    ],
    agesServed: ['young-adults', 'adults', 'seniors'],
    languages: ['English', 'Spanish', 'American Sign Language'],
    paymentAccepted: ['private-insurance', 'medicaid', 'medicare', 'sliding-fee', 'free-of-charge'],
    accessibilityNotes:
      'Automatic doors and an elevator. ASL interpreters are on staff on Tuesdays and Thursdays and available by video at other times. A short walk from the Lloyd Center MAX station.',
    accessibilityNotes_es:
      'Puertas automáticas y elevador. Hay intérpretes de lengua de señas americana (ASL) en el personal los martes y jueves, y por video los demás días. A poca distancia a pie de la estación Lloyd Center del MAX.',
    lastReviewed: '2026-10-28',
  },
  {
    slug: 'gresham-family',
    name: 'Gresham Family Clinic',
    status: 'open',
    address: { street1: '402 NE Division St', city: 'Gresham', state: 'OR', zip: '97030' },
    geo: { lat: 45.5032, lng: -122.4271 },
    timeZone: 'America/Los_Angeles',
    phones: { admissions: '+15035550130', main: '+15035550131', fax: '+15035550139' },
    hours: [
      { days: MON_THU, opens: '09:00', closes: '19:00' },
      { days: ['fri'], opens: '09:00', closes: '17:00' },
    ],
    programs: [
      {
        program: 'adolescent-intensive-outpatient',
        formats: ['in-person'],
        scheduleNote: 'Monday, Tuesday and Thursday after school, 3:30 to 6:30 p.m.',
        scheduleNote_es: 'Lunes, martes y jueves después de la escuela, de 3:30 a 6:30 p. m.',
      },
      {
        program: 'outpatient-therapy',
        formats: ['in-person', 'telehealth'],
        scheduleNote: 'Children from age 6, teens and adults.',
        scheduleNote_es: 'Niños desde los 6 años, adolescentes y adultos.',
      },
      {
        program: 'intensive-outpatient',
        formats: ['telehealth'],
        scheduleNote: 'Adult evening track by video only, Monday to Thursday, 5:30 to 8:30 p.m.',
        scheduleNote_es: 'Horario de noche para adultos, solo por video, de lunes a jueves, de 5:30 a 8:30 p. m.',
      },
    ],
    extraServices: [],
    notOffered: [
      { program: 'partial-hospitalization' },
      { service: 'buprenorphine-treatment' },
      { program: 'crisis-walk-in', note: NO_SAME_DAY_CRISIS, note_es: NO_SAME_DAY_CRISIS_ES },
      {
        program: 'inpatient-psychiatric-care',
        note: 'If a child or teen is not safe, go to the nearest hospital emergency department or call 911. Call or text 988 for support at any hour.',
        note_es:
          'Si un niño o adolescente no está a salvo, vaya a la sala de emergencias del hospital más cercano o llame al 911. Llame o envíe un mensaje de texto al 988 para recibir apoyo a cualquier hora.',
      },
    ],
    agesServed: ['children', 'adolescents', 'young-adults', 'adults'],
    languages: ['English', 'Spanish', 'Russian'],
    paymentAccepted: ['private-insurance', 'medicaid', 'tricare', 'self-pay', 'sliding-fee'],
    accessibilityNotes:
      'Ground-floor clinic with step-free entry, free parking in front and a quiet waiting room for families.',
    accessibilityNotes_es:
      'Clínica en la planta baja con entrada sin escalones, estacionamiento gratis enfrente y una sala de espera tranquila para familias.',
    // Deliberately older than 180 days: the demo shows the stale-review warning.
    lastReviewed: '2026-03-30',
  },
  {
    slug: 'salem-crisis-recovery',
    name: 'Salem Crisis & Recovery Center',
    status: 'open',
    address: { street1: '1450 Center St NE', city: 'Salem', state: 'OR', zip: '97301' },
    geo: { lat: 44.9407, lng: -123.0265 },
    timeZone: 'America/Los_Angeles',
    phones: { admissions: '+15035550140', main: '+15035550141', fax: '+15035550149' },
    hours: [
      { days: WEEKDAYS, opens: '08:00', closes: '22:00' },
      {
        days: ['sat', 'sun'],
        opens: '10:00',
        closes: '18:00',
        note: 'Crisis walk-in and recovery groups only',
        note_es: 'Solo crisis sin cita y grupos de recuperación',
      },
    ],
    hoursNote: 'Last crisis walk-in check-in is 30 minutes before closing. Outside these hours, call or text 988.',
    hoursNote_es:
      'La última llegada para crisis sin cita es 30 minutos antes del cierre. Fuera de este horario, llame o envíe un mensaje de texto al 988.',
    programs: [
      {
        program: 'crisis-walk-in',
        formats: ['in-person'],
        scheduleNote: 'No appointment needed, every day.',
        scheduleNote_es: 'Sin cita, todos los días.',
      },
      {
        program: 'intensive-outpatient',
        formats: ['in-person', 'telehealth'],
        scheduleNote: 'Daytime and evening tracks.',
        scheduleNote_es: 'Horarios de día y de noche.',
      },
      { program: 'outpatient-therapy', formats: ['in-person', 'telehealth'] },
      { program: 'medication-for-opioid-use-disorder', formats: ['in-person'] },
      { program: 'recovery-support', formats: ['in-person'] },
    ],
    extraServices: ['contingency-management', 'dialectical-behavior-therapy'],
    notOffered: [
      { program: 'partial-hospitalization' },
      { program: 'residential', note: RESIDENTIAL_ELSEWHERE, note_es: RESIDENTIAL_ELSEWHERE_ES },
      {
        program: 'detox',
        note: 'If you arrive in withdrawal, our crisis team checks whether it is safe to wait and arranges a transfer to a detox program when needed.',
        note_es:
          'Si llega con síntomas de abstinencia, nuestro equipo de crisis revisa si es seguro esperar y, cuando hace falta, organiza su traslado a un programa de desintoxicación.',
      },
      {
        program: 'inpatient-psychiatric-care',
        note: 'When someone needs hospital care, our crisis team arranges the transfer to a hospital emergency department.',
        note_es:
          'Cuando una persona necesita atención en un hospital, nuestro equipo de crisis organiza el traslado a la sala de emergencias de un hospital.',
      },
    ],
    agesServed: ['adolescents', 'young-adults', 'adults', 'seniors'],
    languages: ['English', 'Spanish'],
    paymentAccepted: ['private-insurance', 'medicaid', 'medicare', 'self-pay', 'sliding-fee', 'free-of-charge'],
    accessibilityNotes:
      'Step-free entrance and accessible restrooms. A low-light, quiet room is available in the crisis area. Service animals welcome.',
    accessibilityNotes_es:
      'Entrada sin escalones y baños accesibles. En el área de crisis hay un cuarto tranquilo y con poca luz. Se aceptan animales de servicio.',
    lastReviewed: '2026-11-05',
  },
  {
    slug: 'willamette-street-eugene',
    name: 'Willamette Street Clinic',
    status: 'open',
    address: { street1: '1185 Willamette St', city: 'Eugene', state: 'OR', zip: '97401' },
    geo: { lat: 44.0459, lng: -123.0917 },
    timeZone: 'America/Los_Angeles',
    phones: { admissions: '+15415550150', main: '+15415550151' },
    hours: [
      { days: MON_THU, opens: '08:30', closes: '21:00' },
      { days: ['fri'], opens: '08:30', closes: '17:00' },
    ],
    programs: [
      {
        program: 'intensive-outpatient',
        formats: ['in-person'],
        scheduleNote: 'Evening track only.',
        scheduleNote_es: 'Solo horario de noche.',
      },
      { program: 'co-occurring-intensive-outpatient', formats: ['in-person', 'telehealth'] },
      { program: 'outpatient-therapy', formats: ['in-person', 'telehealth'] },
      { program: 'recovery-support', formats: ['in-person'] },
    ],
    extraServices: ['emdr'],
    notOffered: [
      { service: 'buprenorphine-treatment' },
      { program: 'partial-hospitalization' },
      { program: 'residential', note: RESIDENTIAL_ELSEWHERE, note_es: RESIDENTIAL_ELSEWHERE_ES },
      { program: 'detox' },
    ],
    agesServed: ['young-adults', 'adults', 'seniors'],
    languages: ['English', 'Spanish', 'American Sign Language'],
    paymentAccepted: ['private-insurance', 'medicaid', 'medicare', 'self-pay', 'sliding-fee'],
    accessibilityNotes:
      'Street-level entrance and an elevator. Hearing loop in the main group room. ASL interpreters on request with two days’ notice.',
    accessibilityNotes_es:
      'Entrada a nivel de la calle y elevador. Sistema de bucle auditivo en la sala principal de grupos. Intérpretes de lengua de señas americana (ASL) si los pide con dos días de anticipación.',
    lastReviewed: '2026-09-18',
  },
  {
    slug: 'high-desert-bend',
    name: 'High Desert Residential Center',
    status: 'open',
    address: { street1: '2450 NE 27th St', city: 'Bend', state: 'OR', zip: '97701' },
    geo: { lat: 44.0637, lng: -121.2739 },
    timeZone: 'America/Los_Angeles',
    phones: { admissions: '+15415550160', main: '+15415550161', fax: '+15415550169' },
    hours: [
      {
        days: EVERY_DAY,
        opens: '00:00',
        closes: '24:00',
        note: 'Staffed around the clock',
        note_es: 'Con personal a toda hora',
      },
    ],
    hoursNote:
      'Admissions by appointment, Monday to Friday, 9 a.m. to 4 p.m.: please call first. Family visits on Saturdays and Sundays, 1 to 4 p.m.',
    hoursNote_es:
      'Admisiones con cita, de lunes a viernes, de 9 a. m. a 4 p. m.: por favor, llame antes. Visitas de familia los sábados y domingos, de 1 a 4 p. m.',
    programs: [
      {
        program: 'residential',
        formats: ['in-person'],
        scheduleNote: '24 beds for adults; family sessions can join by video.',
        scheduleNote_es: '24 camas para adultos; la familia puede participar en las sesiones por video.',
      },
    ],
    extraServices: ['acupuncture', 'buprenorphine-treatment', 'naltrexone-treatment', 'naloxone-overdose-education'],
    notOffered: [
      {
        program: 'detox',
        note: 'Residents must be through withdrawal before admission. Our admissions team helps arrange detox elsewhere first. Severe withdrawal is an emergency: call 911.',
        note_es:
          'Los residentes deben haber pasado la abstinencia antes de entrar. Nuestro equipo de admisiones le ayuda a organizar primero la desintoxicación en otro lugar. La abstinencia grave es una emergencia: llame al 911.',
      },
      {
        service: 'methadone-treatment',
        note: 'Residents who take methadone can continue it: we arrange daily dosing with an opioid treatment program in Bend.',
        note_es:
          'Los residentes que toman metadona pueden seguir con ella: organizamos la dosis diaria con un programa de tratamiento de opioides en Bend.',
      },
      { program: 'intensive-outpatient' },
      { program: 'inpatient-psychiatric-care' },
    ],
    agesServed: ['young-adults', 'adults'],
    languages: ['English', 'Spanish'],
    paymentAccepted: ['private-insurance', 'medicaid', 'tricare', 'self-pay'],
    accessibilityNotes:
      'Single-level campus with accessible bedrooms and roll-in showers. Meals for most dietary needs. Public transport is limited; we can help arrange a ride from the Bend bus station.',
    accessibilityNotes_es:
      'Instalaciones de un solo nivel con habitaciones accesibles y duchas sin borde. Comidas para la mayoría de las dietas especiales. Hay poco transporte público; le podemos ayudar a conseguir transporte desde la estación de autobuses de Bend.',
    lastReviewed: '2026-10-02',
  },

  // Washington
  {
    slug: 'main-street-vancouver',
    name: 'Main Street Clinic',
    status: 'open',
    address: { street1: '1510 Main St', street2: 'Suite 120', city: 'Vancouver', state: 'WA', zip: '98660' },
    geo: { lat: 45.6323, lng: -122.6714 },
    timeZone: 'America/Los_Angeles',
    phones: { admissions: '+13605550170', main: '+13605550171', fax: '+13605550179' },
    hours: [
      { days: MON_THU, opens: '08:00', closes: '21:00' },
      { days: ['fri'], opens: '08:00', closes: '17:00' },
    ],
    programs: [
      {
        program: 'partial-hospitalization',
        formats: ['in-person'],
        scheduleNote: 'Monday to Friday, 8:30 a.m. to 2:30 p.m.',
        scheduleNote_es: 'De lunes a viernes, de 8:30 a. m. a 2:30 p. m.',
      },
      { program: 'intensive-outpatient', formats: ['in-person', 'telehealth'] },
      { program: 'outpatient-therapy', formats: ['in-person', 'telehealth'] },
    ],
    extraServices: [],
    notOffered: [
      { service: 'buprenorphine-treatment' },
      { program: 'residential', note: RESIDENTIAL_ELSEWHERE, note_es: RESIDENTIAL_ELSEWHERE_ES },
      { program: 'crisis-walk-in', note: NO_SAME_DAY_CRISIS, note_es: NO_SAME_DAY_CRISIS_ES },
      { service: 'electroconvulsive-therapy' },
    ],
    agesServed: ['young-adults', 'adults', 'seniors'],
    languages: ['English', 'Spanish', 'Russian', 'Ukrainian'],
    paymentAccepted: ['private-insurance', 'medicaid', 'medicare', 'tricare', 'self-pay'],
    accessibilityNotes:
      'Accessible entrance on Main Street and an elevator. Russian- and Ukrainian-speaking staff at the front desk on weekdays.',
    accessibilityNotes_es:
      'Entrada accesible por Main Street y elevador. Personal que habla ruso y ucraniano en la recepción de lunes a viernes.',
    lastReviewed: '2026-08-21',
  },
  {
    slug: 'capitol-hill-seattle',
    name: 'Capitol Hill Clinic',
    status: 'open',
    address: { street1: '1520 Broadway', street2: 'Suite 400', city: 'Seattle', state: 'WA', zip: '98122' },
    geo: { lat: 47.6148, lng: -122.3207 },
    timeZone: 'America/Los_Angeles',
    phones: { admissions: '+12065550180', main: '+12065550181', fax: '+12065550189' },
    hours: [
      { days: MON_THU, opens: '08:00', closes: '21:00' },
      { days: ['fri'], opens: '08:00', closes: '18:00' },
      {
        days: ['sat'],
        opens: '10:00',
        closes: '14:00',
        note: 'Buprenorphine same-day starts only',
        note_es: 'Solo para empezar buprenorfina el mismo día',
      },
    ],
    programs: [
      { program: 'intensive-outpatient', formats: ['in-person', 'telehealth'] },
      {
        program: 'co-occurring-intensive-outpatient',
        formats: ['in-person'],
        scheduleNote: 'Monday to Thursday, 5:30 to 8:30 p.m.',
        scheduleNote_es: 'De lunes a jueves, de 5:30 a 8:30 p. m.',
      },
      { program: 'outpatient-therapy', formats: ['in-person', 'telehealth'] },
      { program: 'medication-for-opioid-use-disorder', formats: ['in-person', 'telehealth'] },
    ],
    extraServices: [
      'transcranial-magnetic-stimulation',
      'emdr',
      'dialectical-behavior-therapy',
      'contingency-management',
    ],
    notOffered: [
      { program: 'partial-hospitalization' },
      { program: 'residential', note: RESIDENTIAL_ELSEWHERE, note_es: RESIDENTIAL_ELSEWHERE_ES },
      { service: 'methadone-treatment' },
      {
        service: 'electroconvulsive-therapy',
        note: 'We offer TMS for depression here. If ECT is recommended, our psychiatrists refer to a hospital program in Seattle.',
        note_es:
          'Aquí ofrecemos estimulación magnética transcraneal (EMT) para la depresión. Si le recomiendan TEC, nuestros psiquiatras le refieren al programa de un hospital en Seattle.',
      },
    ],
    agesServed: ['young-adults', 'adults', 'seniors'],
    languages: ['English', 'Spanish', 'Vietnamese', 'Somali', 'Amharic'],
    paymentAccepted: ['private-insurance', 'medicaid', 'medicare', 'self-pay', 'sliding-fee'],
    accessibilityNotes:
      'Step-free entry from Broadway and elevators to all floors. All-gender restrooms. A short walk from the Capitol Hill light rail station.',
    accessibilityNotes_es:
      'Entrada sin escalones por Broadway y elevadores a todos los pisos. Baños para todos los géneros. A poca distancia a pie de la estación Capitol Hill del tren ligero.',
    lastReviewed: '2026-11-19',
  },
  {
    slug: 'tacoma-youth-family',
    name: 'Tacoma Youth & Family Clinic',
    status: 'temporarily-closed',
    address: { street1: '1740 Pacific Ave', city: 'Tacoma', state: 'WA', zip: '98402' },
    geo: { lat: 47.2452, lng: -122.4372 },
    timeZone: 'America/Los_Angeles',
    phones: { admissions: '+12535550190', main: '+12535550191', fax: '+12535550199' },
    hours: [
      { days: MON_THU, opens: '09:00', closes: '19:00' },
      { days: ['fri'], opens: '09:00', closes: '17:00' },
    ],
    hoursNote:
      'The building is closed for repairs after water damage; we expect to reopen in February 2027. Teen IOP and therapy continue by video, and the phones are answered during the usual hours.',
    hoursNote_es:
      'El edificio está cerrado por reparaciones después de daños por agua; esperamos volver a abrir en febrero de 2027. El programa intensivo para adolescentes y la terapia siguen por video, y contestamos los teléfonos en el horario de siempre.',
    programs: [
      {
        program: 'adolescent-intensive-outpatient',
        formats: ['telehealth'],
        scheduleNote: 'Groups meet by video while the clinic is closed.',
        scheduleNote_es: 'Los grupos se reúnen por video mientras la clínica está cerrada.',
      },
      {
        program: 'outpatient-therapy',
        formats: ['telehealth'],
        scheduleNote: 'Sessions with your therapist by video while the clinic is closed.',
        scheduleNote_es: 'Sesiones con su terapeuta por video mientras la clínica está cerrada.',
      },
    ],
    extraServices: [],
    notOffered: [
      { service: 'buprenorphine-treatment' },
      { program: 'partial-hospitalization' },
      {
        program: 'inpatient-psychiatric-care',
        note: 'If a child or teen is not safe, go to the nearest hospital emergency department or call 911. Call or text 988 for support at any hour.',
        note_es:
          'Si un niño o adolescente no está a salvo, vaya a la sala de emergencias del hospital más cercano o llame al 911. Llame o envíe un mensaje de texto al 988 para recibir apoyo a cualquier hora.',
      },
    ],
    agesServed: ['children', 'adolescents', 'young-adults'],
    languages: ['English', 'Spanish', 'Korean', 'American Sign Language'],
    paymentAccepted: ['private-insurance', 'medicaid', 'tricare', 'sliding-fee'],
    accessibilityNotes:
      'When open: step-free entrance from Pacific Avenue, an elevator and a family restroom with a changing table.',
    accessibilityNotes_es:
      'Cuando está abierta: entrada sin escalones por Pacific Avenue, elevador y un baño familiar con cambiador de pañales.',
    lastReviewed: '2026-11-09',
  },
  {
    slug: 'riverfront-spokane',
    name: 'Riverfront Clinic',
    status: 'open',
    address: { street1: '421 W Riverside Ave', street2: 'Suite 600', city: 'Spokane', state: 'WA', zip: '99201' },
    geo: { lat: 47.6571, lng: -117.4199 },
    timeZone: 'America/Los_Angeles',
    phones: { admissions: '+15095550110', main: '+15095550111', fax: '+15095550119' },
    hours: [
      { days: WEEKDAYS, opens: '07:00', closes: '19:00' },
      {
        days: ['sat'],
        opens: '09:00',
        closes: '13:00',
        note: 'Recovery groups only',
        note_es: 'Solo grupos de recuperación',
      },
    ],
    programs: [
      {
        program: 'medication-for-opioid-use-disorder',
        formats: ['in-person', 'telehealth'],
        scheduleNote: 'Same-day starts on weekday mornings.',
        scheduleNote_es: 'Puede empezar el mismo día, en las mañanas de lunes a viernes.',
      },
      {
        program: 'intensive-outpatient',
        formats: ['in-person', 'telehealth'],
        scheduleNote: 'Daytime track only.',
        scheduleNote_es: 'Solo horario de día.',
      },
      { program: 'outpatient-therapy', formats: ['in-person', 'telehealth'] },
      { program: 'recovery-support', formats: ['in-person'] },
    ],
    extraServices: ['contingency-management', 'tobacco-cessation'],
    notOffered: [
      { service: 'methadone-treatment' },
      { program: 'partial-hospitalization' },
      { program: 'residential', note: RESIDENTIAL_ELSEWHERE, note_es: RESIDENTIAL_ELSEWHERE_ES },
      { service: 'recovery-housing' },
    ],
    agesServed: ['young-adults', 'adults', 'seniors'],
    languages: ['English', 'Spanish', 'Russian'],
    paymentAccepted: ['private-insurance', 'medicaid', 'medicare', 'self-pay', 'sliding-fee'],
    accessibilityNotes:
      'Accessible entrance on Riverside Avenue, elevator, and skywalk access from the parking garage next door.',
    accessibilityNotes_es:
      'Entrada accesible por Riverside Avenue, elevador y un paso elevado desde el estacionamiento de al lado.',
    lastReviewed: '2026-10-14',
  },

  // Idaho
  {
    slug: 'downtown-boise',
    name: 'Downtown Boise Clinic',
    status: 'opening-soon',
    address: { street1: '815 W Bannock St', city: 'Boise', state: 'ID', zip: '83702' },
    geo: { lat: 43.6172, lng: -116.2 },
    timeZone: 'America/Boise',
    phones: { admissions: '+12085550120', main: '+12085550121' },
    hours: [
      { days: MON_THU, opens: '08:00', closes: '20:00' },
      { days: ['fri'], opens: '08:00', closes: '17:00' },
    ],
    hoursNote:
      'Opening in January 2027. Until then, admissions can book video appointments and intake visits for opening week.',
    hoursNote_es:
      'Abre en enero de 2027. Mientras tanto, admisiones puede programar citas por video y evaluaciones de ingreso para la semana de apertura.',
    programs: [
      {
        program: 'intensive-outpatient',
        formats: ['in-person', 'telehealth'],
        scheduleNote: 'Evening track first; a daytime track will follow.',
        scheduleNote_es: 'Primero el horario de noche; después habrá un horario de día.',
      },
      { program: 'outpatient-therapy', formats: ['in-person', 'telehealth'] },
    ],
    extraServices: [],
    notOffered: [
      {
        service: 'buprenorphine-treatment',
        note: 'We do not prescribe buprenorphine in Boise. Admissions can refer you to a prescriber nearby, or search FindTreatment.gov.',
        note_es:
          'En Boise no recetamos buprenorfina. Admisiones le puede referir a alguien que la recete cerca, o puede buscar en FindTreatment.gov.',
      },
      { program: 'partial-hospitalization' },
      { program: 'residential', note: RESIDENTIAL_ELSEWHERE, note_es: RESIDENTIAL_ELSEWHERE_ES },
      { program: 'detox' },
    ],
    agesServed: ['young-adults', 'adults', 'seniors'],
    languages: ['English', 'Spanish'],
    paymentAccepted: ['private-insurance', 'medicaid', 'medicare', 'tricare', 'self-pay'],
    accessibilityNotes: 'Ground-floor clinic with a step-free entrance and accessible parking behind the building.',
    accessibilityNotes_es:
      'Clínica en la planta baja con entrada sin escalones y estacionamiento accesible detrás del edificio.',
    lastReviewed: '2026-11-20',
  },
];
