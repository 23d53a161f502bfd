import type { EntityManager } from 'typeorm';
import { ReplayWindow } from './replay-window';

/**
 * One port for both write paths: a call whose transaction is a bulk replay's window goes to the
 * window's implementation, any other to the live store. The projectors and consumers stay the same
 * objects on both paths, which is what makes a bulk replay equal to live.
 */
export function routeByWindow<T extends object>(live: T, window: T): T {
  return new Proxy(live, {
    get(target, prop) {
      const own: unknown = Reflect.get(target, prop, target);
      if (typeof own !== 'function') return own;
      const replayed = Reflect.get(window, prop, window) as (...args: unknown[]) => unknown;
      return (tx: EntityManager, ...rest: unknown[]) => (ReplayWindow.of(tx) ? replayed.call(window, tx, ...rest) : own.call(target, tx, ...rest));
    },
  });
}
