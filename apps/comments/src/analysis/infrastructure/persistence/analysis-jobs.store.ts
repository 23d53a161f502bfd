import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AnalysisJobs } from '../../application/ports/analysis-jobs.store';
import type { AnalysedQuestion, AnalysedResponse } from '../../domain/analyse-responses';

/** Which responses an analysis reads: confirmed, not rejected, not erased, top-level (replies are a conversation, not a response to the proposal). */
const ANALYSED = `verified_at IS NOT NULL AND erased_at IS NULL AND status <> 'rejected' AND parent_id IS NULL`;

/** Claims, leases and the reading of responses for the analysis job, with parameterised SQL. */
@Injectable()
export class SqlAnalysisJobs extends AnalysisJobs {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async claim(leaseSeconds: number): Promise<{ id: string; proposalId: string; attempts: number } | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [{ id: string; proposal_id: string; attempts: number }[], number] = await this.dataSource.query(
      `UPDATE analyses SET status = 'running', lease_until = now() + make_interval(secs => $1), attempts = attempts + 1
        WHERE id = (SELECT id FROM analyses WHERE status IN ('queued', 'running') AND (lease_until IS NULL OR lease_until < now())
                     ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, proposal_id, attempts`,
      [leaseSeconds],
    );
    const row = rows[0];
    return row ? { id: row.id, proposalId: row.proposal_id, attempts: row.attempts } : null;
  }

  async extendLease(id: string, leaseSeconds: number): Promise<void> {
    await this.dataSource.query(`UPDATE analyses SET lease_until = now() + make_interval(secs => $2) WHERE id = $1 AND status = 'running'`, [id, leaseSeconds]);
  }

  async questions(proposalId: string): Promise<AnalysedQuestion[] | null> {
    const [row] = await this.dataSource.query(`SELECT questions FROM proposal_projection WHERE proposal_id = $1`, [proposalId]);
    return row ? (row.questions as AnalysedQuestion[]) : null;
  }

  async source(proposalId: string): Promise<{ questions: AnalysedQuestion[]; responses: AnalysedResponse[] }> {
    const questions = (await this.questions(proposalId)) ?? [];
    const rows: AnalysedResponse[] = await this.dataSource.query(`SELECT id, body, answers FROM responses WHERE proposal_id = $1 AND ${ANALYSED} ORDER BY submitted_at, id`, [proposalId]);
    return { questions, responses: rows };
  }

  async responses(proposalId: string, ids: readonly string[]): Promise<AnalysedResponse[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(`SELECT id, body, answers FROM responses WHERE proposal_id = $1 AND id = ANY($2::uuid[]) AND erased_at IS NULL`, [proposalId, ids]);
  }
}
