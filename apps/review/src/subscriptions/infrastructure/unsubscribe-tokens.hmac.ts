import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { SubscriptionSettings } from '../application/ports/subscription.settings';
import { UnsubscribeTokens } from '../application/ports/unsubscribe-tokens';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `<subscription id>.<HMAC of it>`: checkable without a table, not makeable without the key. */
@Injectable()
export class HmacUnsubscribeTokens extends UnsubscribeTokens {
  constructor(private readonly settings: SubscriptionSettings) {
    super();
  }

  private mac(id: string): string {
    return createHmac('sha256', this.settings.pseudonymSecret).update(`unsubscribe:${id}`).digest('base64url');
  }

  tokenOf(subscriptionId: string): string {
    return `${subscriptionId}.${this.mac(subscriptionId)}`;
  }

  subscriptionOf(token: string): string | null {
    const [id, mac, ...rest] = token.split('.');
    if (rest.length > 0 || !id || !mac || !UUID.test(id)) return null;
    const expected = Buffer.from(this.mac(id));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
  }
}
