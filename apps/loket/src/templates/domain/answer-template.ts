import { OUTCOMES } from '@pb/contracts/vocabulary';
import type { DomainFieldError } from '@pb/kernel';
import { InvalidTemplateError } from './templates.errors';
import { unknownPlaceholderErrors } from './placeholders';

/** What a standard answer is for: resolving with one of the outcomes, or asking the reporter a question. */
export const ANSWER_PURPOSES = [...OUTCOMES, 'question'] as const;
export type AnswerPurpose = (typeof ANSWER_PURPOSES)[number];

/** What an answer template may use; the official's report page fills them in before the official edits the text. */
export const ANSWER_PLACEHOLDERS = ['reference', 'regulation', 'department'] as const;

export interface AnswerTemplateDraft {
  purpose: AnswerPurpose;
  /** The admin's name for it, shown in the official's list. */
  title: string;
  body: string;
}

export interface AnswerTemplate extends AnswerTemplateDraft {
  id: string;
}

/** The limits of the texts the official's forms accept (a resolution explanation: at most 10 000 characters). */
const TITLE_MAX = 120;
const BODY_MAX = 10000;

/** A template as an admin may keep it; all problems per field at once. */
export function checkedAnswerTemplate(input: { purpose?: string; title?: string; body?: string }): AnswerTemplateDraft {
  const errors: DomainFieldError[] = [];
  const purpose = input.purpose?.trim() ?? '';
  const title = input.title?.trim() ?? '';
  const body = input.body?.trim() ?? '';
  if (!(ANSWER_PURPOSES as readonly string[]).includes(purpose)) errors.push({ field: 'purpose', key: 'templates:errors.unknown-purpose' });
  if (title.length === 0 || title.length > TITLE_MAX) errors.push({ field: 'title', key: 'templates:errors.title-length', params: { max: TITLE_MAX } });
  if (body.length === 0 || body.length > BODY_MAX) errors.push({ field: 'body', key: 'templates:errors.body-length', params: { max: BODY_MAX } });
  else errors.push(...unknownPlaceholderErrors({ body }, ANSWER_PLACEHOLDERS));
  if (errors.length > 0) throw new InvalidTemplateError(errors);
  return { purpose: purpose as AnswerPurpose, title, body };
}
