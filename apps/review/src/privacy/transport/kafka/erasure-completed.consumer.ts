import { Inject, Injectable } from '@nestjs/common';
import { ErasedCounts, ErasureCompletedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer, MESSAGING_LOGGER } from '@pb/messaging';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { erasureProgress } from '../../domain/erasure';

/**
 * Records each service's answer to an erasure request; the request is completed when the last
 * holder of personal data has answered (at the time of that answer). A repeated answer changes
 * nothing (first one wins: a service erases once per request, its inbox sees to that).
 */
@Injectable()
export class ErasureCompletedConsumer implements EventConsumer {
  readonly events = [ErasureCompletedV1];

  constructor(@Inject(MESSAGING_LOGGER) private readonly logger: Logger) {}

  async handle(event: EventEnvelope<ErasureCompletedV1>, manager: EntityManager): Promise<void> {
    const { erasureId, service, erased } = event.payload;
    const [request] = await manager.query(`SELECT id FROM erasure_requests WHERE id = $1 FOR UPDATE`, [erasureId]);
    if (!request) {
      // Not asked for here (another deployment sharing the cluster): nothing to record.
      this.logger.warn({ erasureId, service }, 'an erasure answer for an unknown request is ignored');
      return;
    }
    await manager.query(
      `INSERT INTO erasure_answers (erasure_id, service, erased, answered_at) VALUES ($1, $2, $3, $4) ON CONFLICT (erasure_id, service) DO NOTHING`,
      [erasureId, service, JSON.stringify(erased), event.occurredAt],
    );
    const answers: { service: string; erased: ErasedCounts; answered_at: Date }[] = await manager.query(
      `SELECT service, erased, answered_at FROM erasure_answers WHERE erasure_id = $1`,
      [erasureId],
    );
    if (erasureProgress(answers.map((a) => ({ service: a.service, erased: a.erased, answeredAt: a.answered_at }))).status === 'completed') {
      await manager.query(
        `UPDATE erasure_requests SET completed_at = (SELECT max(answered_at) FROM erasure_answers WHERE erasure_id = $1) WHERE id = $1 AND completed_at IS NULL`,
        [erasureId],
      );
    }
  }
}
