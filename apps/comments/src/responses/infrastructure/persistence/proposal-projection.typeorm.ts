import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProjectedProposal, ProposalProjectionStore } from '../../application/ports/proposal-projection.store';

const LIFECYCLE = ['scheduled', 'open', 'closed', 'answered'];

@Injectable()
export class TypeOrmProposalProjectionStore extends ProposalProjectionStore {
  async find(manager: EntityManager, proposalId: string): Promise<ProjectedProposal | null> {
    const [r] = await manager.query(`SELECT * FROM proposal_projection WHERE proposal_id = $1`, [proposalId]);
    return r
      ? { proposalId: r.proposal_id, title: r.title, theme: r.theme, moderation: r.moderation, questions: r.questions, opensAt: new Date(r.opens_at), closesAt: new Date(r.closes_at), status: r.status }
      : null;
  }

  async upsertPublished(manager: EntityManager, p: Omit<ProjectedProposal, 'status'>): Promise<void> {
    await manager.query(
      `INSERT INTO proposal_projection (proposal_id, title, theme, moderation, questions, opens_at, closes_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'scheduled')
       ON CONFLICT (proposal_id) DO UPDATE SET title = $2, theme = $3, moderation = $4, questions = $5, opens_at = $6, closes_at = $7`,
      [p.proposalId, p.title, p.theme, p.moderation, JSON.stringify(p.questions), p.opensAt, p.closesAt],
    );
  }

  async advance(manager: EntityManager, proposalId: string, status: 'open' | 'closed' | 'answered', at?: Date): Promise<void> {
    await manager.query(
      `UPDATE proposal_projection SET status = $2, answered_at = COALESCE($3, answered_at)
        WHERE proposal_id = $1 AND array_position($4::text[], status) < array_position($4::text[], $2::text)`,
      [proposalId, status, status === 'answered' ? at : null, LIFECYCLE],
    );
  }
}
