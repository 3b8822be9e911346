import type { Failure } from './failure.ts';
import { attr, elements, positionOf, selectorOf, textOf, type Element } from './html-doc.ts';
import { pageType } from './page-type.ts';
import type { Page } from './pages.ts';

const ADDRESS_FIELDS = ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode'] as const;
const E164 = /^\+[1-9]\d{6,14}$/;

type JsonObject = Record<string, unknown>;

/** Checks that every JSON-LD block parses, and that location pages' MedicalClinic data matches what the page shows. */
export function checkJsonLd(pages: readonly Page[]): Failure[] {
  const failures: Failure[] = [];
  for (const page of pages) {
    const blocks: { el: Element; data: unknown }[] = [];
    for (const el of elements(page.doc)) {
      if (el.tagName !== 'script' || attr(el, 'type') !== 'application/ld+json') continue;
      const at = { file: page.file, ...positionOf(el), selector: selectorOf(el) };
      try {
        const data: unknown = JSON.parse(textOf(el));
        if (typeof data !== 'object' || data === null) {
          failures.push({ ...at, rule: 'json-ld', message: 'JSON-LD must be an object or an array of objects' });
        } else blocks.push({ el, data });
      } catch (error) {
        failures.push({ ...at, rule: 'json-ld', message: `JSON-LD does not parse: ${(error as Error).message}` });
      }
    }
    if (pageType(page.path) === 'location') failures.push(...checkLocationPage(page, blocks));
  }
  return failures;
}

function checkLocationPage(page: Page, blocks: { el: Element; data: unknown }[]): Failure[] {
  const fail = (message: string, el?: Element): Failure => ({
    file: page.file,
    ...(el ? { ...positionOf(el), selector: selectorOf(el) } : {}),
    rule: 'location-json-ld',
    message,
  });
  const clinics = blocks.flatMap(({ el, data }) =>
    itemsOf(data)
      .filter(isClinic)
      .map((clinic) => ({ el, clinic })),
  );
  if (clinics.length !== 1) return [fail(`expected exactly one MedicalClinic in JSON-LD, found ${clinics.length}`)];
  const { el, clinic } = clinics[0]!;
  const failures: Failure[] = [];

  const telephone = clinic.telephone;
  if (typeof telephone !== 'string' || !E164.test(telephone)) {
    failures.push(fail(`telephone ${JSON.stringify(telephone)} is not an E.164 number like +15035550100`, el));
  }
  const address = asObject(clinic.address);
  if (!address || address['@type'] !== 'PostalAddress') failures.push(fail('address is not a PostalAddress', el));
  for (const field of ADDRESS_FIELDS) {
    if (typeof address?.[field] !== 'string' || !address[field]) failures.push(fail(`address.${field} is missing`, el));
  }
  const geo = asObject(clinic.geo);
  if (typeof geo?.latitude !== 'number' || typeof geo.longitude !== 'number') {
    failures.push(fail('geo needs numeric latitude and longitude', el));
  }
  if (!isNonEmpty(clinic.openingHoursSpecification)) failures.push(fail('openingHoursSpecification is missing', el));
  if (!isNonEmpty(clinic.availableService)) failures.push(fail('availableService is missing', el));

  // What a visitor sees and dials must be what search engines are told.
  const phones = [...elements(page.doc)].filter((e) => attr(e, 'data-phone') === 'primary');
  if (phones.length !== 1) failures.push(fail(`expected one visible a[data-phone="primary"], found ${phones.length}`));
  for (const phone of phones) {
    const dialled = telNumber(attr(phone, 'href'));
    if (dialled === undefined) failures.push(fail(`a[data-phone="primary"] has no tel: href`, phone));
    else if (typeof telephone === 'string' && dialled !== telephone) {
      failures.push(fail(`visible phone dials ${dialled} but JSON-LD telephone is ${telephone}`, phone));
    }
  }
  const shown = [...elements(page.doc)].filter((e) => e.tagName === 'address' && attr(e, 'data-address') !== undefined);
  if (shown.length !== 1) failures.push(fail(`expected one visible <address data-address>, found ${shown.length}`));
  const visible = shown[0];
  if (visible && address) {
    const text = words(textOf(visible));
    for (const field of ADDRESS_FIELDS) {
      const value = address[field];
      if (typeof value !== 'string' || !value) continue;
      // Whole words only, so "WA" inside "WA98122" (a missing space) does not count as shown.
      if (!` ${text} `.includes(` ${words(value)} `)) {
        failures.push(
          fail(
            `address.${field} "${value}" is not in the visible address "${textOf(visible).replace(/\s+/g, ' ').trim()}"`,
            visible,
          ),
        );
      }
    }
  }
  return failures;
}

/** Top-level items of a JSON-LD document: the object itself, an array's items, or an `@graph`'s nodes. */
function itemsOf(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(itemsOf);
  const object = asObject(data);
  if (!object) return [];
  return Array.isArray(object['@graph']) ? [object, ...object['@graph'].flatMap(itemsOf)] : [object];
}

function isClinic(item: JsonObject): boolean {
  const type = item['@type'];
  return type === 'MedicalClinic' || (Array.isArray(type) && type.includes('MedicalClinic'));
}

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

function isNonEmpty(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : asObject(value) !== undefined;
}

/**
 * The number a `tel:` link dials, without visual separators or a post-dial extension:
 * `tel:+1-503-555-0100` and `tel:+15035550100,204` (pause, then extension 204) both give `+15035550100`.
 */
export function telNumber(href: string | undefined): string | undefined {
  if (!href?.toLowerCase().startsWith('tel:')) return undefined;
  // `,`/`;` start post-dial digits or RFC 3966 parameters (`;ext=`): JSON-LD's E.164 number has neither.
  const [number = ''] = decodeURIComponent(href.slice(4)).split(/[,;]/);
  return number.replace(/[\s().-]/g, '');
}

/** Lower-case words separated by single spaces: punctuation and line breaks do not matter, word boundaries do. */
function words(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
