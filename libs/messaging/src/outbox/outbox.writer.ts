import { Injectable } from '@nestjs/common';
import { EventEnvelope, findEventClass } from '@pb/contracts';
import type { EntityManager } from 'typeorm';

export const OUTBOX_CHANNEL = 'pb_outbox';

/**
 * Appends events to the outbox inside the caller's transaction: the aggregate's state and its
 * outgoing events commit together or not at all. The NOTIFY is delivered only on commit and wakes
 * the relay at once.
 */
@Injectable()
export class OutboxWriter {
  async append(manager: EntityManager, events: EventEnvelope<object>[]): Promise<void> {
    if (!events.length) return;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside a transaction');
    }
    const rows = events.map((e) => {
      const cls = findEventClass(e.type, e.version);
      if (!cls) throw new Error(`Unknown event ${e.type} v${e.version}: add it to libs/contracts`);
      return [e.eventId, cls.topic, e.aggregateId, JSON.stringify(e), JSON.stringify({ 'x-correlation-id': e.correlationId })];
    });
    const placeholders = rows.map((_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`);
    await manager.query(
      `INSERT INTO outbox_messages (event_id, topic, message_key, envelope, headers) VALUES ${placeholders.join(', ')}`,
      rows.flat(),
    );
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  }
}
