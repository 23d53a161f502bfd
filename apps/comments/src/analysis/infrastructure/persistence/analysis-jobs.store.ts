import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AnalysisJobs } from '../../application/ports/analysis-jobs.store';
import type { AnalysedQuestion, AnalysedResponse } from '../../domain/analyse-responses';

/** Which responses an analysis reads: confirmed, not rejected, not erased, top-level (replies are a conversation, not a response to the proposal). */
const analysed = (r: string): string => `${r}.verified_at IS NOT NULL AND ${r}.erased_at IS NULL AND ${r}.status <> 'rejected' AND ${r}.parent_id IS NULL`;

/**
 * At most this many characters of one attachment's text are analysed. A position paper of twenty
 * pages is about 60 000; the cap bounds the job's memory when a consultation receives hundreds of
 * long documents (the themes of a paper show in its first pages, and its vector is normalised anyway).
 */
const ATTACHMENT_TEXT_CHARS = 100_000;

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
    const rows: AnalysedResponse[] = await this.dataSource.query(`SELECT r.id, r.body, r.answers FROM responses r WHERE r.proposal_id = $1 AND ${analysed('r')} ORDER BY r.submitted_at, r.id`, [proposalId]);
    // The extracted text of their attachments (issue 11 item 4), and whether anyone can download the
    // file: its response is published and public (analysed responses are top-level, so no chain above).
    const attachments: { response_id: string; text: string; public: boolean }[] = await this.dataSource.query(
      `SELECT a.response_id, left(a.text, $2) AS text, (r.status = 'published' AND r.is_public) AS public
         FROM response_attachments a JOIN responses r ON r.id = a.response_id
        WHERE r.proposal_id = $1 AND ${analysed('r')} AND a.text_status = 'extracted' AND a.text IS NOT NULL
        ORDER BY a.response_id, a.position`,
      [proposalId, ATTACHMENT_TEXT_CHARS],
    );
    const byResponse = new Map<string, AnalysedResponse['attachments']>();
    for (const a of attachments) {
      const list = byResponse.get(a.response_id) ?? [];
      list.push({ text: a.text, public: a.public });
      byResponse.set(a.response_id, list);
    }
    return { questions, responses: rows.map((r) => (byResponse.has(r.id) ? { ...r, attachments: byResponse.get(r.id) } : r)) };
  }

  async responses(proposalId: string, ids: readonly string[]): Promise<AnalysedResponse[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(`SELECT id, body, answers FROM responses WHERE proposal_id = $1 AND id = ANY($2::uuid[]) AND erased_at IS NULL`, [proposalId, ids]);
  }
}
