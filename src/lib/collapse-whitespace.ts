/** HTML's own whitespace only: a no-break or other Unicode space is content and stays. */
const HTML_SPACE = /[ \t\n\f\r]+/g;
/** Elements whose whitespace means something (or is code): left exactly as written. */
const PROTECTED = /<(pre|textarea|script|style)\b[\s\S]*?<\/\1>/gi;

/**
 * Collapses every run of whitespace to one space outside <pre>, <textarea>, <script> and <style>. Browsers
 * render such a run as one space anyway, so nothing visible changes, unlike Astro's compressHTML, which drops
 * the space between a line of text and a link on the next line ("or<a>text 988</a>").
 */
export function collapseWhitespace(html: string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(PROTECTED)) {
    out += html.slice(last, match.index).replace(HTML_SPACE, ' ');
    out += match[0];
    last = match.index + match[0].length;
  }
  return out + html.slice(last).replace(HTML_SPACE, ' ');
}
