/** The template as the admin sent it; checked by the domain (all problems per field at once). */
export interface AnswerTemplateInput {
  purpose?: string;
  title?: string;
  body?: string;
}

export class CreateAnswerTemplateCommand {
  constructor(
    readonly template: AnswerTemplateInput,
    /** The admin's pseudonymous token subject, for the log. */
    readonly by: string,
  ) {}
}
