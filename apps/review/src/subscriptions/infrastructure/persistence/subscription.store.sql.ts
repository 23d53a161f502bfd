import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SubscriberLanguage, Subscription, SubscriptionStatus } from '../../domain/subscription';
import type { Topic, TopicKind } from '../../domain/topic';
import { NewSubscription, SubscriptionStore } from '../../application/ports/subscription.store';

interface Row {
  id: string;
  email: string;
  topic_kind: TopicKind;
  topic_ref: string;
  language: SubscriberLanguage;
  status: SubscriptionStatus;
}

const toSubscription = (r: Row): Subscription => ({ id: r.id, email: r.email, topic: { kind: r.topic_kind, ref: r.topic_ref }, language: r.language, status: r.status });

@Injectable()
export class SqlSubscriptionStore extends SubscriptionStore {
  async upsertPending(manager: EntityManager, s: NewSubscription): Promise<Subscription> {
    // The address as last typed and the language of the last form win; an active one stays active.
    const rows: Row[] = await manager.query(
      `INSERT INTO subscriptions (id, email, email_hash, topic_kind, topic_ref, language, status, confirm_token_hash, confirm_expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $9)
       ON CONFLICT (email_hash, topic_kind, topic_ref) DO UPDATE
         SET email = EXCLUDED.email, language = EXCLUDED.language,
             confirm_token_hash = EXCLUDED.confirm_token_hash, confirm_expires_at = EXCLUDED.confirm_expires_at
       RETURNING id, email, topic_kind, topic_ref, language, status`,
      [s.id, s.email, s.emailHash, s.topic.kind, s.topic.ref, s.language, s.confirmTokenHash, s.confirmExpiresAt, s.createdAt],
    );
    return toSubscription(rows[0]);
  }

  async confirm(manager: EntityManager, tokenHash: string, now: Date): Promise<Subscription | null> {
    const [rows]: [Row[], number] = await manager.query(
      `UPDATE subscriptions SET status = 'active', confirmed_at = COALESCE(confirmed_at, $2), confirm_token_hash = NULL, confirm_expires_at = NULL
       WHERE confirm_token_hash = $1 AND confirm_expires_at > $2
       RETURNING id, email, topic_kind, topic_ref, language, status`,
      [tokenHash, now],
    );
    return rows[0] ? toSubscription(rows[0]) : null;
  }

  async delete(manager: EntityManager, id: string): Promise<boolean> {
    const [, count]: [unknown, number] = await manager.query(`DELETE FROM subscriptions WHERE id = $1`, [id]);
    return count > 0;
  }

  async deleteByEmailHash(manager: EntityManager, emailHash: string): Promise<number> {
    const [, count]: [unknown, number] = await manager.query(`DELETE FROM subscriptions WHERE email_hash = $1`, [emailHash]);
    return count;
  }

  async deleteUnconfirmed(manager: EntityManager, now: Date): Promise<number> {
    const [, count]: [unknown, number] = await manager.query(`DELETE FROM subscriptions WHERE status = 'pending' AND confirm_expires_at <= $1`, [now]);
    return count;
  }

  async activeOf(manager: EntityManager, topic: Topic): Promise<Subscription[]> {
    const rows: Row[] = await manager.query(
      `SELECT id, email, topic_kind, topic_ref, language, status FROM subscriptions WHERE topic_kind = $1 AND topic_ref = $2 AND status = 'active' ORDER BY created_at, id`,
      [topic.kind, topic.ref],
    );
    return rows.map(toSubscription);
  }
}
