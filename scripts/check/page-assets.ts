import { attr, elements, type Document } from './html-doc.ts';

/** URL paths of the CSS and JS a page loads up front: stylesheets, script src, modulepreload and script/style preloads. */
export function pageAssetPaths(doc: Document, pagePath: string): string[] {
  const found = new Set<string>();
  for (const el of elements(doc)) {
    let url: string | undefined;
    if (el.tagName === 'script') url = attr(el, 'src');
    else if (el.tagName === 'link') {
      const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      const as = attr(el, 'as');
      if (
        rel.includes('stylesheet') ||
        rel.includes('modulepreload') ||
        (rel.includes('preload') && (as === 'script' || as === 'style'))
      ) {
        url = attr(el, 'href');
      }
    }
    const path = url ? localPath(url, pagePath) : undefined;
    // A stylesheet that is also preloaded is downloaded once, so it counts once.
    if (path) found.add(path);
  }
  return [...found];
}

/** Relative specifiers of a JS module's static imports (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(js: string): string[] {
  // Dynamic `import()` is left out on purpose: it loads later, on demand, and is not part of the page's first load.
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;
  return [...js.matchAll(pattern)].map((m) => m[1]!).filter((spec) => /^\.{0,2}\//.test(spec));
}

/** The URL path of `url` resolved against the page, or undefined when it is on another origin. */
export function localPath(url: string, basePath: string): string | undefined {
  const base = 'http://local.invalid';
  try {
    const resolved = new URL(url, base + basePath);
    return resolved.origin === base ? resolved.pathname : undefined;
  } catch {
    return undefined;
  }
}
