import type { Tx } from '@pb/persistence';
import type { Amendment } from '../../domain/amendment';

/** Persistence of the Amendment aggregate (port). Methods take the transaction handle (Tx): the handler owns the transaction. */
export abstract class AmendmentRepository {
  abstract insert(tx: Tx, amendment: Amendment): Promise<void>;
  /** With `lock`, the row stays locked until the transaction ends (two decisions cannot both win). */
  abstract findById(tx: Tx, id: string, options?: { lock?: boolean }): Promise<Amendment | null>;
  abstract save(tx: Tx, amendment: Amendment): Promise<void>;
}
