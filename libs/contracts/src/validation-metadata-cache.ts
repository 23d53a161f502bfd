import { getMetadataStorage } from 'class-validator';

const INSTALLED = Symbol.for('pb.validationMetadataCache');

type Lookup = (targetConstructor: unknown, targetSchema: string, always: boolean, strictGroups: boolean, groups?: string[]) => unknown[];

/**
 * Remembers class-validator's answer to "which rules apply to this class". class-validator works
 * it out again on every validate call by testing every decorated class of the process for being an
 * ancestor (typestack/class-validator#2686, open): with the few hundred DTO and event classes here
 * that was the largest single cost of consuming an event (about 20 µs of 45). The answer only
 * changes when rules are registered, so every registration empties the memo: a class loaded later
 * is seen exactly as before. Idempotent; installed once per process on the global storage.
 */
const LISTENERS = Symbol.for('pb.validationMetadataListeners');

/** Kept on the global storage beside the hook, so every copy of this module sees the same list. */
const listeners = (): Array<() => void> => {
  const storage = getMetadataStorage() as unknown as Record<symbol, Array<() => void> | undefined>;
  return (storage[LISTENERS] ??= []);
};

/** Calls `listener` whenever a rule or constraint is registered (for caches built from the rules). */
export function onValidationMetadataChange(listener: () => void): void {
  installValidationMetadataCache();
  listeners().push(listener);
}

export function installValidationMetadataCache(): void {
  const storage = getMetadataStorage() as unknown as Record<string | symbol, unknown> & {
    getTargetValidationMetadatas: Lookup;
    addValidationMetadata: (m: unknown) => void;
    addConstraintMetadata: (m: unknown) => void;
  };
  if (storage[INSTALLED]) return;
  storage[INSTALLED] = true;
  let memo = new Map<unknown, Map<string, unknown[]>>();
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    let byOptions = memo.get(target);
    if (!byOptions) memo.set(target, (byOptions = new Map()));
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${(groups ?? []).join('\u0000')}`;
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  for (const method of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const add = storage[method].bind(storage);
    storage[method] = (m: unknown) => {
      memo = new Map();
      add(m);
      for (const listener of listeners()) listener();
    };
  }
}
