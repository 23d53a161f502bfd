import { Injectable } from '@nestjs/common';
import { translatorFor } from '@pb/i18n';
import { MailOutbox } from '@pb/mail';
import { dutchLaw } from '@pb/regulations';
import type { EntityManager } from 'typeorm';
import type { FeedItem } from '../../domain/feed-item';
import { CONFIRMATION_DAYS, type Subscription } from '../../domain/subscription';
import type { Topic } from '../../domain/topic';
import { SubscriptionMailer } from '../../application/ports/subscription-mailer';
import { SubscriptionSettings } from '../../application/ports/subscription.settings';
import { UnsubscribeTokens } from '../../application/ports/unsubscribe-tokens';

/** The subscribers' mails, in the language of the form they used, through the review's mail outbox. */
@Injectable()
export class OutboxSubscriptionMailer extends SubscriptionMailer {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly settings: SubscriptionSettings,
    private readonly tokens: UnsubscribeTokens,
  ) {
    super();
  }

  private topicName(topic: Topic, t: ReturnType<typeof translatorFor>): string {
    const law = topic.kind === 'regulation' ? dutchLaw(topic.ref) : undefined;
    return t(`subscriptions:topic.${topic.kind}`, { ref: law ? `${law.title} (${topic.ref})` : topic.ref });
  }

  async confirmation(manager: EntityManager, s: Subscription, confirmToken: string): Promise<void> {
    const t = translatorFor(s.language);
    const topic = this.topicName(s.topic, t);
    const link = `${this.settings.publicBaseUrl}/abonnementen/bevestigen?token=${encodeURIComponent(confirmToken)}`;
    await this.outbox.enqueue(manager, {
      to: s.email,
      kind: 'review.subscription-confirmation',
      // The person is at the form, waiting for it.
      priority: 'waiting',
      subject: t('subscriptions:mail.confirm.subject', { topic }),
      text: t('subscriptions:mail.confirm.body', { topic, link, days: CONFIRMATION_DAYS }),
    });
  }

  async notice(manager: EntityManager, s: Subscription, item: FeedItem): Promise<void> {
    const t = translatorFor(s.language);
    const topic = this.topicName(s.topic, t);
    const unsubscribe = `${this.settings.publicBaseUrl}/abonnementen/opzeggen?token=${encodeURIComponent(this.tokens.tokenOf(s.id))}`;
    await this.outbox.enqueue(manager, {
      to: s.email,
      kind: 'review.subscription-notice',
      // One per subscriber of a topic: many at once, nobody waiting on one of them.
      priority: 'bulk',
      // RFC 8058: a mail client offers "unsubscribe" and POSTs `List-Unsubscribe=One-Click` to this
      // URL itself; the portal's POST /abonnementen/opzeggen takes that without a CSRF token.
      headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      subject: t('subscriptions:mail.notice.subject', { topic, title: item.title }),
      text: t('subscriptions:mail.notice.body', {
        topic,
        news: t(`subscriptions:news.${item.kind}`, { title: item.title }),
        link: `${this.settings.publicBaseUrl}${item.path}`,
        unsubscribe,
      }),
    });
  }
}
