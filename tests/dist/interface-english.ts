import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { attr } from '../../scripts/check/html-doc.ts';
import type { Dictionary } from '../../src/i18n/dictionary.ts';

// Stands in for a function's arguments, so what the function adds around them is found.
const HOLE = '\u0001';
// English values that are not English words: the header's link to the Spanish pages is named in Spanish.
const NOT_ENGLISH = new Set(['layout.otherLanguage']);

/** Every string of a dictionary by its path; a function gives its fixed parts (its text around the arguments). */
function parts(dictionary: object, prefix = ''): [string, string[]][] {
  return Object.entries(dictionary).flatMap(([key, value]): [string, string[]][] => {
    const path = prefix + key;
    if (typeof value === 'function') {
      const text = String((value as (...args: string[]) => unknown)(HOLE, HOLE, HOLE));
      return [[path, text.split(HOLE)]];
    }
    if (typeof value === 'object' && value !== null) return parts(value as object, `${path}.`);
    return [[path, [String(value)]]];
  });
}

/**
 * The English interface strings a Spanish page must not show: each English value (or fixed part of a function's
 * value) that differs from the Spanish one and has a letter in it, whitespace-collapsed and trimmed.
 */
export function englishInterfaceStrings(en: Dictionary, es: Dictionary): Map<string, string> {
  const spanish = new Map(parts(es));
  const strings = new Map<string, string>();
  for (const [path, fragments] of parts(en)) {
    if (NOT_ENGLISH.has(path)) continue;
    const same = new Set(spanish.get(path)?.map((s) => s.trim()));
    for (const fragment of fragments) {
      const text = fragment.replace(/\s+/g, ' ').trim();
      if (/\p{L}/u.test(text) && !same.has(text) && !strings.has(text)) strings.set(text, path);
    }
  }
  return strings;
}

// Text a visitor sees or hears besides the text nodes.
const READ_ATTRIBUTES = ['aria-label', 'placeholder', 'alt', 'title'];

/**
 * What a visitor of a page sees or hears (text, labels, placeholders; `<noscript>` too), leaving out elements
 * marked `lang="en"` (content shown in English until it is translated), hidden ones, scripts, and the `<head>`:
 * its title takes a content title as it is, unmarked, until it is translated.
 */
export function readableText(node: T.ParentNode, out: string[] = []): string[] {
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') {
      const { value } = child as T.TextNode;
      // A parser with scripting on keeps <noscript> as raw text: read it as the HTML it is.
      out.push(node.nodeName === 'noscript' ? readableText(parseFragment(value)).join('') : value);
    } else if ('tagName' in child) {
      if (['head', 'script', 'style', 'template'].includes(child.tagName)) continue;
      if (attr(child, 'lang') === 'en' || attr(child, 'hidden') !== undefined) continue;
      for (const name of READ_ATTRIBUTES) {
        const value = attr(child, name);
        if (value) out.push(`\n${value}\n`);
      }
      readableText(child, out);
      out.push(' ');
    }
  }
  return out;
}

/**
 * The English strings found in `text` as whole words (case as written: "Call", "Programs"), after taking out
 * `shared` content no language translates (names of locations and the organisation, streets, cities).
 */
export function englishIn(text: string, strings: Map<string, string>, shared: readonly string[] = []): string[] {
  let plain = text.replace(/\s+/g, ' ');
  for (const name of shared) plain = plain.replaceAll(name, ' · ');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...strings.keys()].filter((s) => new RegExp(`(?<!\\p{L})${escape(s)}(?!\\p{L})`, 'u').test(plain));
}
