import type { Tx } from '@pb/persistence';
import type { Amendment } from '../../../domain/strategy-version';

/**
 * Publish `newVersion`: `baseVersion` with the accepted amendments applied. Runs in `tx`, the
 * transaction of the inbox that received the request, so the version is published exactly once.
 */
export class ApplyStrategyRevisionCommand {
  constructor(
    readonly baseVersion: string,
    readonly newVersion: string,
    readonly amendments: Amendment[],
    readonly coordinatorId: string,
    readonly tx: Tx,
  ) {}
}
