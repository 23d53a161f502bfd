/**
 * A consultation's codes the events carry: moderation modes, decisions and reasons, question
 * kinds and the scale, response statuses.
 * The vocabulary files import nothing, so a service's domain may use them (docs/adr/0015: the
 * dependency rule domain-imports-only-its-domain-kernel-and-contract-vocabulary). The event
 * classes import their codes from here; @pb/contracts exports them as before.
 */

export const MODERATION_DECISIONS = ['publish', 'reject'] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** Reasons a moderator may give for rejecting (hiding) a response; the author is told which. */
export const MODERATION_REASONS = ['off-topic', 'offensive', 'personal-data', 'spam', 'illegal', 'duplicate'] as const;
export type ModerationReason = (typeof MODERATION_REASONS)[number];

/** Moderation of a consultation: before responses show (`pre`) or after (`post`). */
export const MODERATION_MODES = ['pre', 'post'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

/**
 * The kinds of question a proposal asks (issue 11 item 6): free text, one option, any options, or
 * a scale from 1 to 5. A v1 question (no kind) is free text.
 */
export const QUESTION_KINDS = ['text', 'single-choice', 'multiple-choice', 'scale'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
/** The scale's ends: every scale question runs from 1 to 5. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export const RESPONSE_STATUSES = ['awaiting-verification', 'pending-moderation', 'published', 'rejected'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
