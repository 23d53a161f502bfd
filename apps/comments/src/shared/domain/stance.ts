/**
 * How a response stands on a question, as the analysis reads it (analysis/domain/stance.ts). Here
 * because the reading room (responses) filters on it too and an area's domain reads no other's.
 */
export const STANCES = ['for', 'against', 'mixed', 'unclear'] as const;
export type Stance = (typeof STANCES)[number];

/** The pseudo-question under which the stance of a response's main text is kept. */
export const BODY_QUESTION = 'body';
