import { Injectable } from '@nestjs/common';
import type { Tx } from '@pb/persistence';
import { erasureProgress } from '../../../domain/erasure';
import { ErasureRequests } from '../../ports/erasure-requests';
import { RecordErasureAnswerCommand } from './record-erasure-answer.command';

/**
 * Records each service's answer to an erasure request; the request is completed when the last
 * holder of personal data has answered (at the time of that answer). A repeated answer changes
 * nothing (first one wins: a service erases once per request, its inbox sees to that).
 *
 * Runs in the consumer's inbox transaction (hence the Tx, not the command bus), so the
 * answer is recorded exactly when the event counts as handled.
 */
@Injectable()
export class RecordErasureAnswerHandler {
  constructor(private readonly requests: ErasureRequests) {}

  /** Returns false when the request is not known here (nothing recorded). */
  async execute(tx: Tx, { erasureId, service, erased, answeredAt }: RecordErasureAnswerCommand): Promise<boolean> {
    if (!(await this.requests.lock(tx, erasureId))) return false;
    await this.requests.recordAnswer(tx, erasureId, { service, erased, answeredAt });
    const answers = await this.requests.answers(erasureId, tx);
    if (erasureProgress(answers).status === 'completed') await this.requests.complete(tx, erasureId);
    return true;
  }
}
