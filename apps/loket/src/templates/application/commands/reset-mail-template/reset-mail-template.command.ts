import type { Language } from '@pb/i18n';

export class ResetMailTemplateCommand {
  constructor(
    readonly type: string,
    readonly language: Language,
    readonly by: string,
  ) {}
}
