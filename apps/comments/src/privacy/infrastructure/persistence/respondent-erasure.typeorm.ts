import { Inject, Injectable } from '@nestjs/common';
import type { ErasedCounts } from '@pb/contracts';
import { eraseMailsTo } from '@pb/mail';
import { affectedRows, fillEmailHashes } from '@pb/persistence';
import type { EntityManager } from 'typeorm';
import { RespondentErasureStore } from '../../application/ports/respondent-erasure.store';

/**
 * Stored as the hash of an erased row: never equal to a subject hash (64 hex digits), and not NULL,
 * so the fill does not hash the placeholder address that replaced the real one.
 */
const ERASED = 'erased';

/** DI token of PSEUDONYM_SECRET, the key of the keyed hashes (the same in every service). */
export const PSEUDONYM_SECRET = Symbol('PSEUDONYM_SECRET');

@Injectable()
export class TypeOrmRespondentErasureStore extends RespondentErasureStore {
  constructor(@Inject(PSEUDONYM_SECRET) private readonly secret: string) {
    super();
  }

  async fillEmailHashes(manager: EntityManager, options: { skipLocked?: boolean; shouldStop?: () => boolean } = {}): Promise<number> {
    const secret = this.secret;
    // Supports before responses: the order in which confirming a support locks them.
    return (
      (await fillEmailHashes(manager, { table: 'supports', key: 'support_id', email: 'email_normalised', hash: 'email_hash' }, secret, options)) +
      (await fillEmailHashes(manager, { table: 'responses', key: 'id', email: 'email_normalised', hash: 'email_hash' }, secret, options))
    );
  }

  async eraseBySubjectHash(manager: EntityManager, subjectHash: string, now: Date): Promise<ErasedCounts> {
    // Rows written since the last fill (or by a replica that predates the column) must match too.
    await this.fillEmailHashes(manager);
    // Locked in the order confirming an address locks them (verifications, supports, responses), so
    // an erasure and a confirmation never wait for each other in a circle.
    const verifications = affectedRows(
      await manager.query(
        `DELETE FROM verifications v
          WHERE v.subject_id IN (SELECT id FROM responses WHERE email_hash = $1 UNION ALL SELECT support_id FROM supports WHERE email_hash = $1)
             OR v.email_normalised IN (SELECT email_normalised FROM responses WHERE email_hash = $1 UNION ALL SELECT email_normalised FROM supports WHERE email_hash = $1)`,
        [subjectHash],
      ),
    );
    const supports: { support_id: string; email_normalised: string }[] = await manager.query(
      `SELECT support_id, email_normalised FROM supports WHERE email_hash = $1 ORDER BY support_id FOR UPDATE`,
      [subjectHash],
    );
    const responses: { id: string; author_email: string; email_normalised: string; removable: boolean }[] = await manager.query(
      `SELECT r.id, r.author_email, r.email_normalised,
              -- never verified, so never counted, shown or answered: nothing of it needs keeping
              r.status = 'awaiting-verification'
                AND NOT EXISTS (SELECT 1 FROM responses c WHERE c.parent_id = r.id)
                AND NOT EXISTS (SELECT 1 FROM supports s WHERE s.response_id = r.id)
                AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.response_id = r.id) AS removable
         FROM responses r WHERE r.email_hash = $1 ORDER BY r.id FOR UPDATE OF r`,
      [subjectHash],
    );
    const addresses = [...responses.flatMap((r) => [r.author_email, r.email_normalised]), ...supports.map((s) => s.email_normalised)];
    const removable = responses.filter((r) => r.removable).map((r) => r.id);
    const kept = responses.filter((r) => !r.removable).map((r) => r.id);
    if (removable.length) await manager.query(`DELETE FROM responses WHERE id = ANY($1::uuid[])`, [removable]);
    // A verified response is part of the consultation's record and figures: the row and its counts
    // stay; who wrote it and what they wrote go, and it leaves every public view (docs/adr/0005).
    // `erased:<id>` keeps the one-response-per-address index satisfied without an address.
    if (kept.length) {
      // Their documents (position papers) are what they wrote too: file and text go (a removed response takes them along: ON DELETE CASCADE).
      await manager.query(`DELETE FROM response_attachments WHERE response_id = ANY($1::uuid[])`, [kept]);
      await manager.query(
        `UPDATE responses SET author_name = '', author_email = '', email_normalised = 'erased:' || id::text, email_hash = $3,
                body = '', answers = '[]'::jsonb, passage_quote = NULL, on_behalf_of = NULL, is_public = false, needs_review = false, erased_at = $2
          WHERE id = ANY($1::uuid[])`,
        [kept, now, ERASED],
      );
    }
    if (supports.length) {
      await manager.query(`UPDATE supports SET email_normalised = 'erased:' || support_id::text, email_hash = $2 WHERE support_id = ANY($1::uuid[])`, [
        supports.map((s) => s.support_id),
        ERASED,
      ]);
    }
    const mails = await eraseMailsTo(manager, addresses);
    return { responses: kept.length, 'unverified-responses': removable.length, supports: supports.length, verifications, mails };
  }
}
