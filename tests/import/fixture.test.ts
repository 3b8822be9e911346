/**
 * The importer on a small fixture written to carry every quirk of the real directory: text cut at 38
 * characters, trailing spaces, an extension ("x2650"), missing phones, "Cañon", a leading-zero ZIP, a
 * facility in both files, several programs at one address told apart by name2, a CRLF inside a quoted
 * legend description.
 */
import { describe, expect, test } from 'vitest';
import { byId, fileName, importFixture } from './helpers.ts';

const { ndjson, report } = importFixture();
const docs = byId(ndjson);
const doc = (id: string) => {
  const found = docs.get(id);
  if (!found) throw new Error(`no document ${id}; have ${[...docs.keys()].join(', ')}`);
  return found;
};

const ref = (id: string) => ({ _type: 'reference', _ref: id });
const refItem = (id: string) => ({ ...ref(id), _key: id.slice(id.indexOf('.') + 1) });
const notOffered = (program: string) => ({
  _type: 'notOfferedItem',
  _key: program,
  item: ref(`program.${program}`),
});
const offered = (slug: string, formats: string[]) => ({
  _type: 'offeredProgram',
  _key: slug,
  program: ref(`program.${slug}`),
  formats,
});

describe('fixture import: documents', () => {
  test('writes exactly these documents, sorted by id', () => {
    expect([...docs.keys()]).toEqual([
      'location.harbor-light-center-boston',
      'location.harbor-light-center-boston-2',
      'location.northside-clinic-springfield',
      'location.remote-clinic-salem',
      'location.rio-grande-recovery-intensive-outpatient-treatment-taos',
      'location.riverbend-behavioral-health-services-i-downtown-clinic-canon-city',
      'location.valley-counseling-center-adult-services-springfield',
      'location.valley-counseling-center-springfield',
      'location.valley-counseling-center-springfield-2',
      'location.valley-counseling-center-youth-services-springfield',
      // Every level of care, offered or not; their codes are programs, never services too.
      'program.detox',
      'program.hospital-inpatient',
      'program.intensive-outpatient',
      'program.medication-for-opioid-use-disorder',
      'program.outpatient',
      'program.partial-hospitalization',
      'program.recovery-housing',
      'program.residential',
      'service.samhsa-ad',
      'service.samhsa-cbt',
      'service.samhsa-mh',
      'service.samhsa-sa',
      'service.samhsa-sumh',
      'service.samhsa-tele',
      'service.samhsa-vet',
      'siteSettings',
    ]);
  });

  test('a truncated name, trailing spaces, an extension, "Cañon" and a geocode from --geo', () => {
    expect(doc('location.riverbend-behavioral-health-services-i-downtown-clinic-canon-city')).toEqual({
      _id: 'location.riverbend-behavioral-health-services-i-downtown-clinic-canon-city',
      _type: 'location',
      // name1 is cut at 38 characters in the data and stays so; "Downtown Clinic " loses its trailing space.
      name: 'Riverbend Behavioral Health Services I – Downtown Clinic',
      slug: { _type: 'slug', current: 'riverbend-behavioral-health-services-i-downtown-clinic-canon-city' },
      status: 'open',
      address: {
        _type: 'address',
        street1: '100 Main Street',
        street2: 'Suite 2',
        city: 'Cañon City',
        state: 'CO',
        zip: '81212',
      },
      geo: { _type: 'geopoint', lat: 38.4409, lng: -105.2424 },
      timeZone: 'America/Denver',
      // intake1 is the admissions line; "x2650" is kept apart from the E.164 number.
      admissionsPhone: { _type: 'phone', number: '+17195550143' },
      mainPhone: { _type: 'phone', number: '+17195550142', extension: '2650' },
      // TELE adds telehealth to outpatient, not to partial hospitalization (README.md).
      programs: [offered('partial-hospitalization', ['in-person']), offered('outpatient', ['in-person', 'telehealth'])],
      // Legend order; OP and PHDT are the programs above, not services.
      servicesOffered: ['mh', 'cbt', 'tele', 'vet'].map((c) => refItem(`service.samhsa-${c}`)),
      notOffered: ['detox', 'residential', 'intensive-outpatient', 'medication-for-opioid-use-disorder'].map(
        notOffered,
      ),
      agesServed: ['young-adults', 'adults'],
      // FX only announces F4; English is assumed for every listing.
      languages: ['English', 'American Sign Language', 'Arabic', 'Spanish'],
      paymentAccepted: ['medicaid', 'self-pay', 'sliding-fee'],
      lastReviewed: '2022-01-01',
    });
  });

  test('a facility in both files is one location with the union of codes, phones and the MH geocode', () => {
    expect(doc('location.harbor-light-center-boston')).toEqual({
      _id: 'location.harbor-light-center-boston',
      _type: 'location',
      name: 'Harbor Light Center',
      slug: { _type: 'slug', current: 'harbor-light-center-boston' },
      status: 'open',
      // The leading zero of the ZIP survives; the SA row's "02118 " and "HARBOR LIGHT CENTER " still matched.
      address: { _type: 'address', street1: '12 Elm Street', city: 'Boston', state: 'MA', zip: '02118' },
      geo: { _type: 'geopoint', lat: 42.339, lng: -71.074 },
      timeZone: 'America/New_York',
      // Main phone from the MH row (the first input); it has no intake line, so the SA row's is used.
      admissionsPhone: { _type: 'phone', number: '+16175550122' },
      mainPhone: { _type: 'phone', number: '+16175550120' },
      programs: [offered('intensive-outpatient', ['in-person']), offered('outpatient', ['in-person'])],
      servicesOffered: ['mh', 'sumh', 'sa', 'cbt'].map((c) => refItem(`service.samhsa-${c}`)),
      notOffered: ['detox', 'residential', 'partial-hospitalization', 'medication-for-opioid-use-disorder'].map(
        notOffered,
      ),
      agesServed: ['adults', 'seniors'],
      languages: ['English', 'Spanish'],
      paymentAccepted: ['private-insurance', 'medicaid', 'medicare'],
      lastReviewed: '2022-01-01',
    });
    // The SA file lists the same name and address a second time, with another phone: kept as its own location.
    expect(doc('location.harbor-light-center-boston-2')).toMatchObject({
      name: 'Harbor Light Center',
      mainPhone: { _type: 'phone', number: '+16175550125' },
      geo: { _type: 'geopoint', lat: 42.33786, lng: -71.069805 }, // ZIP centroid: no geocode for SA rows
    });
  });

  test('programs at one address are told apart by name2; same name and city get -2 in address order', () => {
    expect(doc('location.valley-counseling-center-adult-services-springfield')).toMatchObject({
      name: 'Valley Counseling Center – Adult Services',
      address: { street1: '400 Oak Avenue' },
      agesServed: ['adults'],
    });
    expect(doc('location.valley-counseling-center-youth-services-springfield')).toMatchObject({
      name: 'Valley Counseling Center – Youth Services',
      address: { street1: '400 Oak Avenue' },
      // CHLD is "children/adolescents".
      agesServed: ['children', 'adolescents'],
    });
    expect(doc('location.valley-counseling-center-springfield')).toMatchObject({
      address: { street1: '1 First Street' },
    });
    expect(doc('location.valley-counseling-center-springfield-2')).toEqual({
      _id: 'location.valley-counseling-center-springfield-2',
      _type: 'location',
      name: 'Valley Counseling Center',
      slug: { _type: 'slug', current: 'valley-counseling-center-springfield-2' },
      status: 'open',
      address: { _type: 'address', street1: '2 Second Street', city: 'Springfield', state: 'OR', zip: '97477' },
      geo: { _type: 'geopoint', lat: 44.058465, lng: -123.011597 },
      timeZone: 'America/Los_Angeles',
      mainPhone: { _type: 'phone', number: '+15415550111' },
      programs: [
        offered('detox', ['in-person']),
        offered('residential', ['in-person']),
        offered('medication-for-opioid-use-disorder', ['in-person', 'telehealth']),
      ],
      // DT, RES, RS, RD and OTP are the programs above; NAUT-style negations never become services.
      servicesOffered: ['sa', 'tele', 'ad'].map((c) => refItem(`service.samhsa-${c}`)),
      notOffered: ['partial-hospitalization', 'intensive-outpatient', 'outpatient'].map(notOffered),
      agesServed: ['adolescents', 'adults'],
      languages: ['English', 'Spanish'],
      paymentAccepted: ['free-of-charge'],
      lastReviewed: '2022-01-01',
    });
  });

  test('no main phone: the intake line alone; no coordinates anywhere: no geo', () => {
    const northside = doc('location.northside-clinic-springfield');
    expect(northside.admissionsPhone).toEqual({ _type: 'phone', number: '+15415550103' });
    expect(northside).not.toHaveProperty('mainPhone');
    expect(doc('location.remote-clinic-salem')).not.toHaveProperty('geo');
  });

  test('services: legend text tidied, SAMHSA code kept, known-wrong description dropped', () => {
    expect(doc('service.samhsa-mh')).toEqual({
      _id: 'service.samhsa-mh',
      _type: 'service',
      title: 'Mental health treatment',
      title_es: 'Tratamiento de salud mental',
      slug: { _type: 'slug', current: 'mental-health-treatment' },
      category: 'other',
      // The legend's description ends in a quoted CRLF and a trailing space.
      description:
        "Includes interventions such as therapy or psychotropic medication that treat a person's mental health problem.",
      samhsaCode: 'MH',
      aliases: ['mental health treatment', 'mental health care'],
    });
    expect(doc('service.samhsa-sumh')).not.toHaveProperty('description');
    expect(doc('service.samhsa-vet')).toMatchObject({
      title: 'Specialized program: Veterans',
      title_es: 'Programa especializado: Veteranos',
      category: 'support',
    });
    expect(doc('service.samhsa-cbt')).toMatchObject({
      description: 'A therapy that helps people change "unhelpful" thinking.',
    });
    // A level of care's code is its program, never a look-alike service too.
    for (const code of ['odt', 'phdt', 'oit', 'dt', 'hi', 'hh', 'otp'])
      expect(docs.has(`service.samhsa-${code}`)).toBe(false);
  });

  test('programs: every level of care, without component services; detox with its safety note', () => {
    expect(doc('program.residential')).toEqual({
      _id: 'program.residential',
      _type: 'program',
      title: 'Residential treatment',
      title_es: 'Tratamiento residencial',
      shortName: 'Residential',
      shortName_es: 'Residencial',
      slug: { _type: 'slug', current: 'residential' },
      category: 'residential',
      order: 30,
      summary:
        'Living at the treatment facility, short or long term, with structured therapy every day and staff on site around the clock.',
      aliases: [
        'residential',
        'rehab',
        'inpatient rehab',
        'live-in treatment',
        'short-term residential',
        'long-term residential',
        'short-term rehab',
        'long-term rehab',
      ],
    });
    // Offered nowhere here, yet written: the organisation-wide "not offered" list points at it.
    expect(doc('program.hospital-inpatient')).toMatchObject({ category: 'hospital-inpatient' });
    expect(doc('program.detox')).toMatchObject({
      safetyNote: 'Withdrawal can be dangerous; in an emergency, call 911.',
    });
  });

  test('site settings: noindex, the first location’s admissions phone, levels nobody offers', () => {
    expect(doc('siteSettings')).toEqual({
      _id: 'siteSettings',
      _type: 'siteSettings',
      organizationName: 'SAMHSA national directory (2022)',
      tagline: 'Treatment locations, programs and services, imported from SAMHSA’s national directory.',
      admissionsPhone: { _type: 'phone', number: '+16175550122' },
      reportProblemEmail: 'listings@example.org',
      notOfferedNote:
        'None of our listed locations offers hospital inpatient treatment or transitional housing / sober living. For these, call the SAMHSA National Helpline at 1-800-662-4357 (free, confidential, 24/7) or search FindTreatment.gov.',
      notOffered: [
        {
          ...notOffered('hospital-inpatient'),
          note: 'None of our listed locations offers hospital inpatient treatment. FindTreatment.gov lists providers that do.',
        },
        {
          ...notOffered('recovery-housing'),
          note: 'None of our listed locations offers transitional housing / sober living. FindTreatment.gov lists providers that do.',
        },
      ],
      referralResources: [
        {
          _type: 'referralResource',
          _key: 'samhsa-helpline',
          name: 'SAMHSA National Helpline',
          description:
            'Free, confidential treatment referral and information, in English and Spanish, 24 hours a day, 365 days a year.',
          phone: { _type: 'phone', number: '+18006624357' },
          url: 'https://www.samhsa.gov/find-help/national-helpline',
        },
        {
          _type: 'referralResource',
          _key: 'findtreatment',
          name: 'FindTreatment.gov',
          description: 'SAMHSA’s locator of licensed treatment facilities for mental health and substance use.',
          url: 'https://findtreatment.gov',
        },
      ],
      noindex: true,
    });
  });

  test('--org picks one organisation and names the site after it', () => {
    const { ndjson: one, report: oneReport } = importFixture({ org: 'valley counseling center, inc.' });
    const ids = [...byId(one).keys()].filter((id) => id.startsWith('location.'));
    expect(ids).toEqual([
      'location.valley-counseling-center-adult-services-springfield',
      'location.valley-counseling-center-springfield',
      'location.valley-counseling-center-springfield-2',
      'location.valley-counseling-center-youth-services-springfield',
    ]);
    expect(oneReport.rowsSelected).toBe(4);
    expect(byId(one).get('siteSettings')).toMatchObject({ organizationName: 'valley counseling center, inc.' });
  });
});

describe('fixture import: report', () => {
  test('counts, skipped rows with row, column and reason, and locations without coordinates', () => {
    const { inputs, badRows, ...rest } = report;
    expect(inputs.map(fileName)).toEqual([
      { file: 'fixture_MH_2022_service_codes.csv', kind: 'legend', rows: 19 },
      { file: 'fixture_SA_2022_service_codes.csv', kind: 'legend', rows: 22 },
      { file: 'fixture_MH_2022_facilities.csv', kind: 'facilities', label: 'MH', rows: 9 },
      { file: 'fixture_SA_2022_facilities.csv', kind: 'facilities', label: 'SA', rows: 5 },
    ]);
    expect(badRows.map(fileName)).toEqual([
      {
        file: 'fixture_MH_2022_facilities.csv',
        row: 7,
        column: 'phone',
        reason: 'no-phone',
        value: '',
        message: 'the facility has no phone number (neither phone nor intake1)',
      },
      {
        file: 'fixture_MH_2022_facilities.csv',
        row: 8,
        column: 'name1',
        reason: 'empty-name',
        value: '',
        message: 'the facility has no name',
      },
      {
        file: 'fixture_MH_2022_facilities.csv',
        row: 9,
        column: 'phone',
        reason: 'unparseable-phone',
        value: '555-667-8999',
        message: '"555-667-8999" is not a valid US phone number',
      },
    ]);
    expect(rest).toEqual({
      rowsRead: 14,
      rowsSelected: 14,
      locationsWritten: 10,
      merged: 1,
      sameFileDuplicates: 1,
      skipped: { 'no-phone': 1, 'empty-name': 1, 'unparseable-phone': 1 },
      unknownCodes: {},
      servicesCreated: 7,
      programsCreated: 8,
      geo: {
        fromFile: 2,
        fromZipCentroid: 7,
        none: 1,
        withoutCoordinates: [{ id: 'location.remote-clinic-salem', zip: '97309', state: 'OR' }],
        farFromZip: [],
        geoFileRows: 9,
        geoFileMatched: { byRowId: 6, byContent: 0 },
      },
      organizationName: 'SAMHSA national directory (2022)',
      lastReviewed: '2022-01-01',
    });
  });
});
