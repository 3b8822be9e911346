/**
 * Scores response headers the way MDN's HTTP Observatory does (its published v2 scoring table, for the
 * tests that apply to a static site with no cookies and no redirects of its own): start at 100, add or
 * subtract per test; bonuses count only when the base score is 90 or more.
 */
export interface ObservatoryTest {
  name: string;
  modifier: number;
  result: string;
}

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );

function csp(value: string | undefined): ObservatoryTest {
  const name = 'Content-Security-Policy';
  if (!value) return { name, modifier: -25, result: 'not implemented' };
  const d = directives(value);
  const scripts = d.get('script-src') ?? d.get('default-src') ?? [];
  const styles = d.get('style-src') ?? d.get('default-src') ?? [];
  if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'") || scripts.includes('*'))
    return { name, modifier: -20, result: "scripts allow 'unsafe-inline', 'unsafe-eval' or any host" };
  if (!d.has('object-src') && !d.has('default-src')) return { name, modifier: -5, result: 'object-src not restricted' };
  if (styles.includes("'unsafe-inline'"))
    return { name, modifier: 0, result: "implemented, styles allow 'unsafe-inline'" };
  const none = d.get('default-src')?.join(' ') === "'none'";
  return none
    ? { name, modifier: 10, result: "default-src 'none', no unsafe scripts or styles" }
    : { name, modifier: 5, result: 'no unsafe scripts or styles' };
}

function hsts(value: string | undefined): ObservatoryTest {
  const name = 'Strict-Transport-Security';
  const maxAge = Number(/max-age=(\d+)/i.exec(value ?? '')?.[1] ?? 0);
  if (!value || maxAge === 0) return { name, modifier: -20, result: 'not implemented' };
  if (maxAge < 15_768_000) return { name, modifier: -10, result: 'max-age under six months' };
  return /preload/i.test(value)
    ? { name, modifier: 5, result: 'six months or more, preload' }
    : { name, modifier: 0, result: 'six months or more' };
}

function referrer(value: string | undefined): ObservatoryTest {
  const name = 'Referrer-Policy';
  const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
  if (!value) return { name, modifier: 0, result: 'not implemented (browser default)' };
  return good.includes(value.trim().toLowerCase())
    ? { name, modifier: 5, result: value }
    : { name, modifier: -5, result: `${value} leaks the URL` };
}

function nosniff(value: string | undefined): ObservatoryTest {
  const name = 'X-Content-Type-Options';
  return value?.toLowerCase() === 'nosniff'
    ? { name, modifier: 0, result: 'nosniff' }
    : { name, modifier: -5, result: 'not set to nosniff' };
}

function framing(headers: Record<string, string>): ObservatoryTest {
  const name = 'Framing (X-Frame-Options / frame-ancestors)';
  const ancestors = directives(headers['content-security-policy'] ?? '').get('frame-ancestors');
  if (ancestors) return { name, modifier: 5, result: `CSP frame-ancestors ${ancestors.join(' ')}` };
  if (/^(deny|sameorigin)$/i.test(headers['x-frame-options'] ?? ''))
    return { name, modifier: 0, result: 'X-Frame-Options' };
  return { name, modifier: -20, result: 'not implemented' };
}

function corp(value: string | undefined): ObservatoryTest {
  const name = 'Cross-Origin-Resource-Policy';
  return value ? { name, modifier: 0, result: value } : { name, modifier: 0, result: 'not implemented (no penalty)' };
}

/** Every test's outcome and the final score for a set of (lower-cased) response headers. */
export function scoreHeaders(headers: Record<string, string>): { score: number; tests: ObservatoryTest[] } {
  const tests = [
    csp(headers['content-security-policy']),
    { name: 'Cookies', modifier: 0, result: 'none set' },
    { name: 'Subresource Integrity', modifier: 0, result: 'all scripts from the same origin' },
    hsts(headers['strict-transport-security']),
    referrer(headers['referrer-policy']),
    nosniff(headers['x-content-type-options']),
    framing(headers),
    corp(headers['cross-origin-resource-policy']),
  ];
  const penalties = tests.reduce((sum, t) => sum + Math.min(0, t.modifier), 0);
  const bonuses = tests.reduce((sum, t) => sum + Math.max(0, t.modifier), 0);
  const base = 100 + penalties;
  return { score: Math.max(0, base >= 90 ? base + bonuses : base), tests };
}
