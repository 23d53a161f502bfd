import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LibraryLocks } from '@pb/persistence';

/**
 * The libraries' lock classes run in every service's database beside the service's own, so one
 * class used twice lets two unrelated features wait on (or skip) each other. The retention pruner
 * once took the review's compile class this way.
 */
const root = join(__dirname, '..', '..');

/** Every service's `advisory-locks.ts` (found on disk, so a new service is checked without a change here). */
const serviceRegistries = (): Array<{ owner: string; locks: Record<string, unknown> }> =>
  readdirSync(join(root, 'apps'))
    .filter((app) => existsSync(join(root, 'apps', app, 'src', 'advisory-locks.ts')))
    .flatMap((app) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(join(root, 'apps', app, 'src', 'advisory-locks.ts')) as Record<string, unknown>;
      return Object.values(module)
        .filter((value): value is Record<string, unknown> => typeof value === 'object' && value !== null)
        .map((locks) => ({ owner: app, locks }));
    });

const allClasses = (): Array<{ name: string; value: number }> =>
  [{ owner: 'libs', locks: LibraryLocks as Record<string, unknown> }, ...serviceRegistries()].flatMap(({ owner, locks }) =>
    Object.entries(locks).map(([name, value]) => {
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`${owner}.${name} is not an integer lock class`);
      return { name: `${owner}.${name}`, value };
    }),
  );

describe('advisory lock classes', () => {
  it('reads the registries of the libraries and of the review and the proposals', () => {
    const owners = new Set(allClasses().map((c) => c.name.split('.')[0]));
    expect([...owners]).toEqual(expect.arrayContaining(['libs', 'review', 'proposals']));
  });

  it('never gives one class to two locks, across the libraries and every service', () => {
    const byValue = new Map<number, string[]>();
    for (const { name, value } of allClasses()) byValue.set(value, [...(byValue.get(value) ?? []), name]);
    const clashes = [...byValue.entries()].filter(([, names]) => names.length > 1).map(([value, names]) => `${value}: ${names.join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('keeps the libraries in 7_420_0xx and the services above it', () => {
    for (const { name, value } of allClasses()) {
      if (name.startsWith('libs.')) expect([name, value >= 7_420_000 && value < 7_420_100]).toEqual([name, true]);
      else expect([name, value >= 7_420_100]).toEqual([name, true]);
    }
  });
});
