/**
 * The strategy's codes the events carry: a theme's code, the kinds of amendment.
 * The vocabulary files import nothing, so a service's domain may use them (docs/adr/0015: the
 * dependency rule domain-imports-only-its-domain-kernel-and-contract-vocabulary). The event
 * classes import their codes from here; @pb/contracts exports them as before.
 */

export const THEME_CODE_PATTERN = /^\d+(\.\d+){1,2}$/;

export const AMENDMENT_KINDS = ['add-action', 'change-action', 'retire-action', 'change-ambition'] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];
