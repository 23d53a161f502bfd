import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, keyedHash, normaliseEmailAddress } from '@pb/kernel';
import { Transactions } from '@pb/persistence';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { confirmationExpiry } from '../../../domain/subscription';
import { UnknownTopicError } from '../../../domain/subscription.errors';
import { isTopic } from '../../../domain/topic';
import { SubscriptionMailer } from '../../ports/subscription-mailer';
import { SubscriptionSettings } from '../../ports/subscription.settings';
import { SubscriptionStore } from '../../ports/subscription.store';
import { SubscribeCommand } from './subscribe.command';

export const hashConfirmToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Someone asks to be mailed about a topic. Nothing counts until they confirm from the mail (double
 * opt-in); asking again sends a fresh confirmation. The answer is the same whether or not the
 * address was subscribed already, so the form tells nobody who follows what.
 */
@CommandHandler(SubscribeCommand)
export class SubscribeHandler implements ICommandHandler<SubscribeCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: SubscriptionStore,
    private readonly mailer: SubscriptionMailer,
    private readonly settings: SubscriptionSettings,
    private readonly clock: Clock,
  ) {}

  async execute({ email, topicKind, topicRef, language }: SubscribeCommand): Promise<void> {
    if (!isTopic(topicKind, topicRef)) throw new UnknownTopicError();
    const now = this.clock.now();
    const token = randomBytes(24).toString('base64url');
    await this.transactions.run(async (tx) => {
      const subscription = await this.store.upsertPending(tx, {
        id: randomUUID(),
        email: email.trim(),
        emailHash: keyedHash(this.settings.pseudonymSecret, 'email', normaliseEmailAddress(email)),
        topic: { kind: topicKind, ref: topicRef },
        language,
        confirmTokenHash: hashConfirmToken(token),
        confirmExpiresAt: confirmationExpiry(now),
        createdAt: now,
      });
      await this.mailer.confirmation(tx, subscription, token);
    });
  }
}
