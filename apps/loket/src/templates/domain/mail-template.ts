import type { DomainFieldError } from '@pb/kernel';
import { InvalidTemplateError } from './templates.errors';
import { unknownPlaceholderErrors } from './placeholders';

/**
 * The reporter's mails whose subject and body an admin may rewrite, and what each may use. The
 * greeting, the personal link and the "link kwijt" line are not part of it: every mail keeps them,
 * so no edit can leave a reporter without their link. The outcome mail keeps its satisfaction
 * question too, and the mail about an original's outcome (to the reporters of its duplicates) is
 * not editable: it names another report.
 */
export const MAIL_TEMPLATE_PLACEHOLDERS = {
  received: ['reference', 'triageBy', 'answerBy'],
  triaged: ['reference', 'answerBy'],
  'in-handling': ['reference', 'answerBy'],
  question: ['reference', 'question'],
  'linked-duplicate': ['reference', 'original'],
  outcome: ['reference', 'outcome', 'explanation'],
  reopened: ['reference', 'answerBy'],
  'tracking-link': ['reference'],
} as const satisfies Record<string, readonly string[]>;

export type MailType = keyof typeof MAIL_TEMPLATE_PLACEHOLDERS;
export const MAIL_TYPES = Object.keys(MAIL_TEMPLATE_PLACEHOLDERS) as MailType[];

export const isMailType = (value: string): value is MailType => (MAIL_TYPES as string[]).includes(value);

export interface MailTemplateText {
  subject: string;
  body: string;
}

const SUBJECT_MAX = 200;
const BODY_MAX = 5000;

/** Subject and body as an admin may keep them for `type`; all problems per field at once. */
export function checkedMailTemplate(type: MailType, input: { subject?: string; body?: string }): MailTemplateText {
  const errors: DomainFieldError[] = [];
  const subject = input.subject?.trim() ?? '';
  const body = input.body?.trim() ?? '';
  // A subject is one line: a line break in it would be a header injection in the mail.
  if (subject.length === 0 || subject.length > SUBJECT_MAX || /[\r\n]/.test(subject)) errors.push({ field: 'subject', key: 'templates:errors.subject-length', params: { max: SUBJECT_MAX } });
  else errors.push(...unknownPlaceholderErrors({ subject }, MAIL_TEMPLATE_PLACEHOLDERS[type]));
  if (body.length === 0 || body.length > BODY_MAX) errors.push({ field: 'body', key: 'templates:errors.body-length', params: { max: BODY_MAX } });
  else errors.push(...unknownPlaceholderErrors({ body }, MAIL_TEMPLATE_PLACEHOLDERS[type]));
  if (errors.length > 0) throw new InvalidTemplateError(errors);
  return { subject, body };
}
