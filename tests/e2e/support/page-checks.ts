import type { Page } from '@playwright/test';
import { dictionaries } from '../../../src/i18n/index.ts';

/** The crisis line's links, as every page must carry them. */
export const CRISIS_HREFS = ['tel:988', 'sms:988', 'tel:911'];

/** The crisis line's accessible name in each language ("Crisis help", "Ayuda en una crisis"). */
export const CRISIS_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(dictionaries).map(([locale, dictionary]) => [locale, dictionary.layout.crisisLabel]),
);

/** Problems with the crisis line: missing, hidden, a wrong or missing number, or link text glued to a neighbour. */
export async function crisisLineProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ expected, labels }) => {
      const problems: string[] = [];
      // Named in the page's own language.
      const label = labels[document.documentElement.lang] ?? labels.en!;
      const asides = [...document.querySelectorAll(`aside[aria-label="${label}"]`)];
      if (asides.length !== 1) return [`expected one <aside aria-label="${label}">, found ${asides.length}`];
      const aside = asides[0]!;
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      if (!visible(aside)) problems.push('the crisis line is not visible');
      const links = [...aside.querySelectorAll('a')];
      for (const href of expected) {
        const matching = links.filter((a) => a.getAttribute('href') === href);
        if (matching.length === 0) problems.push(`no link href="${href}" in the crisis line`);
        for (const a of matching) {
          if (!visible(a)) problems.push(`link href="${href}" is not visible`);
          if (!(a.textContent ?? '').trim() && !a.getAttribute('aria-label'))
            problems.push(`link href="${href}" has no text`);
        }
      }
      // A tel:/sms: link to any other number in the crisis line would be a wrong number at the worst moment.
      for (const a of links) {
        const href = a.getAttribute('href') ?? '';
        if (/^(tel|sms):/i.test(href) && !expected.includes(href)) problems.push(`unexpected number href="${href}"`);
      }
      // Words run together ("or<a>text 988</a>" reads "ortext 988") when markup drops the space beside a link.
      const walker = document.createTreeWalker(aside, NodeFilter.SHOW_TEXT);
      let text = '';
      const spans = new Map<Element, { start: number; end: number }>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const link = node.parentElement?.closest('a');
        const start = text.length;
        text += (node as Text).data;
        if (link && aside.contains(link)) {
          const span = spans.get(link);
          spans.set(link, { start: span?.start ?? start, end: text.length });
        }
      }
      const word = /[\p{L}\p{N}]/u;
      for (const [link, { start, end }] of spans) {
        const before = text[start - 1] ?? ' ';
        const after = text[end] ?? ' ';
        if (word.test(before) || word.test(after)) {
          const context = text.slice(Math.max(0, start - 12), end + 12).replace(/\s+/g, ' ');
          problems.push(`link "${link.textContent?.trim()}" runs into the next word: "…${context}…"`);
        }
      }
      return problems;
    },
    { expected: CRISIS_HREFS, labels: CRISIS_LABELS },
  );
}

/** Problems with the page outline: not exactly one h1, or no `lang` on `<html>`. */
export async function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const h1s = document.querySelectorAll('h1').length;
    if (h1s !== 1) problems.push(`expected exactly one <h1>, found ${h1s}`);
    if (!document.documentElement.getAttribute('lang')?.trim()) problems.push('<html> has no lang attribute');
    return problems;
  });
}

/**
 * Problems with the skip link: the first Tab from a fresh load must land on a visible link to `#main`, and an
 * element with id `main` must exist. Call before anything else moves focus.
 */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const problems: string[] = [];
    const el = document.activeElement;
    if (!el || el === document.body) return ['Tab focuses nothing: the page has no focusable skip link'];
    const href = el.getAttribute('href');
    const label = `<${el.tagName.toLowerCase()}${href ? ` href="${href}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    if (el.tagName !== 'A' || href !== '#main')
      problems.push(`the first focusable element is ${label}, not a skip link to #main`);
    const box = el.getBoundingClientRect();
    // Visually hidden until focused is fine; still hidden when focused fails WCAG 2.4.7.
    if (box.width < 2 || box.height < 2) problems.push(`the skip link ${label} is not visible when focused`);
    if (!document.getElementById('main')) problems.push('no element with id="main" for the skip link to reach');
    return problems;
  });
}
