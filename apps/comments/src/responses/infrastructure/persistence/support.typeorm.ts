import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Support, SupportStore } from '../../application/ports/support.store';

@Injectable()
export class TypeOrmSupportStore extends SupportStore {
  async add(manager: EntityManager, s: { supportId: string; responseId: string; emailNormalised: string; supporterId: string; createdAt: Date }): Promise<void> {
    await manager.query(
      `INSERT INTO supports (response_id, email_normalised, supporter_id, support_id, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (response_id, email_normalised) DO NOTHING`,
      [s.responseId, s.emailNormalised, s.supporterId, s.supportId, s.createdAt],
    );
  }

  async findForUpdate(manager: EntityManager, supportId: string): Promise<Support | null> {
    const [s] = await manager.query(`SELECT * FROM supports WHERE support_id = $1 FOR UPDATE`, [supportId]);
    return s ? { supportId: s.support_id, responseId: s.response_id, supporterId: s.supporter_id, counted: s.counted } : null;
  }

  async findByAddressForUpdate(manager: EntityManager, responseId: string, emailNormalised: string): Promise<Pick<Support, 'supportId' | 'counted'> | null> {
    const [s] = await manager.query(`SELECT support_id, counted FROM supports WHERE response_id = $1 AND email_normalised = $2 FOR UPDATE`, [responseId, emailNormalised]);
    return s ? { supportId: s.support_id, counted: s.counted } : null;
  }

  async markCounted(manager: EntityManager, supportId: string, at: Date): Promise<void> {
    await manager.query(`UPDATE supports SET counted = true, counted_at = $2 WHERE support_id = $1`, [supportId, at]);
  }
}
