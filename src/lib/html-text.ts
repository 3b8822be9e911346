import { splitPhoneNumbers } from '../domain/phone-text.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
};

/** Text escaped for HTML as Astro escapes `{text}`, so a page reads the same whichever renders it. */
export const escapeText = (text: string) => text.replace(/[&<>'"]/g, (c) => ENTITIES[c]!);

/**
 * Note text editors write, as HTML with every phone number in it a `tel:` link: the one way notes are shown.
 * dir="ltr" keeps a number's digits in order inside right-to-left text; no space inside the link.
 */
export const noteHtml = (text: string) =>
  splitPhoneNumbers(text)
    .map(({ text: part, tel }) =>
      tel
        ? `<a href="${escapeText(tel)}" dir="ltr" class="font-semibold whitespace-nowrap">${escapeText(part)}</a>`
        : escapeText(part),
    )
    .join('');
