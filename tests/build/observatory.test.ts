import { describe, expect, test } from 'vitest';
import { observatoryGrade } from '../../scripts/lib/observatory.ts';

const SITE = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};
const page = (body = '<script type="module" src="/_astro/a.js"></script>') => ({
  html: `<!doctype html><html><head>${body}</head><body></body></html>`,
  host: 'care.example.org',
});
const grade = (headers: Record<string, string>, html = page()) => observatoryGrade(headers, html);
const result = (headers: Record<string, string>, name: string, html = page()) =>
  grade(headers, html).tests.find((t) => t.name === name)!;

describe("MDN's HTTP Observatory rules", () => {
  test('the strict headers grade A+ at 130, with no bonus for asking to be preloaded', () => {
    const { score, grade: letter, tests } = grade(SITE);
    expect(letter).toBe('A+');
    expect(score).toBe(130);
    expect(tests.find((t) => t.name.includes('HSTS'))).toMatchObject({ modifier: 0 });
  });

  test.each([
    ["script-src 'self' https:", 'csp-implemented-with-unsafe-inline', -20],
    ["script-src 'self' data:; object-src 'none'", 'csp-implemented-with-unsafe-inline', -20],
    ["script-src 'self'", 'csp-implemented-with-unsafe-inline', -20], // object-src falls back to *
    ["default-src 'self'; script-src 'self' http://cdn.example", 'csp-implemented-with-insecure-scheme', -20],
    ["default-src 'self'; script-src 'self' 'unsafe-eval'", 'csp-implemented-with-unsafe-eval', -10],
    [
      "default-src 'self'; img-src http://img.example",
      'csp-implemented-with-insecure-scheme-in-passive-content-only',
      -10,
    ],
    ["default-src 'self'; style-src 'self' 'unsafe-inline'", 'csp-implemented-with-unsafe-inline-in-style-src-only', 0],
    ["default-src 'self'", 'csp-implemented-with-no-unsafe', 5],
    ["default-src 'none'; script-src 'self' 'strict-dynamic'", 'csp-header-invalid', -25],
    ["default-src 'none'; default-src 'self'", 'csp-header-invalid', -25],
  ])('CSP %s → %s (%i)', (policy, expected, modifier) => {
    expect(result({ ...SITE, 'content-security-policy': policy }, 'Content Security Policy (CSP)')).toMatchObject({
      result: expected,
      modifier,
    });
  });

  test('HSTS: six months is 15,552,000 s; a comma means the header was sent twice', () => {
    const hsts = (value: string) =>
      result({ ...SITE, 'strict-transport-security': value }, 'Strict Transport Security (HSTS)');
    expect(hsts('max-age=15552000').modifier).toBe(0);
    expect(hsts('max-age=15551999').modifier).toBe(-10);
    expect(hsts('max-age=63072000, max-age=63072000').result).toBe('hsts-header-invalid');
  });

  test('frame-ancestors in the CSP replaces X-Frame-Options; without either it costs 20', () => {
    expect(result(SITE, 'X-Frame-Options').result).toBe('x-frame-options-implemented-via-csp');
    const policy = "default-src 'none'";
    expect(result({ ...SITE, 'content-security-policy': policy }, 'X-Frame-Options').modifier).toBe(-20);
    expect(
      result({ ...SITE, 'content-security-policy': policy, 'x-frame-options': 'DENY' }, 'X-Frame-Options').modifier,
    ).toBe(0);
  });

  test('Subresource Integrity is read from the page: a script from another host needs integrity', () => {
    const sri = (body: string) => result(SITE, 'Subresource Integrity', page(body));
    expect(sri('').result).toBe('sri-not-implemented-but-no-scripts-loaded');
    expect(sri('<script src="/_astro/a.js"></script>').modifier).toBe(0);
    expect(sri('<script src="https://cdn.example/a.js"></script>').modifier).toBe(-5);
    expect(sri('<script src="http://cdn.example/a.js"></script>').modifier).toBe(-50);
    expect(sri('<script src="https://cdn.example/a.js" integrity="sha384-x"></script>').modifier).toBe(5);
  });

  test('penalties alone below 90 forfeit every bonus; the grade rounds down to a multiple of 5', () => {
    const noNosniffNoHsts = { ...SITE, 'x-content-type-options': '' };
    delete (noNosniffNoHsts as Record<string, string>)['strict-transport-security'];
    // 100 − 5 (nosniff invalid) − 20 (no HSTS) = 75, bonuses dropped.
    expect(grade(noNosniffNoHsts)).toMatchObject({ score: 75, grade: 'B' });
    expect(grade({ ...SITE, 'referrer-policy': 'unsafe-url' })).toMatchObject({ score: 120, grade: 'A+' });
  });

  test('a cookie set in _headers is refused, not scored', () => {
    expect(() => grade({ ...SITE, 'set-cookie': 'id=1' })).toThrow('cannot grade cookies');
  });
});
