import { Injectable } from '@nestjs/common';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { EntityManager } from 'typeorm';
import { Proposal, ProposalState, ProposalStatus } from '../domain/proposal.aggregate';

/** A `proposals` row as pg returns it. */
interface ProposalDbRow {
  id: string;
  status: ProposalState['status'];
  title: string;
  summary: string;
  body: string;
  theme: string;
  strategy_version: string;
  questions: ProposalState['questions'];
  documents: ProposalState['documents'];
  opens_at: Date;
  closes_at: Date;
  moderation: ProposalState['moderation'];
  created_by: string;
  created_at: Date;
  published_at: Date | null;
  opened_at: Date | null;
  closed_at: Date | null;
  answered_at: Date | null;
  report: ProposalState['report'];
  version: number;
  response_count?: number;
}

const toState = (r: ProposalDbRow): ProposalState => ({
  id: r.id,
  status: r.status,
  title: r.title,
  summary: r.summary,
  body: r.body,
  theme: r.theme,
  strategyVersion: r.strategy_version,
  questions: r.questions,
  documents: r.documents,
  opensAt: new Date(r.opens_at),
  closesAt: new Date(r.closes_at),
  moderation: r.moderation,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  publishedAt: r.published_at ? new Date(r.published_at) : null,
  openedAt: r.opened_at ? new Date(r.opened_at) : null,
  closedAt: r.closed_at ? new Date(r.closed_at) : null,
  answeredAt: r.answered_at ? new Date(r.answered_at) : null,
  report: r.report,
  version: r.version,
});

export class ConcurrentUpdateError extends Error {}

export interface ProposalRow extends ProposalState {
  responseCount: number;
}

@Injectable()
export class ProposalStore {
  async insert(manager: EntityManager, p: Proposal): Promise<void> {
    const s = p.snapshot();
    await manager.query(
      `INSERT INTO proposals (id, status, title, summary, body, theme, strategy_version, questions, documents, opens_at, closes_at, moderation, created_by, created_at, version)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
      [s.id, s.status, s.title, s.summary, s.body, s.theme, s.strategyVersion, JSON.stringify(s.questions), JSON.stringify(s.documents), s.opensAt, s.closesAt, s.moderation, s.createdBy, s.createdAt, s.version],
    );
  }

  /** Loads with a row lock: the caller's transaction owns the proposal until it commits. */
  async findForUpdate(manager: EntityManager, id: string): Promise<Proposal | null> {
    const [row] = await manager.query(`SELECT * FROM proposals WHERE id = $1 FOR UPDATE`, [id]);
    return row ? Proposal.restore(toState(row)) : null;
  }

  async update(manager: EntityManager, p: Proposal, expectedVersion: number): Promise<void> {
    const s = p.snapshot();
    const [rows] = await manager.query(
      `UPDATE proposals SET status = $2, published_at = $3, answered_at = $4, report = $5, version = $6 WHERE id = $1 AND version = $7 RETURNING id`,
      [s.id, s.status, s.publishedAt, s.answeredAt, s.report ? JSON.stringify(s.report) : null, s.version, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError(`proposal ${s.id} changed concurrently`);
  }

  async get(manager: EntityManager, id: string): Promise<ProposalRow | null> {
    const [row] = await manager.query(
      `SELECT p.*, (SELECT count(*)::int FROM proposal_responses r WHERE r.proposal_id = p.id) AS response_count FROM proposals p WHERE p.id = $1`,
      [id],
    );
    return row ? { ...toState(row), responseCount: row.response_count } : null;
  }

  /** Newest opening first; keyset on (opens_at, created_at, id), all descending. */
  async list(manager: EntityManager, filter: { statuses: ProposalStatus[]; theme?: string }, page: PageRequest): Promise<KeysetPage<ProposalRow>> {
    const [opensAt, createdAt, id] = page.after ?? [null, null, null];
    const rows: (ProposalDbRow & { cursor_opens: string; cursor_created: string })[] = await manager.query(
      `SELECT p.*, (SELECT count(*)::int FROM proposal_responses r WHERE r.proposal_id = p.id) AS response_count,
              ${cursorTimestamp('p.opens_at')} AS cursor_opens, ${cursorTimestamp('p.created_at')} AS cursor_created
         FROM proposals p WHERE p.status = ANY($1) AND ($2::text IS NULL OR p.theme = $2)
          AND ($3::timestamptz IS NULL OR (p.opens_at, p.created_at, p.id) < ($3::timestamptz, $4::timestamptz, $5::uuid))
        ORDER BY p.opens_at DESC, p.created_at DESC, p.id DESC LIMIT $6`,
      [filter.statuses, filter.theme ?? null, opensAt, createdAt, id, page.limit + 1],
    );
    return keysetPage(rows, page.limit, (r) => [r.cursor_opens, r.cursor_created, r.id], (r) => ({ ...toState(r), responseCount: r.response_count ?? 0 }));
  }

  /** Response ids among `ids` that were counted for this proposal. */
  async knownResponses(manager: EntityManager, proposalId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { response_id: string }[] = await manager.query(`SELECT response_id FROM proposal_responses WHERE proposal_id = $1 AND response_id = ANY($2::uuid[])`, [proposalId, ids]);
    return new Set(rows.map((r) => r.response_id));
  }
}
