import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConsultationResponse } from '../../domain/consultation-response.aggregate';
import { AlreadyRespondedError } from '../../domain/response.errors';
import { ResponseRepository } from '../../application/ports/response.repository';
import { ResponseMapper } from './response.mapper';
import { ResponseOrmEntity } from './response.orm-entity';

const UNIQUE_VIOLATION = '23505';

export class ConcurrentUpdateError extends Error {}

@Injectable()
export class TypeOrmResponseRepository extends ResponseRepository {
  async insert(manager: EntityManager, response: ConsultationResponse): Promise<void> {
    await manager.insert(ResponseOrmEntity, ResponseMapper.toOrm(response));
  }

  async find(manager: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<ConsultationResponse | null> {
    const row = await manager.findOne(ResponseOrmEntity, { where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return row ? ResponseMapper.toDomain(row) : null;
  }

  async save(manager: EntityManager, response: ConsultationResponse): Promise<void> {
    // Only what a response's life changes; what was submitted (and what an erasure blanked) is
    // written once, by its own statement.
    const r = ResponseMapper.toOrm(response);
    const changes = {
      status: r.status,
      verifiedAt: r.verifiedAt,
      publishedAt: r.publishedAt,
      moderatedAt: r.moderatedAt,
      moderationReason: r.moderationReason,
      needsReview: r.needsReview,
      flagCount: r.flagCount,
      supportCount: r.supportCount,
      version: r.version,
    };
    const result = await manager.update(ResponseOrmEntity, { id: r.id, version: response.persistedVersion }, changes).catch((err: unknown) => {
      // The one-verified-response-per-address index (migration 1763900000410): two confirmations
      // of one address raced, and the other one won.
      if ((err as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) throw new AlreadyRespondedError();
      throw err;
    });
    if (result.affected !== 1) throw new ConcurrentUpdateError(`response ${r.id} changed concurrently`);
  }

  async hasVerifiedResponse(manager: EntityManager, proposalId: string, emailNormalised: string, except?: string): Promise<boolean> {
    // Served by the one-verified-response-per-address index (same predicate).
    const rows = await manager.query(
      `SELECT 1 FROM responses WHERE proposal_id = $1 AND email_normalised = $2 AND parent_id IS NULL AND verified_at IS NOT NULL AND id IS DISTINCT FROM $3 LIMIT 1`,
      [proposalId, emailNormalised, except ?? null],
    );
    return rows.length > 0;
  }
}
