/**
 * A tiny Markdown subset to Portable Text, so program pages read as prose in the content modules.
 * Line by line: `## ` is an h2, `### ` an h3, `- ` a bullet item; other lines form paragraphs,
 * ended by a blank line or any of those (a paragraph's lines are joined with spaces). Inline: `**strong**`, `*em*`, `[text](https://…)`.
 * `_key`s for blocks and spans are added later by `assignKeys`; link `markDefs` get theirs here
 * because spans refer to them.
 */
import { shortHash } from './keys.ts';

export type Span = { _type: 'span'; text: string; marks: string[] };
export type LinkDef = { _type: 'link'; _key: string; href: string };
export type Block = {
  _type: 'block';
  style: 'normal' | 'h2' | 'h3';
  listItem?: 'bullet';
  level?: number;
  markDefs: LinkDef[];
  children: Span[];
};

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((\S+?)\)/g;

/** One block's children and link definitions from a line of inline markup. */
function inline(text: string): Pick<Block, 'children' | 'markDefs'> {
  const children: Span[] = [];
  const markDefs: LinkDef[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) children.push({ _type: 'span', text: text.slice(last, match.index), marks: [] });
    const [, strong, em, linkText, href] = match;
    if (strong !== undefined) children.push({ _type: 'span', text: strong, marks: ['strong'] });
    else if (em !== undefined) children.push({ _type: 'span', text: em, marks: ['em'] });
    else if (linkText !== undefined && href !== undefined) {
      if (!/^https:\/\/[^\s]+$/.test(href)) throw new Error(`link must be an https URL: ${href}`);
      const key = `link-${shortHash(href, 8)}`;
      if (!markDefs.some((d) => d._key === key)) markDefs.push({ _type: 'link', _key: key, href });
      children.push({ _type: 'span', text: linkText, marks: [key] });
    }
    last = match.index + match[0].length;
  }
  if (last < text.length) children.push({ _type: 'span', text: text.slice(last), marks: [] });
  for (const span of children) if (/[*[\]]/.test(span.text)) throw new Error(`unbalanced inline markup in: ${text}`);
  return { children, markDefs };
}

/** Portable Text blocks from the Markdown subset described above. */
export function portableText(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ _type: 'block', style: 'normal', ...inline(paragraph.join(' ')) });
    paragraph = [];
  };
  for (const line of markdown.split('\n').map((l) => l.trim())) {
    const heading = /^(#{2,3}) (.+)$/.exec(line);
    if (line === '') {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ _type: 'block', style: heading[1] === '##' ? 'h2' : 'h3', ...inline(heading[2] ?? '') });
    } else if (line.startsWith('- ')) {
      flush();
      blocks.push({ _type: 'block', style: 'normal', listItem: 'bullet', level: 1, ...inline(line.slice(2)) });
    } else if (/^(#|-|\d+\.\s)/.test(line)) {
      throw new Error(`unsupported block markup: ${line}`);
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
