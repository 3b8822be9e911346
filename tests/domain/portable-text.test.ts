import { describe, expect, test } from 'vitest';
import { portableTextToHtml } from '../../src/lib/portable-text.ts';

/** One paragraph whose single span carries a link to `href`. */
const linkBlock = (href: string, text = 'click') => [
  {
    _type: 'block',
    _key: 'b',
    style: 'normal',
    markDefs: [{ _type: 'link', _key: 'l', href }],
    children: [{ _type: 'span', _key: 's', text, marks: ['l'] }],
  },
];

describe('Portable Text is rendered safely', () => {
  test.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'])(
    'a %s link loses its link and keeps its text',
    (href) => {
      const html = portableTextToHtml(linkBlock(href));
      expect(html).not.toContain('href');
      expect(html).toContain('click');
    },
  );

  test('an external link is marked and sends no referrer', () => {
    const html = portableTextToHtml(linkBlock('https://findtreatment.gov/'));
    expect(html).toContain('href="https://findtreatment.gov/"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('(external site)');
  });

  test('an internal link stays plain', () => {
    expect(portableTextToHtml(linkBlock('/programs/'))).toBe('<p><a href="/programs/" class="underline">click</a></p>');
  });

  test('a phone number in text is a tel: link, but not inside an editor’s link', () => {
    const text = 'Call 1-800-662-4357 <b>now</b>';
    const plain = [{ ...linkBlock('/x/', text)[0]!, markDefs: [], children: [{ _type: 'span', _key: 's', text }] }];
    expect(portableTextToHtml(plain)).toBe(
      '<p>Call <a href="tel:+18006624357" class="font-semibold whitespace-nowrap">1-800-662-4357</a> &lt;b&gt;now&lt;/b&gt;</p>',
    );
    expect(portableTextToHtml(linkBlock('/help/', text))).toBe(
      '<p><a href="/help/" class="underline">Call 1-800-662-4357 &lt;b&gt;now&lt;/b&gt;</a></p>',
    );
  });

  test('HTML in text is escaped', () => {
    const html = portableTextToHtml(linkBlock('/x/', '<img src=x onerror=alert(1)>'));
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});
