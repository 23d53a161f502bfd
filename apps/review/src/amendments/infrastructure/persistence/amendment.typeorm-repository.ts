import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AmendmentRepository } from '../../application/ports/amendment.repository';
import type { Amendment } from '../../domain/amendment';
import { AmendmentMapper } from './amendment.mapper';
import { AmendmentOrmEntity } from './amendment.orm-entity';

@Injectable()
export class TypeOrmAmendmentRepository extends AmendmentRepository {
  async insert(tx: EntityManager, amendment: Amendment): Promise<void> {
    await tx.insert(AmendmentOrmEntity, AmendmentMapper.toOrm(amendment));
  }

  async findById(tx: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<Amendment | null> {
    const row = await tx.findOne(AmendmentOrmEntity, { where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return row ? AmendmentMapper.toDomain(row) : null;
  }

  /** Writes what a decision changes; the proposal itself and the request link (set as a set by the revision request) stay as they are. */
  async save(tx: EntityManager, amendment: Amendment): Promise<void> {
    const { id, status, reason, decidedBy, decidedAt } = AmendmentMapper.toOrm(amendment);
    await tx.update(AmendmentOrmEntity, { id }, { status, reason, decidedBy, decidedAt });
  }
}
