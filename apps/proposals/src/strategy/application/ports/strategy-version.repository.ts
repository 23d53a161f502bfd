import type { Tx } from '@pb/persistence';
import type { StrategyVersion } from '../../domain/strategy-version';

/**
 * Strategy versions as the write side uses them, inside the caller's transaction (`tx`): a version
 * is stored once and never changed, so reading the current one and storing the next commit together
 * with the outbox row that announces it.
 */
export abstract class StrategyVersionRepository {
  /** Inserts the version unless it exists; true when this call inserted it. */
  abstract insertIfAbsent(tx: Tx, v: StrategyVersion): Promise<boolean>;
  abstract count(tx: Tx): Promise<number>;
  abstract find(tx: Tx, version: string): Promise<StrategyVersion | null>;
  /** The current version: the one published last. */
  abstract current(tx: Tx): Promise<StrategyVersion | null>;
  /** Serialises seeding with every other replica until `tx` ends. */
  abstract lockSeeding(tx: Tx): Promise<void>;
}
