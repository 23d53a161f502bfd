import type { EntityManager } from 'typeorm';

type Flush = () => Promise<void>;

/** Open scopes: the transactions a ConsumerHost runs, each with the work deferred to its end. */
const scopes = new WeakMap<EntityManager, Map<string, Flush>>();

/**
 * Runs `work` in a transaction's scope, then the work handlers deferred with `deferUntilCommit`
 * (in the order first registered, including work deferred while flushing), still inside the
 * transaction. Used by ConsumerHost around the events it handles in one transaction.
 */
export async function withDeferredWrites<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  const pending = new Map<string, Flush>();
  scopes.set(manager, pending);
  try {
    const result = await work();
    while (pending.size) {
      const [key, flush] = pending.entries().next().value as [string, Flush];
      pending.delete(key);
      await flush();
    }
    return result;
  } finally {
    scopes.delete(manager);
  }
}

/**
 * Lets a handler gather writes over every event of a batch and make them in one statement just
 * before the transaction commits: registers `flush` once per transaction under `key`. Returns
 * false when `manager` is not in such a scope (a transaction of someone else's), so the caller
 * writes at once instead.
 */
export function deferUntilCommit(manager: EntityManager, key: string, flush: Flush): boolean {
  const pending = scopes.get(manager);
  if (!pending) return false;
  if (!pending.has(key)) pending.set(key, flush);
  return true;
}
