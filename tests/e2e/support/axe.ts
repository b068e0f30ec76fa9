// axe over the current page with the WCAG 2.1 A/AA and best-practice rules: one line per violation, naming
// the screen, the rule and up to three offending elements (empty when there is none).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${screen}: ${v.id} (${v.impact ?? 'n/a'}) — ${v.help}\n      ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('\n      ')}`,
  );
}
