import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { Failure } from './failure.ts';
import type { Page } from './pages.ts';

/** html-validate settings for Astro's static output: the recommended preset, loosened only where noted. */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // A source-style rule about whitespace-only line ends; it says nothing about the HTML itself.
    'no-trailing-whitespace': 'off',
    // Phone links are kept on one line with Tailwind's `whitespace-nowrap` class (white-space: nowrap), which does
    // what the rule's `&nbsp;` would; the rule accepts such a class when told its name.
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap'] }],
    // Search engines truncate titles past ~60-70 characters; that is a content choice (a long location name plus the
    // site name), not invalid HTML, so it is reported as a warning rather than failing the check.
    'long-title': 'warn',
  },
};

export type ValidityResult = { errors: Failure[]; warnings: Failure[] };

/** Validates each page's HTML with html-validate and returns every error and warning with its position and selector. */
export async function checkHtmlValidity(
  pages: readonly Pick<Page, 'file' | 'html'>[],
  config: ConfigData = HTML_VALIDATE_CONFIG,
): Promise<ValidityResult> {
  // A static loader ignores any .htmlvalidate.json lying around, so results depend only on this config.
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const result: ValidityResult = { errors: [], warnings: [] };
  for (const { file, html } of pages) {
    const report = await validator.validateString(html, file);
    for (const message of report.results.flatMap((r) => r.messages)) {
      const failure: Failure = {
        file,
        line: message.line,
        column: message.column,
        selector: message.selector ?? undefined,
        rule: `html-validate/${message.ruleId}`,
        message: message.message,
      };
      (message.severity >= 2 ? result.errors : result.warnings).push(failure);
    }
  }
  return result;
}
