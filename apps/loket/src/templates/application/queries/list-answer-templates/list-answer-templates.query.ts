export class ListAnswerTemplatesQuery {}
