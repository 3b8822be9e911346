import { escapeHTML, toHTML, uriLooksSafe } from '@portabletext/to-html';
import { splitPhoneNumbers } from '../domain/phone-text.ts';
import type { PortableTextBlock } from '../schemas/program.ts';

const TEL_LINK_CLASS = 'font-semibold whitespace-nowrap';
/** A phone number this module linked, as the text escaper writes it. */
const TEL_LINK = new RegExp(`<a href="tel:[^"]*" class="${TEL_LINK_CLASS}">([^<]*)</a>`, 'g');

/** Escaped text with every phone number a `tel:` link, as NoteText renders notes. */
const textWithPhoneLinks = (text: string) =>
  splitPhoneNumbers(text)
    .map(({ text: part, tel }) =>
      tel ? `<a href="${escapeHTML(tel)}" class="${TEL_LINK_CLASS}">${escapeHTML(part)}</a>` : escapeHTML(part),
    )
    .join('');

/**
 * Portable Text to HTML for program bodies. Links with unsafe schemes (javascript:, data:, vbscript:)
 * lose their link and keep their text; links that leave the site say so and send no referrer. Phone
 * numbers in text are `tel:` links, except inside an editor's own link (a link cannot hold another).
 */
export function portableTextToHtml(
  blocks: readonly PortableTextBlock[],
  /** Read after an outbound link, in the blocks' language. */
  externalSite = ' (external site)',
): string {
  return toHTML(blocks as unknown as Parameters<typeof toHTML>[0], {
    components: {
      marks: {
        link: ({ children: linked, value }) => {
          const children = linked.replace(TEL_LINK, '$1');
          const href = typeof value?.href === 'string' ? value.href.trim() : '';
          if (!href || !uriLooksSafe(href)) return children;
          const external = leavesSite(href);
          return external
            ? `<a href="${escapeHTML(href)}" rel="noopener noreferrer" class="underline">${children}<span class="sr-only">${escapeHTML(externalSite)}</span></a>`
            : `<a href="${escapeHTML(href)}" class="underline">${children}</a>`;
        },
      },
      // Unknown block types and marks render nothing of their own: no hidden developer note, no made-up class.
      unknownType: () => '',
      unknownMark: ({ children }) => children,
      escapeHTML: textWithPhoneLinks,
    },
    onMissingComponent: false,
  });
}

const SELF = new URL('https://self.invalid/');

/** True for an http(s) link to another host as a browser resolves it: `/\evil.example` leaves the site too. */
function leavesSite(href: string): boolean {
  if (/^https?:/i.test(href)) return true;
  try {
    const url = new URL(href, SELF);
    return /^https?:$/.test(url.protocol) && url.host !== SELF.host;
  } catch {
    return true;
  }
}
