import { readFileSync } from 'node:fs';

/** One block of a `_headers` file: a URL pattern and the headers sent for it. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Parses the `_headers` format Netlify and Cloudflare Pages read: a pattern line, then indented `Name: value`. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not "Name: value" under a URL pattern`);
    rule.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers the site-wide `/*` rule of a `_headers` file sends. */
export function siteHeaders(path: string): Record<string, string> {
  const rule = parseHeadersFile(readFileSync(path, 'utf8')).find((r) => r.pattern === '/*');
  if (!rule) throw new Error(`${path} has no "/*" rule`);
  return rule.headers;
}
