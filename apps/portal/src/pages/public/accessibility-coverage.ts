/**
 * What the browser tests check with axe-core (e2e/accessibility.e2e-spec.ts, its page lists in
 * e2e/support/accessibility-pages.ts), as the accessibility statement quotes it. A unit spec
 * (statements.controller.spec.ts) fails when these figures and the lists drift apart.
 */
export const AXE_COVERAGE = {
  publicPages: 16,
  staffPages: 4,
  languages: 2,
  /** The rule sets the check runs (e2e/support/axe.ts). */
  ruleTags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
} as const;

/** The date the accessibility statement was drawn up (update it with the statement). */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-12-01';
