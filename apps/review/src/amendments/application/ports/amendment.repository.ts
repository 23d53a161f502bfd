import type { EntityManager } from 'typeorm';
import type { Amendment } from '../../domain/amendment';

/** Persistence of the Amendment aggregate (port). Methods take the transaction's EntityManager: the handler owns the transaction. */
export abstract class AmendmentRepository {
  abstract insert(tx: EntityManager, amendment: Amendment): Promise<void>;
  /** With `lock`, the row stays locked until the transaction ends (two decisions cannot both win). */
  abstract findById(tx: EntityManager, id: string, options?: { lock?: boolean }): Promise<Amendment | null>;
  abstract save(tx: EntityManager, amendment: Amendment): Promise<void>;
}
