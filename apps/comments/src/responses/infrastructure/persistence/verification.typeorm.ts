import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Verification, VerificationStore } from '../../application/ports/verification.store';

@Injectable()
export class TypeOrmVerificationStore extends VerificationStore {
  async issue(manager: EntityManager, v: Omit<Verification, 'usedAt'>): Promise<void> {
    await manager.query(`INSERT INTO verifications (token_hash, kind, subject_id, email_normalised, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      v.tokenHash,
      v.kind,
      v.subjectId,
      v.emailNormalised,
      v.expiresAt,
    ]);
  }

  async findForUpdate(manager: EntityManager, tokenHash: string): Promise<Verification | null> {
    const [v] = await manager.query(`SELECT * FROM verifications WHERE token_hash = $1 FOR UPDATE`, [tokenHash]);
    return v
      ? { tokenHash: v.token_hash, kind: v.kind, subjectId: v.subject_id, emailNormalised: v.email_normalised, expiresAt: new Date(v.expires_at), usedAt: v.used_at ? new Date(v.used_at) : null }
      : null;
  }

  async markUsed(manager: EntityManager, tokenHash: string, at: Date): Promise<void> {
    await manager.query(`UPDATE verifications SET used_at = $2 WHERE token_hash = $1`, [tokenHash, at]);
  }
}
