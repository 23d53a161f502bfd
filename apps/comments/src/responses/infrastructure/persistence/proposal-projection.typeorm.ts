import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProjectedProposal, ProposalProjectionStore, PublishedProposal } from '../../application/ports/proposal-projection.store';

// Withdrawn is final: nothing after it moves the status again.
const LIFECYCLE = ['scheduled', 'open', 'closed', 'answered', 'withdrawn'];

@Injectable()
export class TypeOrmProposalProjectionStore extends ProposalProjectionStore {
  async find(manager: EntityManager, proposalId: string): Promise<ProjectedProposal | null> {
    const [r] = await manager.query(
      `SELECT p.*, t.title AS title_en FROM proposal_projection p
         LEFT JOIN proposal_title_translations t ON t.proposal_id = p.proposal_id AND t.lang = 'en'
        WHERE p.proposal_id = $1`,
      [proposalId],
    );
    return r
      ? {
          proposalId: r.proposal_id,
          title: r.title,
          theme: r.theme,
          moderation: r.moderation,
          questions: r.questions,
          opensAt: new Date(r.opens_at),
          closesAt: new Date(r.closes_at),
          status: r.status,
          textVersion: r.text_version,
          anchors: r.anchors,
          withdrawnAt: r.withdrawn_at ? new Date(r.withdrawn_at) : null,
          titleEn: r.title_en ?? null,
        }
      : null;
  }

  async upsertPublished(manager: EntityManager, p: PublishedProposal): Promise<void> {
    // A redelivered publication never takes back a later closing time or text version.
    await manager.query(
      `INSERT INTO proposal_projection (proposal_id, title, theme, moderation, questions, opens_at, closes_at, status, text_version, anchors)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'scheduled', COALESCE($8, 1), $9)
       ON CONFLICT (proposal_id) DO UPDATE SET title = $2, theme = $3, moderation = $4, questions = $5, opens_at = $6,
         closes_at = GREATEST(proposal_projection.closes_at, $7),
         anchors = CASE WHEN proposal_projection.text_version <= COALESCE($8, 1) THEN COALESCE($9, proposal_projection.anchors) ELSE proposal_projection.anchors END`,
      [p.proposalId, p.title, p.theme, p.moderation, JSON.stringify(p.questions), p.opensAt, p.closesAt, p.textVersion ?? null, p.anchors ? JSON.stringify(p.anchors) : null],
    );
  }

  async recordText(manager: EntityManager, proposalId: string, textVersion: number, anchors: { anchor: string; since: number }[]): Promise<void> {
    await manager.query(`UPDATE proposal_projection SET text_version = $2, anchors = $3 WHERE proposal_id = $1 AND text_version < $2`, [proposalId, textVersion, JSON.stringify(anchors)]);
  }

  async extendClosing(manager: EntityManager, proposalId: string, closesAt: Date): Promise<boolean> {
    const [, affected] = await manager.query(`UPDATE proposal_projection SET closes_at = $2 WHERE proposal_id = $1 AND closes_at < $2`, [proposalId, closesAt]);
    return affected === 1;
  }

  async recordTitleTranslation(manager: EntityManager, t: { proposalId: string; lang: 'en'; title: string; translatedAt: Date }): Promise<void> {
    await manager.query(
      `INSERT INTO proposal_title_translations (proposal_id, lang, title, translated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (proposal_id, lang) DO UPDATE SET title = EXCLUDED.title, translated_at = EXCLUDED.translated_at
        WHERE proposal_title_translations.translated_at < EXCLUDED.translated_at`,
      [t.proposalId, t.lang, t.title, t.translatedAt],
    );
  }

  async advance(manager: EntityManager, proposalId: string, status: 'open' | 'closed' | 'answered' | 'withdrawn', at?: Date): Promise<void> {
    await manager.query(
      `UPDATE proposal_projection SET status = $2, answered_at = COALESCE($3, answered_at), withdrawn_at = CASE WHEN $2 = 'withdrawn' THEN $5::timestamptz ELSE withdrawn_at END
        WHERE proposal_id = $1 AND array_position($4::text[], status) < array_position($4::text[], $2::text)`,
      [proposalId, status, status === 'answered' ? at : null, LIFECYCLE, status === 'withdrawn' ? at : null],
    );
  }
}
