import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Why a stored phone number is not acceptable, or `undefined` when it is a valid E.164 number. */
export function phoneProblem(value: string, country: 'US' | 'any' = 'US'): string | undefined {
  if (!/^\+\d+$/.test(value)) return 'must be in E.164 form: "+" then digits only, e.g. +15035550142';
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed || !parsed.isValid()) return `"${value}" is not a valid phone number`;
  if (parsed.number !== value) return `must be written as ${parsed.number}`;
  if (country === 'US' && parsed.country !== 'US' && parsed.countryCallingCode !== '1')
    return `"${value}" is not a US/NANP number`;
  return undefined;
}

/** The number as people read it in the US: "(503) 555-0142"; non-NANP numbers in international form. */
export function formatPhone(e164: string, extension?: string | null): string {
  // NANP numbers have one national form; spelling it out directly saves libphonenumber's ~100 µs per number.
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  if (nanp) return withExtension(`(${nanp[1]}) ${nanp[2]}-${nanp[3]}`, extension);
  const parsed = parsePhoneNumberFromString(e164);
  const text = !parsed
    ? e164
    : parsed.countryCallingCode === '1'
      ? parsed.formatNational()
      : parsed.formatInternational();
  return withExtension(text, extension);
}

const withExtension = (text: string, extension?: string | null) => (extension ? `${text} ext. ${extension}` : text);

/** A `tel:` URI that dials the extension after a pause, as phones understand it. */
export function telHref(e164: string, extension?: string | null): string {
  return extension ? `tel:${e164},${extension}` : `tel:${e164}`;
}
