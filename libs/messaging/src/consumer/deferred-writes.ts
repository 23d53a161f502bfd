import type { EntityManager } from 'typeorm';

interface Deferred {
  state: unknown;
  flush: () => Promise<void>;
}

/** Open scopes: the transactions a ConsumerHost runs, each with the work deferred to its end. */
const scopes = new WeakMap<EntityManager, Map<string, Deferred>>();

/**
 * Runs `work` in a transaction's scope, then flushes what handlers deferred with
 * `deferUntilCommit` (in the order first registered, including work deferred while flushing),
 * still inside the transaction. Used by ConsumerHost around the events it handles in one transaction.
 */
export async function withDeferredWrites<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  const pending = new Map<string, Deferred>();
  scopes.set(manager, pending);
  try {
    const result = await work();
    while (pending.size) {
      const [key, deferred] = pending.entries().next().value as [string, Deferred];
      pending.delete(key);
      await deferred.flush();
    }
    return result;
  } finally {
    scopes.delete(manager);
  }
}

/**
 * Lets a handler gather state over every event of a batch and write it in one statement just
 * before the transaction commits. Returns this transaction's state under `key` (made with
 * `create` the first time, and given to `flush` before commit), or null when `manager` is not in
 * such a scope (a transaction of someone else's), so the caller writes at once instead.
 */
export function deferUntilCommit<T>(manager: EntityManager, key: string, create: () => T, flush: (state: T) => Promise<void>): T | null {
  const pending = scopes.get(manager);
  if (!pending) return null;
  let deferred = pending.get(key);
  if (!deferred) {
    const state = create();
    deferred = { state, flush: () => flush(state) };
    pending.set(key, deferred);
  }
  return deferred.state as T;
}
