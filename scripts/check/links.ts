import { resolveUrlPath } from './dist-files.ts';
import type { Failure } from './failure.ts';
import { attr, elements, positionOf, selectorOf, type Element } from './html-doc.ts';
import type { Page } from './pages.ts';

/** Attributes that hold one URL, per element; `srcset` is handled apart since it holds several. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  use: ['href', 'xlink:href'],
  script: ['src'],
  img: ['src'],
  iframe: ['src'],
  embed: ['src'],
  source: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  input: ['src'],
  form: ['action'],
  object: ['data'],
};

// Any base works: only the path of a resolved URL is used; a fake host keeps stray absolute URLs distinguishable.
const LOCAL_BASE = 'http://dist.invalid';

type Reference = { el: Element; attribute: string; value: string };

/** Checks that every internal URL in every page resolves to a file in dist and every `#fragment` to an element id. */
export function checkLinks(distDir: string, pages: readonly Page[], options: { siteOrigin?: string } = {}): Failure[] {
  const idsByFile = new Map(pages.map((page) => [page.file, collectIds(page)]));
  const failures: Failure[] = [];
  for (const page of pages) {
    for (const ref of references(page)) {
      const url = internalUrl(ref.value, page.path, options.siteOrigin);
      if (!url) continue;
      const at = { file: page.file, ...positionOf(ref.el), selector: selectorOf(ref.el, ref.attribute) };
      const shown = `${ref.attribute}="${ref.value}"`;
      const samePage = url.pathname === page.path;
      let targetFile = page.file;
      if (!samePage) {
        const resolved = resolveUrlPath(distDir, url.pathname);
        if (resolved.kind === 'missing') {
          failures.push({ ...at, rule: 'broken-link', message: `${shown}: nothing in dist serves ${url.pathname}` });
          continue;
        }
        if (resolved.kind === 'needs-trailing-slash') {
          failures.push({
            ...at,
            rule: 'trailing-slash',
            message: `${shown}: use ${url.pathname}/ (trailingSlash is 'always')`,
          });
          continue;
        }
        targetFile = resolved.file;
      }
      const fragment = decodeFragment(url.hash);
      // A bare `#` or `#top` means the top of the page by the HTML standard; `#:~:text=` is a text fragment.
      if (fragment === undefined || fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:'))
        continue;
      const ids = idsByFile.get(targetFile);
      // Fragments into non-HTML files (an SVG sprite, a PDF page) are not checked.
      if (ids && !ids.has(fragment)) {
        failures.push({
          ...at,
          rule: 'broken-anchor',
          message: `${shown}: ${url.pathname} has no element with id "${fragment}"`,
        });
      }
    }
  }
  return failures;
}

/** Every id a fragment can point at in the page: `id` attributes, and `name` on `<a>` as the standard allows. */
function collectIds(page: Page): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(page.doc)) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    const name = el.tagName === 'a' ? attr(el, 'name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}

function* references(page: Page): Generator<Reference> {
  for (const el of elements(page.doc)) {
    for (const attribute of URL_ATTRIBUTES[el.tagName] ?? []) {
      const value = attr(el, attribute);
      if (value !== undefined) yield { el, attribute, value };
    }
    const srcset = attr(el, 'srcset');
    if (srcset) for (const value of srcsetUrls(srcset)) yield { el, attribute: 'srcset', value };
    // Open Graph URLs are absolute on the site; they still have to exist.
    if (el.tagName === 'meta' && /^og:(url|image|audio|video)$/.test(attr(el, 'property') ?? '')) {
      const value = attr(el, 'content');
      if (value) yield { el, attribute: 'content', value };
    }
  }
}

/** The URLs in a `srcset`: comma-separated candidates of `url [descriptor]`. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** The URL resolved against the page when it points into this site, else undefined (external, mailto:, tel:…). */
function internalUrl(value: string, pagePath: string, siteOrigin: string | undefined): URL | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, LOCAL_BASE + pagePath);
  } catch {
    return undefined;
  }
  if (url.origin === LOCAL_BASE) return url;
  if (siteOrigin && url.origin === siteOrigin) return new URL(url.pathname + url.search + url.hash, LOCAL_BASE);
  return undefined;
}

function decodeFragment(hash: string): string | undefined {
  if (!hash) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
