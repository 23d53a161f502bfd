import type { SubscriberLanguage } from '../../../domain/subscription';

export class SubscribeCommand {
  constructor(
    readonly email: string,
    readonly topicKind: string,
    readonly topicRef: string,
    readonly language: SubscriberLanguage,
  ) {}
}
