import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AnalysisRepository } from '../../application/ports/analysis.repository';
import type { AnalysisRevision, ConsultationAnalysis } from '../../domain/consultation-analysis.aggregate';
import { applyToAssignments } from './analysis-assignments';
import { AnalysisMapper } from './analysis.mapper';
import { AnalysisOrmEntity, AnalysisRevisionOrmEntity } from './analysis.orm-entity';

const UNIQUE_VIOLATION = '23505';

export class ConcurrentAnalysisUpdateError extends Error {}

@Injectable()
export class TypeOrmAnalysisRepository extends AnalysisRepository {
  async queue(tx: EntityManager, analysis: ConsultationAnalysis): Promise<{ id: string; created: boolean }> {
    // The unique partial index `analyses_one_active` answers a second start (also one racing this
    // one in another transaction) with the analysis already under way.
    const [existing] = await tx.query(`SELECT id FROM analyses WHERE proposal_id = $1 AND status IN ('queued', 'running')`, [analysis.snapshot().proposalId]);
    if (existing) return { id: existing.id as string, created: false };
    const row = AnalysisMapper.toOrm(analysis);
    row.version = 1;
    try {
      await tx.query('SAVEPOINT analysis_queue');
      await tx.insert(AnalysisOrmEntity, row);
      await tx.query('RELEASE SAVEPOINT analysis_queue');
    } catch (err) {
      if ((err as { driverError?: { code?: string } }).driverError?.code !== UNIQUE_VIOLATION) throw err;
      await tx.query('ROLLBACK TO SAVEPOINT analysis_queue');
      const [winner] = await tx.query(`SELECT id FROM analyses WHERE proposal_id = $1 AND status IN ('queued', 'running')`, [row.proposalId]);
      return { id: winner.id as string, created: false };
    }
    return { id: row.id, created: true };
  }

  async find(tx: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<ConsultationAnalysis | null> {
    const row = await tx.findOne(AnalysisOrmEntity, { where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return row ? AnalysisMapper.toDomain(row) : null;
  }

  async save(tx: EntityManager, analysis: ConsultationAnalysis): Promise<void> {
    const row = AnalysisMapper.toOrm(analysis);
    const { id, version, proposalId: _p, requestedAt: _r, requestedBy: _b, ...changes } = row;
    const result = await tx.update(AnalysisOrmEntity, { id, version }, { ...changes, version: version + 1 });
    if (result.affected !== 1) throw new ConcurrentAnalysisUpdateError(`analysis ${id} changed concurrently`);
    const revisions = analysis.takeRevisions();
    if (revisions.length) await tx.insert(AnalysisRevisionOrmEntity, revisions.map((r) => AnalysisMapper.revisionToOrm(id, r)));
    await applyToAssignments(tx, analysis.snapshot(), revisions);
  }

  async latestId(tx: EntityManager, proposalId: string, signedOffOnly: boolean): Promise<string | null> {
    const [row] = await tx.query(`SELECT id FROM analyses WHERE proposal_id = $1 ${signedOffOnly ? `AND status = 'signed-off'` : ''} ORDER BY requested_at DESC, id LIMIT 1`, [proposalId]);
    return row ? (row.id as string) : null;
  }

  async revisions(tx: EntityManager, id: string): Promise<AnalysisRevision[]> {
    const rows = await tx.find(AnalysisRevisionOrmEntity, { where: { analysisId: id }, order: { seq: 'ASC' } });
    return rows.map(AnalysisMapper.revisionToDomain);
  }
}
