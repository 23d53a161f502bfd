export class DeleteAnswerTemplateCommand {
  constructor(
    readonly id: string,
    readonly by: string,
  ) {}
}
