import type { Language } from '@pb/i18n';
import type { EntityManager } from 'typeorm';
import type { AnswerTemplate, AnswerTemplateDraft } from '../../domain/answer-template';
import type { MailTemplateText, MailType } from '../../domain/mail-template';

/** The standard answers admins keep, per purpose. */
export abstract class AnswerTemplateStore {
  /** Ordered by purpose, then title. */
  abstract list(manager: EntityManager): Promise<AnswerTemplate[]>;
  abstract find(manager: EntityManager, id: string): Promise<AnswerTemplate | null>;
  abstract insert(manager: EntityManager, template: AnswerTemplate, at: Date): Promise<void>;
  /** False when there is no such template. */
  abstract update(manager: EntityManager, id: string, draft: AnswerTemplateDraft, at: Date): Promise<boolean>;
  abstract remove(manager: EntityManager, id: string): Promise<boolean>;
}

export interface StoredMailTemplate extends MailTemplateText {
  type: MailType;
  language: Language;
  updatedAt: Date;
}

/** The admins' rewrites of the reporter's mails, one per mail type and language. */
export abstract class MailTemplateStore {
  abstract list(manager: EntityManager): Promise<StoredMailTemplate[]>;
  abstract find(manager: EntityManager, type: MailType, language: Language): Promise<StoredMailTemplate | null>;
  abstract put(manager: EntityManager, template: StoredMailTemplate): Promise<void>;
  /** False when there was no rewrite. */
  abstract remove(manager: EntityManager, type: MailType, language: Language): Promise<boolean>;
}
