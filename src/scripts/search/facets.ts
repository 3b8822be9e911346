import { facetValueLabel } from './chips.ts';
import type { SearchLanguage } from './language.ts';
import { FACETS, type Facet, type SearchState } from './url-state.ts';

/** Most values a facet lists before "show all", so a 20,000-location directory keeps the page usable. */
const TOP = 12;

/**
 * Facet checkboxes with live counts for the current search. Pagefind loads a facet's counts only once it is
 * used, so a closed facet costs nothing; opening one without counts asks for them (`onOpen`). Chosen values
 * always stay listed (with 0 when nothing matches) so they can be unchecked; open facets stay open. A `partial`
 * facet has counts for its chosen values only, and offers to load the others.
 */
export function renderFacets(
  container: HTMLElement,
  counts: Record<string, Record<string, number>>,
  state: SearchState,
  onOpen: (facet: Facet) => void,
  partial: ReadonlySet<Facet>,
  language: SearchLanguage,
) {
  const { words } = language;
  const open = new Set([...container.querySelectorAll('details[open]')].map((d) => (d as HTMLElement).dataset.facet));
  const expanded = new Set(
    [...container.querySelectorAll('details[data-expanded]')].map((d) => (d as HTMLElement).dataset.facet),
  );
  // Rebuilding must not drop keyboard focus: the checkbox just ticked keeps it.
  const focused = container.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : null;
  const refocus =
    focused?.type === 'checkbox' ? `input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]` : '';
  container.replaceChildren();
  for (const facet of FACETS) {
    const chosen = state.filters[facet] ?? [];
    const known = counts[facet] !== undefined;
    const values = Object.entries(counts[facet] ?? {}).filter(([, count]) => count > 0);
    for (const value of chosen) if (!values.some(([v]) => v === value)) values.push([value, 0]);
    values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

    const details = document.createElement('details');
    details.dataset.facet = facet;
    details.className = 'card';
    if (open.has(facet) || chosen.length > 0) details.open = true;
    const summary = document.createElement('summary');
    summary.className = 'cursor-pointer font-semibold';
    const name = words.facetLabel[facet];
    summary.textContent = chosen.length ? words.facetChosen(name, chosen.length) : name;
    details.append(summary);
    if (!known && chosen.length === 0) {
      const wait = document.createElement('p');
      wait.className = 'muted mt-1';
      wait.textContent = words.loadingChoices;
      details.append(wait);
      details.addEventListener('toggle', () => details.open && onOpen(facet), { once: true });
      if (details.open) queueMicrotask(() => onOpen(facet));
      container.append(details);
      continue;
    }
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.className = 'sr-only';
    legend.textContent = name;
    fieldset.append(legend);
    if (values.length === 0) {
      const none = document.createElement('p');
      none.className = 'muted mt-1';
      none.textContent = words.noChoices;
      fieldset.append(none);
    }
    const showAll = expanded.has(facet) || values.length <= TOP;
    if (expanded.has(facet)) details.dataset.expanded = '';
    for (const [value, count] of showAll ? values : values.slice(0, TOP)) {
      const label = document.createElement('label');
      label.className = 'mt-1 flex items-center gap-2';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = facet;
      input.value = value;
      input.checked = chosen.includes(value);
      input.className = 'h-5 w-5';
      const text = document.createElement('span');
      text.textContent = `${facetValueLabel(language, facet, value)} (${count})`;
      label.append(input, text);
      fieldset.append(label);
    }
    details.append(fieldset);
    if (partial.has(facet)) {
      const others = document.createElement('button');
      others.type = 'button';
      others.className = 'mt-2 underline';
      others.textContent = words.showOtherChoices;
      others.addEventListener('click', () => onOpen(facet));
      details.append(others);
    } else if (!showAll) {
      const more = document.createElement('button');
      more.type = 'button';
      more.className = 'mt-2 underline';
      more.textContent = words.showAll(values.length);
      more.addEventListener('click', () => {
        details.dataset.expanded = '';
        renderFacets(container, counts, state, onOpen, partial, language);
        container.querySelector<HTMLInputElement>(`details[data-facet="${facet}"] input`)?.focus();
      });
      details.append(more);
    }
    container.append(details);
  }
  if (refocus) container.querySelector<HTMLInputElement>(refocus)?.focus();
}
