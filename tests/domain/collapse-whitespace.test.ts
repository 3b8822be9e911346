import { describe, expect, test } from 'vitest';
import { collapseWhitespace } from '../../src/lib/collapse-whitespace.ts';

describe('collapsing whitespace in built HTML', () => {
  test('runs become one space, never none: a link keeps the space before it', () => {
    expect(collapseWhitespace('<p>Call\n      <a href="tel:988">988</a>\n\n  now</p>')).toBe(
      '<p>Call <a href="tel:988">988</a> now</p>',
    );
  });

  test('pre, textarea, script and style are left exactly as written', () => {
    const html = '<pre>a\n  b</pre>  <script type="application/ld+json">{\n "a": 1 }</script>\n<style>p  { }</style>';
    expect(collapseWhitespace(html)).toBe(
      '<pre>a\n  b</pre> <script type="application/ld+json">{\n "a": 1 }</script> <style>p  { }</style>',
    );
  });

  test('a no-break space is content, not HTML whitespace, and stays', () => {
    expect(collapseWhitespace('<p>1\u00a0800  \u00a0 call</p>')).toBe('<p>1\u00a0800 \u00a0 call</p>');
  });
});
