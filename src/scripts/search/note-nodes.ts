import { splitPhoneNumbers } from '../../domain/phone-text.ts';

/** Note text as DOM nodes with every phone number a `tel:` link: NoteText.astro's twin for the browser. */
export const noteNodes = (text: string): Node[] =>
  splitPhoneNumbers(text).map((part) => {
    if (!part.tel) return document.createTextNode(part.text);
    const link = document.createElement('a');
    link.href = part.tel;
    link.className = 'font-semibold whitespace-nowrap';
    link.textContent = part.text;
    return link;
  });
