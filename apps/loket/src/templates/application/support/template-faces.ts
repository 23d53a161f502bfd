import { Injectable } from '@nestjs/common';
import type { Language } from '@pb/i18n';
import type { Tx } from '@pb/persistence';
import { isMailType } from '../../domain/mail-template';
import { fillPlaceholders } from '../../domain/placeholders';
import { AnswerTemplates, AnswerTemplateValues, FilledAnswerTemplate } from '../ports/answer-templates';
import { MailTemplateOverrides } from '../ports/mail-template-overrides';
import { AnswerTemplateStore, MailTemplateStore } from '../ports/template.stores';

@Injectable()
export class StoredAnswerTemplates extends AnswerTemplates {
  constructor(private readonly store: AnswerTemplateStore) {
    super();
  }

  async filledFor(manager: Tx, values: AnswerTemplateValues): Promise<FilledAnswerTemplate[]> {
    const templates = await this.store.list(manager);
    return templates.map((t) => ({ id: t.id, purpose: t.purpose, title: t.title, text: fillPlaceholders(t.body, { ...values }) }));
  }
}

@Injectable()
export class StoredMailTemplateOverrides extends MailTemplateOverrides {
  constructor(private readonly store: MailTemplateStore) {
    super();
  }

  async render(manager: Tx, type: string, language: Language, values: Readonly<Record<string, string>>): Promise<{ subject: string; body: string } | null> {
    if (!isMailType(type)) return null;
    const template = await this.store.find(manager, type, language);
    if (!template) return null;
    return { subject: fillPlaceholders(template.subject, values), body: fillPlaceholders(template.body, values) };
  }
}
