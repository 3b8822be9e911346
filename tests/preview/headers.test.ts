import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteHeaders } from '../../scripts/lib/headers-file.ts';
import { previewHeaders } from '../../src/preview/headers.ts';

const production = siteHeaders(join(import.meta.dirname, '../../public/_headers'));
const directives = (csp: string | undefined) => csp?.split('; ') ?? [];

describe('the draft preview’s headers', () => {
  test('production’s, with noindex, framing allowed for the Studio’s origin and no X-Frame-Options', () => {
    const headers = previewHeaders(production, 'https://studio.example.org/desk');
    expect(headers['x-robots-tag']).toBe('noindex');
    expect(headers['x-frame-options']).toBeUndefined();
    expect(directives(headers['content-security-policy'])).toEqual([
      ...directives(production['content-security-policy']).filter((d) => !d.startsWith('frame-ancestors')),
      "frame-ancestors 'self' https://studio.example.org",
    ]);
    const rest = (h: Record<string, string>) =>
      Object.entries(h).filter(
        ([name]) => !['content-security-policy', 'x-frame-options', 'x-robots-tag'].includes(name),
      );
    expect(rest(headers)).toEqual(rest(production));
  });

  test('without SANITY_STUDIO_URL only the preview itself may frame it', () => {
    expect(previewHeaders(production, undefined)['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
  });
});
