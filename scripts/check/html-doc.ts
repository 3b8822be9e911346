import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export type Element = T.Element;
export type Document = T.Document;

/** Parses an HTML document with source positions, so failures can name a line and column. */
export function parseHtml(html: string): Document {
  return parse(html, { sourceCodeLocationInfo: true });
}

/** Yields every element of the tree in document order, including those inside `<template>` content. */
export function* elements(node: T.ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child);
    if (child.tagName === 'template') yield* elements((child as T.Template).content);
  }
}

/** The value of attribute `name`, or undefined when the element lacks it. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text of an element as a reader sees it: `<br>` and block boundaries become line breaks. */
export function textOf(node: T.ParentNode): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') out += (child as T.TextNode).value;
    else if ('tagName' in child) {
      if (child.tagName === 'br') out += '\n';
      else if (child.tagName !== 'script' && child.tagName !== 'style' && child.tagName !== 'template') {
        const block = BLOCK_TAGS.has(child.tagName);
        out += (block ? '\n' : '') + textOf(child) + (block ? '\n' : '');
      }
    }
  }
  return out;
}

// Enough block-level elements to keep words in different blocks apart; inline elements join text as a browser does.
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'h1', 'h2', 'h3', 'h4', 'tr']);

/** Where an element starts in its source file (1-based), when the parser recorded it. */
export function positionOf(el: Element): { line?: number; column?: number } {
  const loc = el.sourceCodeLocation;
  return loc ? { line: loc.startLine, column: loc.startCol } : {};
}

/** A CSS-like path from the nearest ancestor with an id, e.g. `main#main > ul > li > a[href="/x/"]`. */
export function selectorOf(el: Element, keyAttr?: string): string {
  const parts: string[] = [];
  let node: T.ParentNode | null = el;
  while (node && 'tagName' in node) {
    const id = attr(node, 'id');
    let part = node.tagName + (id ? `#${id}` : '');
    if (node === el && keyAttr && attr(el, keyAttr) !== undefined) part += `[${keyAttr}="${attr(el, keyAttr)}"]`;
    parts.unshift(part);
    if (id || node.tagName === 'body' || node.tagName === 'head') break;
    node = node.parentNode;
  }
  return parts.join(' > ');
}
