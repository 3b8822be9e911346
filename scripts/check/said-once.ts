import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { Failure } from './failure.ts';
import { attr, elements, selectorOf, type Element } from './html-doc.ts';
import type { Page } from './pages.ts';

/**
 * Fewer words than this is a label repeated per list item ("In person and Telehealth.", "Offered at 2
 * locations.", "Se ofrece en 2 centros."), not a sentence a reader notices twice.
 */
const MIN_WORDS = 6;
const BLOCK = '\u2029';
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'aside',
  'nav',
  'header',
  'footer',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'tr',
  'td',
  'th',
  'br',
  'form',
  'label',
  'button',
  'details',
  'summary',
]);

/** Text of `node` with blocks apart: the markup's own whitespace and line breaks are one space. */
function blocksOf(node: T.ParentNode): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') out += (child as T.TextNode).value.replace(/\s+/g, ' ');
    else if ('tagName' in child && !['script', 'style', 'template', 'noscript'].includes(child.tagName)) {
      const block = BLOCK_TAGS.has(child.tagName) ? BLOCK : '';
      out += block + blocksOf(child) + block;
    }
  }
  return out;
}

/**
 * The sentences a reader meets on the page: its body text, split at block boundaries and where . ! or ? is
 * followed by a capital (so "9 a.m. to 1 p.m." stays one sentence).
 */
export function sentencesOf(page: Page): string[] {
  const body = [...elements(page.doc)].find((el) => el.tagName === 'body');
  if (!body) return [];
  return blocksOf(body)
    .split(BLOCK)
    .flatMap((block) => block.split(/(?<=[.!?])\s+(?=[A-Z“"(])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[.!?]$/.test(sentence) && sentence.split(' ').length >= MIN_WORDS);
}

/** A sentence that appears more than once on one page (point 7 of the journey issue: say it once). */
export function checkRepeatedSentences(pages: readonly Page[]): Failure[] {
  return pages.flatMap((page) => {
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const sentence of sentencesOf(page)) (seen.has(sentence) ? repeated : seen).add(sentence);
    return [...repeated].map((sentence) => ({ file: page.file, rule: 'repeated-sentence', message: sentence }));
  });
}

// Written independently of src/domain/phone-text.ts: a 10-digit North American number, or 911 / 988 after
// "call", "text" or "dial".
const PHONE =
  /(?:\+?1[-. ]?)?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}\b|\b(?:call|text|dial)(?: or \w+)? (?:911|988)\b/gi;

/** Text of `node` outside any `tel:` link. */
function unlinkedText(node: T.ParentNode): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') out += (child as T.TextNode).value;
    else if ('tagName' in child && !(child.tagName === 'a' && attr(child, 'href')?.startsWith('tel:')))
      out += unlinkedText(child);
  }
  return out;
}

/** Phone numbers in "not offered" notes (`[data-not-offered-note]`) that are not `tel:` links. */
export function checkNotOfferedPhones(pages: readonly Page[]): Failure[] {
  return pages.flatMap((page) =>
    [...elements(page.doc)]
      .filter((el: Element) => attr(el, 'data-not-offered-note') !== undefined)
      .flatMap((note) =>
        [...unlinkedText(note).matchAll(PHONE)].map((match) => ({
          file: page.file,
          selector: selectorOf(note),
          rule: 'phone-not-a-link',
          message: `"${match[0]}" in a not-offered note is not a tel: link`,
        })),
      ),
  );
}

/** How many numbers the not-offered notes of `pages` link, so a test can tell the check saw some. */
export function linkedNotOfferedPhones(pages: readonly Page[]): number {
  return pages.reduce(
    (sum, page) =>
      sum +
      [...elements(page.doc)]
        .filter((el) => attr(el, 'data-not-offered-note') !== undefined)
        .flatMap((note) => [...elements(note)])
        .filter((el) => el.tagName === 'a' && attr(el, 'href')?.startsWith('tel:')).length,
    0,
  );
}
