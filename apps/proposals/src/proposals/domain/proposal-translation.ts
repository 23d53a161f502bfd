import { DomainError, DomainFieldError } from '@pb/kernel';
import type { ProposalQuestion, ProposalState } from './proposal.aggregate';

/** The languages a proposal is translated into (Dutch is the original: what is consulted on). */
export const TRANSLATION_LANGUAGES = ['en'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** A question in translation: the text, and the labels of the options it translates (by the option's id). */
export interface TranslatedQuestion {
  id: string;
  text: string;
  options?: { id: string; label: string }[];
}

/**
 * A proposal's text in another language (issue 11 item 7). It is a courtesy to readers, not what
 * is consulted on: the Dutch text stays the text of record, so entering or correcting a
 * translation is no new text version and changes nothing respondents answered; its one event
 * (ProposalTranslated) carries only the title, which other services name the proposal by.
 * A question or option without a translation is shown in Dutch.
 */
export interface ProposalTranslation {
  lang: TranslationLanguage;
  title: string;
  summary: string;
  body: string;
  questions: TranslatedQuestion[];
  translatedAt: Date;
  translatedBy: string;
}

export type TranslationInput = Pick<ProposalTranslation, 'lang' | 'title' | 'summary' | 'body' | 'questions'>;

/** A translation of a withdrawn proposal: the page only says it was withdrawn. */
export class TranslationNotAllowedError extends DomainError {
  readonly code = 'PROPOSALS.TRANSLATION_NOT_ALLOWED';
  readonly kind = 'conflict' as const;
  constructor() {
    super('translations:errors.withdrawn');
  }
}

/** Questions or options of the translation that the proposal does not ask: each named by its field. */
export class TranslationDoesNotFitError extends DomainError {
  readonly code = 'PROPOSALS.TRANSLATION_DOES_NOT_FIT';
  readonly kind = 'invalid' as const;
  constructor(override readonly fieldErrors: DomainFieldError[]) {
    super('translations:errors.doesNotFit');
  }
}

/**
 * Checks a translation against the proposal it translates: any status but withdrawn (a draft is
 * translated before publishing, a published one corrected later); each question and option once,
 * and only those the proposal has. Gives what is stored, questions in the proposal's order.
 */
export function translate(proposal: Pick<ProposalState, 'status' | 'questions'>, input: TranslationInput, by: string, now: Date): ProposalTranslation {
  if (proposal.status === 'withdrawn') throw new TranslationNotAllowedError();
  const asked = new Map<string, ProposalQuestion>(proposal.questions.map((q) => [q.id, q]));
  const problems: DomainFieldError[] = [];
  const seen = new Set<string>();
  input.questions.forEach((q, i) => {
    const original = asked.get(q.id);
    if (!original) return void problems.push({ field: `questions.${i}.id`, key: 'translations:errors.unknownQuestion' });
    if (seen.has(q.id)) return void problems.push({ field: `questions.${i}.id`, key: 'translations:errors.questionTwice' });
    seen.add(q.id);
    const options = new Set((original.options ?? []).map((o) => o.id));
    const seenOptions = new Set<string>();
    (q.options ?? []).forEach((o, j) => {
      if (!options.has(o.id) || seenOptions.has(o.id)) problems.push({ field: `questions.${i}.options.${j}.id`, key: 'translations:errors.unknownOption' });
      seenOptions.add(o.id);
    });
  });
  if (problems.length) throw new TranslationDoesNotFitError(problems);
  const order = proposal.questions.map((q) => q.id);
  const questions = [...input.questions]
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
    .map((q) => ({ id: q.id, text: q.text, ...(q.options?.length ? { options: q.options.map((o) => ({ id: o.id, label: o.label })) } : {}) }));
  return { lang: input.lang, title: input.title, summary: input.summary, body: input.body, questions, translatedAt: now, translatedBy: by };
}
