import type { FlagReason } from '@pb/contracts';
import type { Tx } from '@pb/persistence';

export interface Flag {
  id: string;
  responseId: string;
  reason: FlagReason;
  explanation: string | null;
  /** Keyed hash of the reader's client address: one flag per reader per response. */
  clientKey: string;
  createdAt: Date;
}

/** Readers' flags on public responses. */
export abstract class FlagStore {
  /** Adds the flag; false when this reader already flagged the response (the same reader flagging twice counts once). */
  abstract add(manager: Tx, flag: Flag): Promise<boolean>;
}
