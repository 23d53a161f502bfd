import { DomainError } from '@pb/kernel';
import type { DataSource } from 'typeorm';
import { OutboxRelay } from './outbox.relay';

export interface ParkedEvent {
  /** The row's place in the outbox; the id of the re-queue action. */
  position: string;
  eventId: string;
  type: string;
  topic: string;
  aggregateId: string;
  createdAt: string;
  parkedAt: string;
  /** What Kafka answered, or which parked row of the same aggregate this one waits behind. */
  reason: string;
  /** Position of the refused row it is held behind (null: refused itself). */
  heldBehind: string | null;
  /** Size of the serialised event: the usual refusal is "too large". */
  bytes: number;
}

export class ParkedEventNotFoundError extends DomainError {
  readonly code = 'outbox.parked-event-not-found';
  readonly kind = 'not-found' as const;
  constructor() {
    super('errors:outbox.parked-event-not-found');
  }
}

const POSITION = /^[1-9][0-9]{0,17}$/;

/**
 * The admin's view of the outbox rows the relay parked, and the way back: a re-queue releases a
 * row and everything held behind it on the same aggregate, in their original order (the relay
 * publishes by position). A row that is still refused is parked again, with the new answer.
 * Only ids, types and sizes are shown; the event itself stays in the database.
 */
export class ParkedEvents {
  constructor(private readonly dataSource: DataSource, private readonly relay: OutboxRelay) {}

  async list(limit: number): Promise<{ items: ParkedEvent[]; total: number }> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT position::text AS position, event_id, envelope->>'type' AS type, topic, message_key, created_at, parked_at,
              parked_reason, held_behind::text AS held_behind, octet_length(envelope::text) AS bytes
         FROM outbox_messages WHERE parked_at IS NOT NULL ORDER BY position LIMIT $1`,
      [limit],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM outbox_messages WHERE parked_at IS NOT NULL`);
    return {
      total,
      items: rows.map((r) => ({
        position: r.position as string,
        eventId: r.event_id as string,
        type: r.type as string,
        topic: r.topic as string,
        aggregateId: r.message_key as string,
        createdAt: (r.created_at as Date).toISOString(),
        parkedAt: (r.parked_at as Date).toISOString(),
        reason: r.parked_reason as string,
        heldBehind: (r.held_behind as string | null) ?? null,
        bytes: Number(r.bytes),
      })),
    };
  }

  /**
   * Releases the parked row at `position` and the parked rows after it of the same aggregate.
   * Re-queueing a held row alone would only get it held again, so its head is released with it.
   */
  async requeue(position: string): Promise<{ requeued: number }> {
    if (!POSITION.test(position)) throw new ParkedEventNotFoundError();
    const released: unknown[] = await this.dataSource.query(
      `WITH target AS (
         SELECT message_key, coalesce(held_behind, position) AS head FROM outbox_messages WHERE position = $1 AND parked_at IS NOT NULL
       )
       UPDATE outbox_messages o SET parked_at = NULL, parked_reason = NULL, held_behind = NULL
         FROM target t
        WHERE o.message_key = t.message_key AND o.parked_at IS NOT NULL AND o.position >= t.head
       RETURNING o.position`,
      [position],
    );
    const requeued = Array.isArray(released[0]) ? (released[0] as unknown[]).length : released.length;
    if (!requeued) throw new ParkedEventNotFoundError();
    await this.relay.refreshParkedGauge();
    this.relay.kick();
    return { requeued };
  }
}
