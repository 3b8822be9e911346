/**
 * IANA time zone of a US address, from its state, refined by ZIP where a state spans two zones. Compact on
 * purpose: 3-digit ZIP prefixes (a sectional center) stand for whole areas, and county lines that cut a
 * prefix in two are approximated (README.md lists the approximations). Opening hours are the only use.
 */

const STATE_ZONE: Readonly<Record<string, string>> = {
  AL: 'America/Chicago',
  AK: 'America/Anchorage',
  AZ: 'America/Phoenix',
  AR: 'America/Chicago',
  CA: 'America/Los_Angeles',
  CO: 'America/Denver',
  CT: 'America/New_York',
  DE: 'America/New_York',
  DC: 'America/New_York',
  FL: 'America/New_York',
  GA: 'America/New_York',
  HI: 'Pacific/Honolulu',
  ID: 'America/Boise',
  IL: 'America/Chicago',
  IN: 'America/Indiana/Indianapolis',
  IA: 'America/Chicago',
  KS: 'America/Chicago',
  KY: 'America/New_York',
  LA: 'America/Chicago',
  ME: 'America/New_York',
  MD: 'America/New_York',
  MA: 'America/New_York',
  MI: 'America/Detroit',
  MN: 'America/Chicago',
  MS: 'America/Chicago',
  MO: 'America/Chicago',
  MT: 'America/Denver',
  NE: 'America/Chicago',
  NV: 'America/Los_Angeles',
  NH: 'America/New_York',
  NJ: 'America/New_York',
  NM: 'America/Denver',
  NY: 'America/New_York',
  NC: 'America/New_York',
  ND: 'America/Chicago',
  OH: 'America/New_York',
  OK: 'America/Chicago',
  OR: 'America/Los_Angeles',
  PA: 'America/New_York',
  RI: 'America/New_York',
  SC: 'America/New_York',
  SD: 'America/Chicago',
  TN: 'America/Chicago',
  TX: 'America/Chicago',
  UT: 'America/Denver',
  VT: 'America/New_York',
  VA: 'America/New_York',
  WA: 'America/Los_Angeles',
  WV: 'America/New_York',
  WI: 'America/Chicago',
  WY: 'America/Denver',
  AS: 'Pacific/Pago_Pago',
  FM: 'Pacific/Chuuk',
  GU: 'Pacific/Guam',
  MH: 'Pacific/Majuro',
  MP: 'Pacific/Saipan',
  PW: 'Pacific/Palau',
  PR: 'America/Puerto_Rico',
  VI: 'America/St_Thomas',
};

/** ZIP prefixes (3 digits) or whole ZIPs (5 digits) whose zone differs from their state's. */
const ZIP_ZONE: Readonly<Record<string, string>> = {
  // Alaska: the western Aleutians keep Hawaii–Aleutian time.
  '99546': 'America/Adak',
  '99547': 'America/Adak',
  // Florida: the panhandle west of the Apalachicola River (Panama City, Pensacola).
  '324': 'America/Chicago',
  '325': 'America/Chicago',
  // Idaho: the panhandle (Coeur d'Alene, Lewiston).
  '835': 'America/Los_Angeles',
  '838': 'America/Los_Angeles',
  // Indiana: the Chicago area (Gary, Hammond) and the Evansville area.
  '463': 'America/Chicago',
  '464': 'America/Chicago',
  '476': 'America/Chicago',
  '477': 'America/Chicago',
  // Kansas: four western counties.
  '67735': 'America/Denver',
  '67758': 'America/Denver',
  '67878': 'America/Denver',
  '67879': 'America/Denver',
  // Kentucky: the western half (Paducah, Bowling Green, Owensboro, Hopkinsville, Madisonville).
  '420': 'America/Chicago',
  '421': 'America/Chicago',
  '422': 'America/Chicago',
  '423': 'America/Chicago',
  '424': 'America/Chicago',
  // Michigan: the Upper Peninsula counties bordering Wisconsin.
  '49801': 'America/Menominee',
  '49802': 'America/Menominee',
  '49858': 'America/Menominee',
  '49870': 'America/Menominee',
  '49911': 'America/Menominee',
  '49920': 'America/Menominee',
  '49935': 'America/Menominee',
  '49938': 'America/Menominee',
  '49959': 'America/Menominee',
  '49968': 'America/Menominee',
  '49969': 'America/Menominee',
  // Nebraska: the panhandle (Scottsbluff, Alliance, Chadron).
  '693': 'America/Denver',
  // Nevada: West Wendover.
  '89883': 'America/Denver',
  // North Dakota: the south-west (Dickinson).
  '586': 'America/Denver',
  // Oregon: Malheur County (Ontario).
  '979': 'America/Boise',
  // South Dakota: the west (Rapid City).
  '577': 'America/Denver',
  // Tennessee: the east (Chattanooga, Knoxville, the Tri-Cities).
  '373': 'America/New_York',
  '374': 'America/New_York',
  '376': 'America/New_York',
  '377': 'America/New_York',
  '378': 'America/New_York',
  '379': 'America/New_York',
  // Texas: El Paso and Hudspeth counties.
  '798': 'America/Denver',
  '799': 'America/Denver',
  '885': 'America/Denver',
  // Micronesia: Pohnpei and Kosrae are an hour ahead of Chuuk and Yap.
  '96941': 'Pacific/Pohnpei',
  '96944': 'Pacific/Kosrae',
};

/** The zone for a state and ZIP, or `undefined` for a state code we do not know. */
export function timeZoneFor(state: string, zip: string): string | undefined {
  const base = STATE_ZONE[state];
  if (!base) return undefined;
  return ZIP_ZONE[zip.slice(0, 5)] ?? ZIP_ZONE[zip.slice(0, 3)] ?? base;
}
