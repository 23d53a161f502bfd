import type { EntityManager } from 'typeorm';

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
  abstract add(manager: EntityManager, support: { supportId: string; responseId: string; emailNormalised: string; supporterId: string; createdAt: Date }): Promise<void>;
  /** Locked until the transaction ends. */
  abstract findForUpdate(manager: EntityManager, supportId: string): Promise<Support | null>;
  /** This address's support of the response, locked until the transaction ends. */
  abstract findByAddressForUpdate(manager: EntityManager, responseId: string, emailNormalised: string): Promise<Pick<Support, 'supportId' | 'counted'> | null>;
  abstract markCounted(manager: EntityManager, supportId: string, at: Date): Promise<void>;
}
