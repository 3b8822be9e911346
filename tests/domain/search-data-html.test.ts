import { describe, expect, test } from 'vitest';
import { searchDataSpans } from '../../src/domain/search-data-html.ts';

describe('the spans Pagefind reads filters, metadata and sort keys from', () => {
  test('are written in order, text escaped as Astro escapes it, unset metadata left out', () => {
    const html = searchDataSpans({
      type: 'location',
      filters: { city: ['Salem, OR'], payment: ['Medicaid', 'Self-pay (cash)'] },
      offers: ['p-detox'],
      meta: { address: `1 "A" & <B> St's`, lat: undefined, status: 'open' },
      sort: { place: '0 Oregon Salem' },
    });
    expect(html).toBe(
      ' <span data-pagefind-filter="type">location</span><span data-pagefind-filter="city">Salem, OR</span>' +
        '<span data-pagefind-filter="payment">Medicaid</span><span data-pagefind-filter="payment">Self-pay (cash)</span>' +
        '<span data-pagefind-filter="p-detox">yes</span>' +
        ' <span data-pagefind-meta="address">1 &quot;A&quot; &amp; &lt;B&gt; St&#39;s</span>' +
        '<span data-pagefind-meta="status">open</span>' +
        ' <span data-pagefind-sort="place">0 Oregon Salem</span> ',
    );
  });

  test('program and service pages are also marked by topic', () => {
    expect(searchDataSpans({ type: 'program' })).toBe(
      ' <span data-pagefind-filter="type">program</span><span data-pagefind-filter="topic">program</span>   ',
    );
  });
});
