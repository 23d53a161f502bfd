import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProposalRepository, ProposalTransition } from '../../application/ports/proposal.repository';
import type { Proposal } from '../../domain/proposal.aggregate';
import type { AnchoredParagraph } from '../../domain/proposal-text';
import { ProposalMapper } from './proposal.mapper';
import { ProposalOrmEntity } from './proposal.orm-entity';

export class ConcurrentUpdateError extends Error {}

interface TransitionRow {
  id: string;
  theme: string;
  opens_at: Date;
  closes_at: Date;
  version: number;
}

const toTransition = (r: TransitionRow): ProposalTransition => ({ id: r.id, theme: r.theme, opensAt: new Date(r.opens_at), closesAt: new Date(r.closes_at), version: r.version });

/**
 * The proposal aggregate through its ORM entity; the set-based work (the response projection, the
 * scheduler's bulk transitions) in SQL.
 */
@Injectable()
export class ProposalStore extends ProposalRepository {
  async insert(tx: EntityManager, proposal: Proposal): Promise<void> {
    await tx.insert(ProposalOrmEntity, ProposalMapper.toOrm(proposal));
  }

  async findForUpdate(tx: EntityManager, id: string): Promise<Proposal | null> {
    const row = await tx.findOne(ProposalOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return row ? ProposalMapper.toDomain(row) : null;
  }

  async save(tx: EntityManager, proposal: Proposal, expectedVersion: number): Promise<void> {
    // Everything a command may change; opened_at / closed_at are the scheduler's conditional updates
    // (the row is locked by findForUpdate, so what was loaded is what is there).
    const { id, openedAt: _opened, closedAt: _closed, createdAt: _created, createdBy: _by, ...changes } = ProposalMapper.toOrm(proposal);
    const result = await tx.update(ProposalOrmEntity, { id, version: expectedVersion }, changes);
    if (result.affected !== 1) throw new ConcurrentUpdateError(`proposal ${id} changed concurrently`);
  }

  async keepTextVersion(tx: EntityManager, proposalId: string, text: { version: number; body: string; paragraphs: AnchoredParagraph[] }, replacedAt: Date): Promise<void> {
    await tx.query(
      `INSERT INTO proposal_text_versions (proposal_id, version, body, paragraphs, replaced_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [proposalId, text.version, text.body, JSON.stringify(text.paragraphs), replacedAt],
    );
  }

  async knownResponses(tx: EntityManager, proposalId: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { response_id: string }[] = await tx.query(`SELECT response_id FROM proposal_responses WHERE proposal_id = $1 AND response_id = ANY($2::uuid[])`, [proposalId, ids]);
    return new Set(rows.map((r) => r.response_id));
  }

  async countResponse(tx: EntityManager, r: { responseId: string; proposalId: string; countedAt: string }): Promise<void> {
    await tx.query(`INSERT INTO proposal_responses (response_id, proposal_id, counted_at) VALUES ($1, $2, $3) ON CONFLICT (response_id) DO NOTHING`, [r.responseId, r.proposalId, r.countedAt]);
  }

  async openDue(tx: EntityManager, now: Date, limit: number): Promise<ProposalTransition[]> {
    const [rows] = await tx.query(
      `WITH due AS (
         SELECT id FROM proposals WHERE status = 'scheduled' AND opens_at <= $1 ORDER BY opens_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE proposals p SET status = 'open', opened_at = $1, version = p.version + 1
         FROM due WHERE p.id = due.id AND p.status = 'scheduled'
       RETURNING p.id, p.theme, p.opens_at, p.closes_at, p.version`,
      [now, limit],
    );
    return (rows as TransitionRow[]).map(toTransition);
  }

  /**
   * Closes once the closing second has passed: a response in the closing second itself still counts
   * (closesAt 23:59:59 closes at 00:00:00), the same rule the comments service applies.
   */
  async closeDue(tx: EntityManager, now: Date, limit: number): Promise<ProposalTransition[]> {
    const [rows] = await tx.query(
      `WITH due AS (
         SELECT id FROM proposals WHERE status = 'open' AND closes_at < date_trunc('second', $1::timestamptz) ORDER BY closes_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE proposals p SET status = 'closed', closed_at = $1, version = p.version + 1
         FROM due WHERE p.id = due.id AND p.status = 'open'
       RETURNING p.id, p.theme, p.opens_at, p.closes_at, p.version`,
      [now, limit],
    );
    return (rows as TransitionRow[]).map(toTransition);
  }
}
