import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Flag, FlagStore } from '../../application/ports/flag.store';

@Injectable()
export class TypeOrmFlagStore extends FlagStore {
  async add(manager: EntityManager, f: Flag): Promise<boolean> {
    const inserted = await manager.query(
      `INSERT INTO flags (id, response_id, reason, explanation, client_key, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (response_id, client_key) DO NOTHING RETURNING id`,
      [f.id, f.responseId, f.reason, f.explanation, f.clientKey, f.createdAt],
    );
    return inserted.length > 0;
  }
}
