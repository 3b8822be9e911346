import { telHref } from './phone.ts';

/**
 * Phone numbers inside free text (notes editors write, such as "call SAMHSA's helpline at 1-800-662-4357"),
 * found so a page can make each one a `tel:` link. One module for every place that shows note text, and pure,
 * so the search page can use it in the browser too.
 */

/** A run of text, with the `tel:` address when the run is a phone number. */
export type TextPart = { text: string; tel?: string };

// A North American number: optional +1 / 1, then 3-3-4 digits apart by spaces, dots or hyphens, the area code
// optionally in parentheses. Not part of a longer run of digits or letters (ZIPs, years, codes stay text).
const NANP = /(?<![\w+])(?:\+?1[ .-]?)?(?:\((\d{3})\)[ .-]?|(\d{3})[ .-])(\d{3})[ .-](\d{4})(?![\w-]|\.\w)/;
// The three-digit crisis and emergency lines, only right after "call", "text" or "dial" ("call or text 988",
// "calling or texting 988"), or their Spanish ("llame al 911", "mensaje de texto al 988", "marque el 988", "escriba al 988").
const SHORT =
  /(?<=\b(?:(?:call|text|dial)(?:ing)?(?: or (?:call|text)(?:ing)?)?|(?:llam|marc|marqu)\w*(?: al| el)?|texto(?: al)?|escrib\w*(?: al)?) )(?:911|988)(?![\w.-]\w)/i;
const ANY = new RegExp(`${NANP.source}|${SHORT.source}`, 'gi');

/** Splits `text` into plain runs and phone numbers; joined back, the parts give `text` unchanged. */
export function splitPhoneNumbers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(ANY)) {
    const [found, parenArea, area, exchange, line] = match;
    const index = match.index;
    if (index > last) parts.push({ text: text.slice(last, index) });
    parts.push({ text: found, tel: telHref(exchange ? `+1${parenArea ?? area}${exchange}${line}` : found) });
    last = index + found.length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}
