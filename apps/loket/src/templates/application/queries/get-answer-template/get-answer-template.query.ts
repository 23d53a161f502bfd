export class GetAnswerTemplateQuery {
  constructor(readonly id: string) {}
}
