export class GetFeedQuery {
  constructor(
    readonly topicKind: string,
    readonly topicRef: string,
    readonly limit = 50,
  ) {}
}
