/** One rule of a `_redirects` file: `from  to  [status]` (a `*` at the end of `from` matches any rest of the path). */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

/** Parses the `_redirects` format Netlify and Cloudflare Pages read: one rule a line, `#` starts a comment. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  return text.split('\n').flatMap((line, i) => {
    const fields = line.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
    if (fields.length === 0) return [];
    const [from, to, status = '301'] = fields;
    if (!to || fields.length > 3 || !/^\d{3}!?$/.test(status))
      throw new Error(`_redirects line ${i + 1}: "${line.trim()}" is not "from to [status]"`);
    return [{ from: from!, to, status: Number.parseInt(status, 10) }];
  });
}

/** Whether a rule's `from` matches a URL path: exactly, or by prefix when it ends in `*`. */
export const matches = (rule: RedirectRule, path: string): boolean =>
  rule.from.endsWith('*') ? path.startsWith(rule.from.slice(0, -1)) : path === rule.from;
