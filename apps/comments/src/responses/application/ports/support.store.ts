import type { Tx } from '@pb/persistence';

export interface Support {
  supportId: string;
  responseId: string;
  /** Pseudonymous: a keyed hash of the supporter's address. */
  supporterId: string;
  counted: boolean;
}

/** Support for responses: one per address per response, counted once the address is confirmed. */
export abstract class SupportStore {
  /** Adds an uncounted support unless this address already has one for the response. */
  abstract add(manager: Tx, support: { supportId: string; responseId: string; emailNormalised: string; supporterId: string; createdAt: Date }): Promise<void>;
  /** Locked until the transaction ends. */
  abstract findForUpdate(manager: Tx, supportId: string): Promise<Support | null>;
  /** This address's support of the response, locked until the transaction ends. */
  abstract findByAddressForUpdate(manager: Tx, responseId: string, emailNormalised: string): Promise<Pick<Support, 'supportId' | 'counted'> | null>;
  abstract markCounted(manager: Tx, supportId: string, at: Date): Promise<void>;
}
