import type { Language } from '@pb/i18n';

export class PutMailTemplateCommand {
  constructor(
    readonly type: string,
    readonly language: Language,
    readonly template: { subject?: string; body?: string },
    readonly by: string,
  ) {}
}
