import type { Tx } from '@pb/persistence';

export type VerificationKind = 'response' | 'support';

export interface Verification {
  tokenHash: string;
  kind: VerificationKind;
  /** The response id, or for a support its support id. */
  subjectId: string;
  emailNormalised: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** The links mailed to confirm an address; only the hash of a link's token is stored. */
export abstract class VerificationStore {
  abstract issue(manager: Tx, verification: Omit<Verification, 'usedAt'>): Promise<void>;
  /** Locked until the transaction ends: following one link twice at once confirms once. */
  abstract findForUpdate(manager: Tx, tokenHash: string): Promise<Verification | null>;
  abstract markUsed(manager: Tx, tokenHash: string, at: Date): Promise<void>;
}
