import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/**
 * Injects axe-core into the page and runs the WCAG 2.0/2.1 A and AA rules. The page's CSP allows
 * only same-origin scripts, so axe is added through the DevTools protocol (addScriptTag would be
 * blocked), via page.evaluate of its source.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  // A string expression: this file is compiled without the DOM library.
  const result = (await page.evaluate(`(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  })()`)) as AxeViolation[];
  return result;
}

/** A readable one-line-per-node summary, so a failing assertion says what to fix. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} @ ${JSON.stringify(n.target)}`));
}
