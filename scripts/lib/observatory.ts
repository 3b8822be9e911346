/**
 * Grades a page's response the way MDN's HTTP Observatory does, rule by rule from its source
 * (@mdn/mdn-http-observatory 1.4.8, the version npm installs; files cited as `analyzer/tests/csp.js` are under
 * its `src/`). The response is synthesised: the site-wide headers of `_headers`, served over https with a valid
 * certificate, and a built page's HTML (scanning a local http server would fail the redirection and HSTS tests
 * for the wrong reason).
 *
 * Why not MDN's package itself: it does not install under `npm ci` on a machine that reaches only the npm
 * registry. Its postinstall downloads the HSTS preload and TLD lists, its dependency
 * `node_extra_ca_certs_mozilla_bundle` downloads certificates in an install script, and it pulls in `pg-native`
 * (a native build against libpq) for its database; an `overrides` entry cannot remove the package's own
 * postinstall.
 *
 * What this cannot judge from `_headers` and a page, and so leaves out or refuses:
 * - the http → https redirection is the host's (every passing result there scores 0, so it never adds);
 * - HSTS preloading needs Chromium's preload list: no list, no +5 (the site's domain is not on it anyway);
 * - cookies: a `Set-Cookie` header in `_headers` is refused, since the rules that grade cookies need a browser
 *   session.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export interface ObservatoryTest {
  name: string;
  /** MDN's name for the result (its `Expectation`). */
  result: string;
  modifier: number;
  /** The MDN source file the rule follows. */
  source: string;
}

/** grader/charts.js GRADE_CHART: the grade for a score rounded down to a multiple of 5, capped at 100. */
const GRADES: [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];
/** grader/charts.js MINIMUM_SCORE_FOR_EXTRA_CREDIT. */
const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;

const test = (name: string, source: string) => (result: string, modifier: number) => ({
  name,
  result,
  modifier,
  source,
});

// analyzer/tests/csp.js
const DANGEROUSLY_BROAD = new Set([
  'ftp:',
  'http:',
  'https:',
  '*',
  'http://*',
  'http://*.*',
  'https://*',
  'https://*.*',
]);
const BROAD_OR_INLINE = new Set([...DANGEROUSLY_BROAD, "'unsafe-inline'", 'data:']);
const NONCE_OR_HASH = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
const DUPLICATES_ALLOWED = new Set(['report-uri', 'report-to']);

/** analyzer/cspParser.js parseCsp, for one policy: lower-cased directives and sources; an empty -src is 'none'. */
function parseCsp(policy: string): { directives: Map<string, Set<string>>; duplicateReports: boolean } {
  const clean = policy.replaceAll(/[\r\n]/g, '').trim();
  if (clean.length < 'img-src'.length - 1) throw new Error(`invalid policy: ${clean}`);
  const directives = new Map<string, Set<string>>();
  let duplicateReports = false;
  for (const [first, ...values] of clean.split(';').map((entry) => entry.trim().split(/\s+/))) {
    if (!first) continue;
    const directive = first.toLowerCase();
    if (directives.has(directive)) {
      if (!DUPLICATES_ALLOWED.has(directive)) throw new Error(`duplicate directive ${directive}`);
      duplicateReports = true;
      continue;
    }
    const sources = values.map((v) => v.trim().toLowerCase());
    directives.set(directive, new Set(sources.length === 0 && directive.endsWith('-src') ? ["'none'"] : sources));
  }
  return { directives, duplicateReports };
}

/** analyzer/tests/csp.js contentSecurityPolicyTest: the first rule that matches decides. */
function csp(value: string | undefined): ObservatoryTest & { frameAncestors: boolean } {
  const result = test('Content Security Policy (CSP)', 'analyzer/tests/csp.js');
  const none = { frameAncestors: false };
  if (!value) return { ...result('csp-not-implemented', -25), ...none };
  let parsed: ReturnType<typeof parseCsp>;
  try {
    parsed = parseCsp(value);
  } catch {
    return { ...result('csp-header-invalid', -25), ...none };
  }
  const { directives: d, duplicateReports } = parsed;
  const frameAncestors = d.has('frame-ancestors');
  const fallback = (name: string) => new Set(d.get(name) ?? d.get('default-src') ?? ['*']);
  const scripts = fallback('script-src');
  const objects = fallback('object-src');
  const styles = fallback('style-src');
  const hasNonceOrHash = (sources: Set<string>) => [...sources].some((s) => NONCE_OR_HASH.some((p) => s.startsWith(p)));
  for (const sources of [scripts, styles]) if (hasNonceOrHash(sources)) sources.delete("'unsafe-inline'");
  if (scripts.has("'strict-dynamic'")) {
    if (!hasNonceOrHash(scripts)) return { ...result('csp-header-invalid', -25), frameAncestors };
    for (const s of scripts)
      if ([...DANGEROUSLY_BROAD].some((b) => s.startsWith(b)) || s === "'self'" || s === "'unsafe-inline'")
        scripts.delete(s);
  }
  const passive = new Set(['img-src', 'media-src']);
  const active = [
    ...[...d].filter(([name]) => !passive.has(name) && name !== 'script-src').flatMap(([, s]) => [...s]),
    ...scripts,
  ];
  const passiveSources = [...passive].flatMap((name) => [...(d.get(name) ?? d.get('default-src') ?? [])]);
  const insecure = (s: string) => s.startsWith('http:') || s.startsWith('ftp:');
  const outcome = (): [string, number] => {
    if ([...scripts].some((s) => BROAD_OR_INLINE.has(s)) || [...objects].some((s) => DANGEROUSLY_BROAD.has(s)))
      return ['csp-implemented-with-unsafe-inline', -20];
    if (active.some(insecure)) return ['csp-implemented-with-insecure-scheme', -20];
    if (scripts.has("'unsafe-eval'") || styles.has("'unsafe-eval'")) return ['csp-implemented-with-unsafe-eval', -10];
    if (passiveSources.some(insecure)) return ['csp-implemented-with-insecure-scheme-in-passive-content-only', -10];
    if ([...styles].some((s) => BROAD_OR_INLINE.has(s)))
      return ['csp-implemented-with-unsafe-inline-in-style-src-only', 0];
    const defaultSrc = d.get('default-src');
    if (defaultSrc?.size === 1 && defaultSrc.has("'none'"))
      return ['csp-implemented-with-no-unsafe-default-src-none', 10];
    return ['csp-implemented-with-no-unsafe', 5];
  };
  const [name, modifier] = outcome();
  // A passing policy (these four results) with a repeated report-uri/report-to is reported as such (0).
  const passing = [
    'csp-implemented-with-no-unsafe',
    'csp-implemented-with-no-unsafe-default-src-none',
    'csp-implemented-with-unsafe-inline-in-style-src-only',
    'csp-implemented-with-insecure-scheme-in-passive-content-only',
  ].includes(name);
  return passing && duplicateReports
    ? { ...result('csp-implemented-but-duplicate-directives', 0), frameAncestors }
    : { ...result(name, modifier), frameAncestors };
}

/** analyzer/tests/cookies.js: only "no cookies" can be judged without a browser session. */
function cookies(headers: Record<string, string>): ObservatoryTest {
  if (headers['set-cookie'] !== undefined)
    throw new Error('_headers sets a cookie: this scorer cannot grade cookies; use MDN’s HTTP Observatory.');
  return test('Cookies', 'analyzer/tests/cookies.js')('cookies-not-found', 0);
}

/** analyzer/tests/cors.js: a fixed Access-Control-Allow-Origin never reflects the scanner's origin. */
function cors(value: string | undefined): ObservatoryTest {
  const result = test('Cross Origin Resource Sharing (CORS)', 'analyzer/tests/cors.js');
  if (!value) return result('cross-origin-resource-sharing-not-implemented', 0);
  return value.trim() === '*'
    ? result('cross-origin-resource-sharing-implemented-with-public-access', 0)
    : result('cross-origin-resource-sharing-implemented-with-restricted-access', 0);
}

/** analyzer/tests/referrer-policy.js: the last valid value of the header decides. */
function referrer(value: string | undefined): ObservatoryTest {
  const result = test('Referrer Policy', 'analyzer/tests/referrer-policy.js');
  const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
  const bad = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
  if (value === undefined) return result('referrer-policy-not-implemented', 0);
  const policy =
    value
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter((v) => good.includes(v) || bad.includes(v))
      .at(-1) ?? '';
  if (good.includes(policy)) return result('referrer-policy-private', 5);
  return bad.includes(policy) ? result('referrer-policy-unsafe', -5) : result('referrer-policy-header-invalid', -5);
}

/** analyzer/tests/strict-transport-security.js over https with a valid certificate, without the preload list. */
function hsts(value: string | undefined): ObservatoryTest {
  const result = test('Strict Transport Security (HSTS)', 'analyzer/tests/strict-transport-security.js');
  if (value === undefined) return result('hsts-not-implemented', -20);
  const header = value.slice(0, 1024);
  const maxAge = header
    .split(';')
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('max-age='));
  if (header.includes(',') || maxAge === undefined) return result('hsts-header-invalid', -20);
  const SIX_MONTHS = 15_552_000;
  return parseInt(maxAge.slice(8, 128), 10) < SIX_MONTHS
    ? result('hsts-implemented-max-age-less-than-six-months', -10)
    : result('hsts-implemented-max-age-at-least-six-months', 0);
}

/** The src and integrity of every <script> in a page. */
function scripts(html: string): { src?: string; integrity?: string }[] {
  const found: { src?: string; integrity?: string }[] = [];
  const walk = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.tagName === 'script') {
        const attr = (name: string) => child.attrs.find((a) => a.name === name)?.value;
        found.push({ src: attr('src'), integrity: attr('integrity') });
      }
      walk('content' in child ? child.content : child);
    }
  };
  walk(parse(html));
  return found;
}

/**
 * analyzer/tests/subresource-integrity.js for a page served over https from `host`. A script on another host
 * counts as foreign (MDN compares registrable domains, which needs the TLD list: this is the stricter reading).
 */
function subresourceIntegrity(html: string, host: string): ObservatoryTest {
  const result = test('Subresource Integrity', 'analyzer/tests/subresource-integrity.js');
  // Worse results come later (onlyIfWorse over the test's `goodness` list).
  const order = [
    'sri-implemented-and-all-scripts-loaded-securely',
    'sri-implemented-and-external-scripts-loaded-securely',
    'sri-implemented-but-external-scripts-not-loaded-securely',
    'sri-not-implemented-but-external-scripts-loaded-securely',
    'sri-not-implemented-and-external-scripts-not-loaded-securely',
  ];
  const modifiers = [5, 5, -20, -5, -50];
  const all = scripts(html);
  if (all.length === 0) return result('sri-not-implemented-but-no-scripts-loaded', 0);
  let worst: string | undefined;
  let foreign = false;
  const worse = (next: string) => (!worst || order.indexOf(next) > order.indexOf(worst) ? next : worst);
  for (const { src, integrity } of all) {
    if (!src) continue;
    const protocolRelative = /^\/\/[^/]/.test(src);
    const full = /^https?:\/\//.test(src);
    const sameOrigin = !protocolRelative && (!full || new URL(src).host === host);
    const secure = !protocolRelative && (!full || src.startsWith('https:'));
    if (!sameOrigin) {
      foreign = true;
      if (integrity && !secure) worst = worse(order[2]!);
      else if (!integrity) worst = worse(secure ? order[3]! : order[4]!);
    } else if (integrity && secure && !worst) worst = order[0];
  }
  if (worst) return result(worst, modifiers[order.indexOf(worst)]!);
  return foreign ? result(order[1]!, 5) : result('sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0);
}

/** analyzer/tests/x-content-type-options.js */
function nosniff(value: string | undefined): ObservatoryTest {
  const result = test('X-Content-Type-Options', 'analyzer/tests/x-content-type-options.js');
  if (value === undefined) return result('x-content-type-options-not-implemented', -5);
  return value.slice(0, 256).trim().toLowerCase() === 'nosniff'
    ? result('x-content-type-options-nosniff', 0)
    : result('x-content-type-options-header-invalid', -5);
}

/** analyzer/tests/x-frame-options.js: a CSP frame-ancestors (any value) overrides the header. */
function frameOptions(value: string | undefined, viaCsp: boolean): ObservatoryTest {
  const result = test('X-Frame-Options', 'analyzer/tests/x-frame-options.js');
  if (viaCsp) return result('x-frame-options-implemented-via-csp', 5);
  if (value === undefined) return result('x-frame-options-not-implemented', -20);
  const xfo = value.slice(0, 1024).trim().toLowerCase();
  if (xfo === 'deny' || xfo === 'sameorigin') return result('x-frame-options-sameorigin-or-deny', 0);
  return xfo.startsWith('allow-from')
    ? result('x-frame-options-allow-from-origin', 0)
    : result('x-frame-options-header-invalid', -20);
}

/** analyzer/tests/cross-origin-resource-policy.js */
function resourcePolicy(value: string | undefined): ObservatoryTest {
  const result = test('Cross Origin Resource Policy', 'analyzer/tests/cross-origin-resource-policy.js');
  if (!value) return result('corp-not-implemented', 0);
  const corp = value.slice(0, 256).trim().toLowerCase();
  if (corp === 'same-site') return result('corp-implemented-with-same-site', 10);
  if (corp === 'same-origin') return result('corp-implemented-with-same-origin', 10);
  return corp === 'cross-origin' ? result('corp-implemented-with-cross-origin', 0) : result('corp-header-invalid', -5);
}

/**
 * Every test's result, the score and the grade for a page's (lower-cased) response headers and HTML served over
 * https from `host` (scanner/index.js: start at 100, add every modifier; bonuses count only when the score
 * with penalties alone is 90 or more).
 */
export function observatoryGrade(
  headers: Record<string, string>,
  page: { html: string; host: string },
): { score: number; grade: string; tests: ObservatoryTest[] } {
  const policy = csp(headers['content-security-policy']);
  const tests: ObservatoryTest[] = [
    { name: policy.name, result: policy.result, modifier: policy.modifier, source: policy.source },
    cookies(headers),
    cors(headers['access-control-allow-origin']),
    referrer(headers['referrer-policy']),
    hsts(headers['strict-transport-security']),
    subresourceIntegrity(page.html, page.host),
    nosniff(headers['x-content-type-options']),
    frameOptions(headers['x-frame-options'], policy.frameAncestors),
    resourcePolicy(headers['cross-origin-resource-policy']),
  ];
  const uncurved = 100 + tests.reduce((sum, t) => sum + Math.min(0, t.modifier), 0);
  const withExtraCredit = 100 + tests.reduce((sum, t) => sum + t.modifier, 0);
  const score = Math.max(0, uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
  const key = Math.min(score - (score % 5), 100);
  const grade = GRADES.find(([floor]) => key >= floor)![1];
  return { score, grade, tests };
}

/** A built page's HTML and the host it is published on (its canonical URL), as the scan would fetch it. */
export function builtPage(dist: string, file = 'index.html'): { html: string; host: string } {
  const html = readFileSync(join(dist, file), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) throw new Error(`${join(dist, file)} has no canonical URL to take the host from`);
  return { html, host: new URL(canonical).host };
}
