import { describe, expect, test } from 'vitest';
import { sitemapChunks, sitemapIndexXml, sitePaths, urlsetXml } from '../../src/domain/sitemap.ts';

const site = new URL('https://care.example.org');

describe('the sitemap', () => {
  test('lists every page a visitor can reach, and not the 404', () => {
    const states = [
      { state: 'CA', cities: ['los-angeles', 'san-diego'] },
      { state: 'OR', cities: [] },
    ];
    expect(
      sitePaths({ programs: ['iop'], states, locations: ['downtown'], services: ['cbt'], languageAssistance: true }),
    ).toEqual([
      '/',
      '/programs/',
      '/programs/iop/',
      '/locations/',
      '/states/ca/',
      '/states/ca/los-angeles/',
      '/states/ca/san-diego/',
      '/states/or/',
      '/locations/downtown/',
      '/services/',
      '/services/cbt/',
      '/search/',
      '/language-assistance/',
    ]);
  });

  test('leaves out the language assistance page when the content has none', () => {
    const paths = sitePaths({ programs: [], states: [], locations: [], services: [], languageAssistance: false });
    expect(paths).toEqual(['/', '/programs/', '/locations/', '/services/', '/search/']);
  });

  test('splits into files of at most 50,000 URLs, every path in exactly one', () => {
    const all = Array.from({ length: 120_001 }, (_, i) => `/locations/l${i}/`);
    const chunks = sitemapChunks(all);
    expect(chunks.map((c) => c.length)).toEqual([50_000, 50_000, 20_001]);
    expect(chunks.flat()).toEqual(all);
    expect(sitemapChunks(['/'], 50_000)).toEqual([['/']]);
  });

  test('writes absolute URLs on the site, escaped for XML', () => {
    const xml = urlsetXml(['/', "/locations/o'brien-&-sons/"], site);
    expect(xml).toContain('<loc>https://care.example.org/</loc>');
    expect(xml).toContain('<loc>https://care.example.org/locations/o&apos;brien-&amp;-sons/</loc>');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org/);
  });

  test('the index names each sitemap file', () => {
    const xml = sitemapIndexXml(2, site);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://care.example.org/sitemap-0.xml',
      'https://care.example.org/sitemap-1.xml',
    ]);
  });
});
