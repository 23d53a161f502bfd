import type { AnswerTemplateInput } from '../create-answer-template/create-answer-template.command';

export class UpdateAnswerTemplateCommand {
  constructor(
    readonly id: string,
    readonly template: AnswerTemplateInput,
    readonly by: string,
  ) {}
}
