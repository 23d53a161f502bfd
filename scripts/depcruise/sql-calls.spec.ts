import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * The lint half of "transport and application run no SQL" (eslint.config.js): the dependency rules
 * see imports, not calls, and a consumer may hold a type-only EntityManager (a use case a Tx) to pass
 * on to a port. Each planted file below must be refused with the rule, a clean one must not.
 */
const planted: { what: string; file: string; source: string }[] = [
  {
    what: "a consumer querying the handle it was given",
    file: 'apps/x/src/a/transport/kafka/thing.consumer.ts',
    source: "import type { EntityManager } from 'typeorm';\nexport const consume = (manager: EntityManager) => manager.query('SELECT 1');\n",
  },
  {
    what: 'a controller building a query',
    file: 'apps/x/src/a/transport/http/thing.controller.ts',
    source: "import type { EntityManager } from 'typeorm';\nexport const list = (m: EntityManager) => m.createQueryBuilder().select('1').getRawMany();\n",
  },
  {
    what: 'a controller holding a DataSource',
    file: 'apps/x/src/shared/transport/http/thing.controller.ts',
    source: "export class C {\n  constructor(private readonly ds: DataSource) {}\n}\ndeclare class DataSource {}\n",
  },
  {
    what: 'a handler querying its transaction handle',
    file: 'apps/x/src/a/application/commands/do/do.handler.ts',
    source: "import type { Tx } from '@pb/persistence';\nexport const run = (tx: Tx) => tx.query('DELETE FROM things');\n",
  },
  {
    what: 'a handler opening its own transaction',
    file: 'apps/x/src/a/application/queries/get/get.handler.ts',
    source: 'export const run = (ds: { transaction(f: () => void): void }) => ds.transaction(() => undefined);\n',
  },
];

const clean = {
  file: 'apps/x/src/a/transport/kafka/clean.consumer.ts',
  source: "import type { EntityManager } from 'typeorm';\nexport const consume = (store: { save(m: EntityManager): Promise<void> }, manager: EntityManager) => store.save(manager);\n",
};

describe('no SQL in transport/ or application/ (eslint no-restricted-syntax)', () => {
  // The CLI, as CI runs it (and the configuration is loaded the way eslint loads it).
  const ruleIds = async (file: string, source: string) => {
    const run = spawnSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', join(root, file)], {
      cwd: root,
      input: source,
      encoding: 'utf8',
    });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
    return result.messages.map((m) => m.ruleId);
  };

  it.each(planted)('refuses $what ($file)', async ({ file, source }) => {
    expect(await ruleIds(file, source)).toContain('no-restricted-syntax');
  });

  it('lets a consumer pass its handle on to a port', async () => {
    expect(await ruleIds(clean.file, clean.source)).toEqual([]);
  });

  it('does not apply to infrastructure/persistence/, where SQL belongs', async () => {
    expect(await ruleIds('apps/x/src/a/infrastructure/persistence/thing.store.ts', planted[0].source)).toEqual([]);
  });
});
