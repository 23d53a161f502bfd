import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ErasedCounts } from '@pb/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { ErasureAnswerRecord, ErasureRequestRecord, ErasureRequests } from '../../application/ports/erasure-requests';

/** `erasure_requests` and `erasure_answers`, with parameterised SQL. */
@Injectable()
export class SqlErasureRequests extends ErasureRequests {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async insert(tx: EntityManager, r: { id: string; subjectHash: string; requestedBy: string; requestedAt: Date }): Promise<void> {
    await tx.query(`INSERT INTO erasure_requests (id, subject_hash, requested_by, requested_at) VALUES ($1, $2, $3, $4)`, [r.id, r.subjectHash, r.requestedBy, r.requestedAt]);
  }

  async lock(tx: EntityManager, id: string): Promise<boolean> {
    const [request] = await tx.query(`SELECT id FROM erasure_requests WHERE id = $1 FOR UPDATE`, [id]);
    return Boolean(request);
  }

  async recordAnswer(tx: EntityManager, id: string, a: ErasureAnswerRecord): Promise<void> {
    await tx.query(
      `INSERT INTO erasure_answers (erasure_id, service, erased, answered_at) VALUES ($1, $2, $3, $4) ON CONFLICT (erasure_id, service) DO NOTHING`,
      [id, a.service, JSON.stringify(a.erased), a.answeredAt],
    );
  }

  async complete(tx: EntityManager, id: string): Promise<void> {
    await tx.query(
      `UPDATE erasure_requests SET completed_at = (SELECT max(answered_at) FROM erasure_answers WHERE erasure_id = $1) WHERE id = $1 AND completed_at IS NULL`,
      [id],
    );
  }

  async answers(id: string, tx?: EntityManager): Promise<ErasureAnswerRecord[]> {
    const rows: { service: string; erased: ErasedCounts; answered_at: Date }[] = await (tx ?? this.dataSource.manager).query(
      `SELECT service, erased, answered_at FROM erasure_answers WHERE erasure_id = $1`,
      [id],
    );
    return rows.map((a) => ({ service: a.service, erased: a.erased, answeredAt: a.answered_at }));
  }

  async find(id: string): Promise<ErasureRequestRecord | null> {
    const [r]: { id: string; requested_by: string; requested_at: Date; completed_at: Date | null }[] = await this.dataSource.query(
      `SELECT id, requested_by, requested_at, completed_at FROM erasure_requests WHERE id = $1`,
      [id],
    );
    return r ? { id: r.id, requestedBy: r.requested_by, requestedAt: r.requested_at, completedAt: r.completed_at } : null;
  }

  async list(limit: number, offset: number): Promise<Omit<ErasureRequestRecord, 'requestedBy'>[]> {
    const rows: { id: string; requested_at: Date; completed_at: Date | null }[] = await this.dataSource.query(
      `SELECT id, requested_at, completed_at FROM erasure_requests ORDER BY requested_at DESC, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return rows.map((r) => ({ id: r.id, requestedAt: r.requested_at, completedAt: r.completed_at }));
  }
}
