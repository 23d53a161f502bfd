import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProposalTranslationStore } from '../../application/ports/proposal-translation.store';
import type { ProposalTranslation } from '../../domain/proposal-translation';

/** `proposal_translations` (migration 1765100000300): one upsert per save. */
@Injectable()
export class ProposalTranslationSqlStore extends ProposalTranslationStore {
  async save(tx: EntityManager, proposalId: string, t: ProposalTranslation): Promise<void> {
    await tx.query(
      `INSERT INTO proposal_translations (proposal_id, lang, title, summary, body, questions, translated_at, translated_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)
       ON CONFLICT (proposal_id, lang) DO UPDATE SET title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,
         questions = EXCLUDED.questions, translated_at = EXCLUDED.translated_at, translated_by = EXCLUDED.translated_by`,
      [proposalId, t.lang, t.title, t.summary, t.body, JSON.stringify(t.questions), t.translatedAt, t.translatedBy],
    );
  }
}
