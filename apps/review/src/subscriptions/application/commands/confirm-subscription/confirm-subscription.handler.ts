import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { Transactions } from '@pb/persistence';
import type { Topic } from '../../../domain/topic';
import { SubscriptionLinkNotValidError } from '../../../domain/subscription.errors';
import { SubscriptionStore } from '../../ports/subscription.store';
import { hashConfirmToken } from '../subscribe/subscribe.handler';
import { ConfirmSubscriptionCommand } from './confirm-subscription.command';

/** The link in the confirmation mail: from now on the subscriber is mailed. */
@CommandHandler(ConfirmSubscriptionCommand)
export class ConfirmSubscriptionHandler implements ICommandHandler<ConfirmSubscriptionCommand, Topic> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: SubscriptionStore,
    private readonly clock: Clock,
  ) {}

  async execute({ token }: ConfirmSubscriptionCommand): Promise<Topic> {
    const confirmed = await this.transactions.run((tx) => this.store.confirm(tx, hashConfirmToken(token), this.clock.now()));
    if (!confirmed) throw new SubscriptionLinkNotValidError();
    return confirmed.topic;
  }
}
