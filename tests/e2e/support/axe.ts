import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.0/2.1 A and AA rules: what the site promises, and no best-practice extras. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/** Runs axe over the whole page as it is now and returns its violations. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Legacy mode runs axe.run in the page instead of finishing each run in a fresh blank page: about a third faster
  // over ~70 pages × 2 schemes. What it gives up is cross-origin iframe support; the site has none, and the same
  // test fails any request to another origin.
  return (await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze()).violations;
}

/** One block per violation: impact, rule, help link, then each offending element and axe's fix summary. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => {
        const summary = (n.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
        return `    - ${n.target.join(' ')}\n      ${summary}`;
      });
      return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
    })
    .join('\n');
}
