import fc from 'fast-check';
import type { RawDocument } from '../../src/content-source/ndjson.ts';
import { createLanguageAssistance, createMockDataset } from '../fixtures/dataset.ts';
import { translateAll } from '../fixtures/translations.ts';

/** What kind of bad content a case is about (the list, plus a few more). */
export type Category =
  | 'html and script in text'
  | 'unsafe urls'
  | 'very long strings'
  | 'emoji, rtl and zero-width'
  | 'look-alike slugs'
  | 'duplicate _keys'
  | 'repeated values'
  | 'wrong-type references'
  | 'unpublished documents'
  | 'phones of other countries'
  | 'phone formats'
  | 'coordinates'
  | 'time zones'
  | 'hours'
  | 'numbers and types'
  | 'required items'
  | 'language tags'
  | 'translations';

// Loose on purpose: a case reaches into any field of a raw Sanity document.
export type Doc = Record<string, any>;
/** Changes a dataset in place: the one edit a case is about. */
export type Change = (docs: Doc[]) => void;

/** Loading the mock dataset with `change` applied fails with this problem (among any others it causes). */
export interface ErrorCase {
  name: string;
  category: Category;
  expect: 'error';
  change: Change;
  /** Edits the NDJSON text after `change`, for what JSON.stringify cannot write (NaN, 1e999, a BOM). */
  raw?: (ndjson: string) => string;
  id: string;
  field: string;
  messageIncludes: string;
}

/** The dataset with `change` applied builds, and `page` shows the content as text: escaped, never markup. */
export interface RenderCase {
  name: string;
  category: Category;
  expect: 'renders-safely';
  change: Change;
  /** A built page, e.g. `/locations/downtown/`. */
  page: string;
  /** Text one text node of the page must contain, as the visitor reads it. */
  shows: string;
  /** `null`: that text is not inside a link; a string: it is inside an `<a>` whose href starts with it. */
  link?: string | null;
  /** Text that must not be anywhere on the page. */
  hides?: string;
}

export type Case = ErrorCase | RenderCase;

/** A change to one document of the dataset, found by `_id`. */
export const edit =
  (id: string, change: (doc: Doc) => void): Change =>
  (docs) => {
    const doc = docs.find((d) => d._id === id);
    if (!doc) throw new Error(`no ${id} in the dataset`);
    change(doc);
  };

/** A reference as Sanity stores it inside an array. */
export const refTo = (id: string, key = id) => ({ _type: 'reference', _ref: id, _key: key });

/** A Portable Text paragraph, optionally with one link mark over its text, or another style. */
export function block(key: string, text: string, options: { href?: string; style?: string } = {}) {
  const markDefs = options.href === undefined ? [] : [{ _type: 'link', _key: `${key}-link`, href: options.href }];
  return {
    _type: 'block',
    _key: key,
    style: options.style ?? 'normal',
    markDefs,
    children: [{ _type: 'span', _key: `${key}-span`, text, marks: markDefs.map((m) => m._key) }],
  };
}

/**
 * The mock dataset with every optional free-text field filled in, so a case or a property can put content
 * into any of them (the optional language assistance document included): tagline, referral description, program body, FAQ, aliases, notes, languages and so on,
 * and each translatable field's Spanish sibling (`f_es`).
 */
export function createFullDataset(): RawDocument[] {
  const docs = createMockDataset() as Doc[];
  const change = (id: string, fields: Doc) => Object.assign(docs.find((d) => d._id === id) ?? {}, fields);
  const settings = docs.find((d) => d._id === 'siteSettings')!;
  settings.tagline = 'Care close to home.';
  settings.notOffered[0].note = 'Call the national helpline for detox.';
  settings.referralResources[0].description = 'Search treatment facilities nationwide.';
  change('service.yoga', { description: 'Gentle movement and breathing.', aliases: ['movement'] });
  change('program.iop', {
    asamLevel: '2.1',
    body: [block('intro', 'Three evenings a week.')],
    typicalSchedule: 'Mon, Wed, Thu evenings',
    suitableFor: ['Adults living at home'],
    notSuitableFor: ['People who need medical detox'],
    reasonsRecommended: ['Stepping down from residential care'],
    faq: [{ _type: 'faqItem', _key: 'cost', question: 'What does it cost?', answer: 'Most insurance is accepted.' }],
    aliases: ['intensive outpatient'],
  });
  const downtown = docs.find((d) => d._id === 'location.downtown')!;
  Object.assign(downtown, {
    hoursNote: 'Closed on holidays.',
    languages: ['English'],
    accessibilityNotes: 'Step-free entrance.',
  });
  downtown.address.street2 = 'Suite 200';
  downtown.hours[0].note = 'Walk-ins until 3 PM';
  downtown.programs[0].scheduleNote = 'Evenings';
  docs.push(createLanguageAssistance() as Doc);
  return translateAll(docs) as RawDocument[];
}

/** Markup, quotes, entities, template syntax, bidi and zero-width characters, emoji and right-to-left text. */
const HOSTILE_FRAGMENTS = [
  '<script>alert(1)</script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)',
  "'",
  '`',
  '&amp;',
  '&#x3C;',
  '<!--',
  ']]>',
  '</title>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  'javascript:alert(1)',
  '\\',
  '\u202E',
  '\u200B',
  '\uFEFF',
  '😀',
  '👩‍⚕️',
  'مرحبا',
  'שלום',
  ' ',
  '\n',
  '\t',
];

/** Arbitrary text built from hostile fragments and arbitrary Unicode graphemes. */
export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 8 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''));
