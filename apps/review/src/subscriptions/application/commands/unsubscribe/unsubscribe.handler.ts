import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { SubscriptionLinkNotValidError } from '../../../domain/subscription.errors';
import { SubscriptionStore } from '../../ports/subscription.store';
import { UnsubscribeTokens } from '../../ports/unsubscribe-tokens';
import { UnsubscribeCommand } from './unsubscribe.command';

/**
 * One click from any mail: the subscription is deleted with its address. Unsubscribing twice
 * (a mail client's one-click POST, then the person's own click) is not an error.
 */
@CommandHandler(UnsubscribeCommand)
export class UnsubscribeHandler implements ICommandHandler<UnsubscribeCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: SubscriptionStore,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async execute({ token }: UnsubscribeCommand): Promise<void> {
    const id = this.tokens.subscriptionOf(token);
    if (!id) throw new SubscriptionLinkNotValidError();
    await this.transactions.run((tx) => this.store.delete(tx, id));
  }
}
