import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');

/** A small tree in the repository's shape: every file imports only what the rules allow. */
const clean: Record<string, string> = {
  'libs/kernel/src/index.ts': 'export const kernel = 1;',
  'libs/regulations/src/index.ts': 'export const regulations = 1;',
  'libs/charts/src/index.ts': "import * as echarts from 'echarts';\nexport const charts = echarts;",
  'libs/contracts/src/index.ts': "import { IsString } from 'class-validator';\nexport * from './vocabulary';\nexport const contracts = IsString;",
  // The codes the events carry, free of the event classes: what a domain may import of the contracts.
  'libs/contracts/src/vocabulary.ts': "export * from './loket/vocabulary';",
  'libs/contracts/src/loket/vocabulary.ts': "export const OUTCOMES = ['explained'] as const;",
  'libs/config/src/index.ts': 'export const config = 1;',
  'libs/observability/src/index.ts': 'export const observability = 1;',
  'libs/auth/src/index.ts': 'export const auth = 1;',
  'libs/persistence/src/index.ts': "import type { DataSource, EntityManager } from 'typeorm';\nimport { config } from '@pb/config';\nexport type Db = DataSource;\nexport type Tx = EntityManager;\nexport const persistence = config;",
  'libs/messaging/src/index.ts': "import { persistence } from '@pb/persistence';\nimport { auth } from '@pb/auth';\nexport const messaging = persistence + auth;",
  'libs/mail/src/index.ts': "import { persistence } from '@pb/persistence';\nexport const mail = persistence;",
  'libs/http/src/index.ts': "import { persistence } from '@pb/persistence';\nexport const http = persistence;",
  'libs/http/src/core.ts': 'export const core = 1;',
  'libs/testing/src/index.ts': "import { http } from '@pb/http';\nimport { messaging } from '@pb/messaging';\nexport const testing = http + messaging;",
  'apps/x/src/a/domain/thing.ts': "import { kernel } from '@pb/kernel';\nimport { OUTCOMES } from '@pb/contracts/vocabulary';\nimport { other } from './other';\nexport const thing = [kernel, OUTCOMES, other];",
  'apps/x/src/a/domain/other.ts': 'export const other = 1;',
  'apps/x/src/a/application/ports/store.port.ts': "import { thing } from '../../domain/thing';\nexport abstract class Store { abstract save(t: typeof thing): void; }",
  // The transaction handle a use case passes on is libs/persistence's Tx, never typeorm's own type.
  'apps/x/src/a/application/commands/do/do.handler.ts': "import type { Tx } from '@pb/persistence';\nimport { Store } from '../../ports/store.port';\nimport { thing } from '../../../domain/thing';\nexport const handler = (store: Store, tx: Tx) => [store, tx, thing];",
  'apps/x/src/a/infrastructure/persistence/store.typeorm.ts': "import type { DataSource } from 'typeorm';\nimport { Store } from '../../application/ports/store.port';\nexport type Ds = DataSource;\nexport const impl = Store;",
  'apps/x/src/a/transport/http/a.controller.ts': "import { handler } from '../../application/commands/do/do.handler';\nexport const controller = handler;",
  // A consumer passes the transaction handle libs/messaging gives it on to a port: a type-only import.
  'apps/x/src/a/transport/kafka/a.consumer.ts': "import type { EntityManager } from 'typeorm';\nimport { Store } from '../../application/ports/store.port';\nexport const consume = (store: Store, manager: EntityManager) => [store, manager];",
  'apps/x/src/a/a.module.ts': "import { impl } from './infrastructure/persistence/store.typeorm';\nimport { controller } from './transport/http/a.controller';\nexport const aModule = [impl, controller];",
  // Another area using a's public face: its module and its ports.
  'apps/x/src/b/application/use-a.ts': "import { Store } from '../../a/application/ports/store.port';\nexport const useA = Store;",
  'apps/x/src/b/b.module.ts': "import { aModule } from '../a/a.module';\nexport const bModule = aModule;",
  // A service's shared vocabulary, open to all its areas (also to their domain, from shared/domain).
  'apps/x/src/shared/domain/key.ts': 'export const key = 1;',
  'apps/x/src/shared/transport/http/params.dto.ts': 'export class YearParams { year = 2026; }',
  'apps/x/src/b/domain/uses-shared.ts': "import { key } from '../../shared/domain/key';\nexport const k = key;",
  'apps/x/src/b/transport/http/b.controller.ts': "import { YearParams } from '../../../shared/transport/http/params.dto';\nexport const c = YearParams;",
  // A migration seeding what an area owns reads the area's seed data.
  'apps/x/src/a/infrastructure/seed/targets.ts': 'export const targets = [1];',
  'apps/x/src/migrations/1-seed.ts': "import { targets } from '../a/infrastructure/seed/targets';\nexport const m = targets;",
  // The entry points at src/ root wire areas together; any other root file uses their public faces.
  'apps/x/src/main.ts': "import { impl } from './a/infrastructure/persistence/store.typeorm';\nexport const main = impl;",
  'apps/x/src/app.module.ts': "import { aModule } from './a/a.module';\nimport { handler } from './a/application/commands/do/do.handler';\nexport const appModule = [aModule, handler];",
  'apps/x/src/tool.ts': "import { aModule } from './a/a.module';\nimport { Store } from './a/application/ports/store.port';\nexport const tool = [aModule, Store];",
  'apps/y/src/main.ts': "import { http } from '@pb/http';\nexport const y = http;",
  'apps/portal/src/main.ts': "import { core } from '@pb/http/core';\nexport const portal = core;",
};

/** One planted violation per rule: the file, what it contains, and the one rule it must break. */
const planted: { rule: string; file: string; source: string }[] = [
  { rule: 'domain-is-framework-free', file: 'apps/x/src/a/domain/framework.ts', source: "import { Injectable } from '@nestjs/common';\nexport const f = Injectable;" },
  { rule: 'domain-imports-only-its-domain-kernel-and-contract-vocabulary', file: 'apps/x/src/a/domain/uses-config.ts', source: "import { config } from '@pb/config';\nexport const c = config;" },
  { rule: 'domain-imports-only-its-domain-kernel-and-contract-vocabulary', file: 'apps/x/src/a/domain/uses-event-classes.ts', source: "import { contracts } from '@pb/contracts';\nexport const c = contracts;" },
  { rule: 'contract-vocabulary-imports-nothing', file: 'libs/contracts/src/consultation/vocabulary.ts', source: "import { IsIn } from 'class-validator';\nexport const STATUSES = IsIn;" },
  { rule: 'application-imports-no-infrastructure-or-transport', file: 'apps/x/src/a/application/uses-store.ts', source: "import { impl } from '../infrastructure/persistence/store.typeorm';\nexport const u = impl;" },
  { rule: 'application-imports-no-infrastructure-or-transport', file: 'apps/x/src/a/application/uses-controller.ts', source: "import { controller } from '../transport/http/a.controller';\nexport const u = controller;" },
  { rule: 'application-uses-no-orm', file: 'apps/x/src/a/application/commands/do/entity-manager.ts', source: "import type { EntityManager } from 'typeorm';\nexport const q = (m: EntityManager) => m.query('SELECT 1');" },
  { rule: 'application-uses-no-orm', file: 'apps/x/src/a/application/inject-data-source.ts', source: "import { InjectDataSource } from '@nestjs/typeorm';\nexport const i = InjectDataSource;" },
  { rule: 'application-uses-no-orm', file: 'apps/x/src/a/application/uses-pg.ts', source: "import { Pool } from 'pg';\nexport const p = Pool;" },
  { rule: 'transport-touches-no-database', file: 'apps/x/src/a/transport/http/data-source.ts', source: "import { DataSource } from 'typeorm';\nexport const query = (ds: DataSource) => ds.query('SELECT 1');\nexport const token = DataSource;" },
  { rule: 'transport-touches-no-database', file: 'apps/x/src/a/transport/http/inject-data-source.ts', source: "import { InjectDataSource } from '@nestjs/typeorm';\nexport const i = InjectDataSource;" },
  { rule: 'transport-touches-no-database', file: 'apps/x/src/a/transport/kafka/store.ts', source: "import { impl } from '../../infrastructure/persistence/store.typeorm';\nexport const s = impl;" },
  { rule: 'no-reaching-into-another-area', file: 'apps/x/src/b/application/reaches-domain.ts', source: "import { thing } from '../../a/domain/thing';\nexport const r = thing;" },
  { rule: 'no-reaching-into-another-area', file: 'apps/x/src/b/transport/reaches-handler.ts', source: "import { handler } from '../../a/application/commands/do/do.handler';\nexport const r = handler;" },
  { rule: 'no-reaching-into-another-area', file: 'apps/x/src/replay-reader.ts', source: "import { impl } from './a/infrastructure/persistence/store.typeorm';\nexport const r = impl;" },
  { rule: 'no-reaching-into-another-area', file: 'apps/x/src/uses-handler.ts', source: "import { handler } from './a/application/commands/do/do.handler';\nexport const r = handler;" },
  { rule: 'no-reaching-into-another-area', file: 'apps/x/src/migrations/2-uses-domain.ts', source: "import { thing } from '../a/domain/thing';\nexport const m = thing;" },
  { rule: 'no-app-imports-another-app', file: 'apps/y/src/other-app.ts', source: "import { aModule } from '../../x/src/a/a.module';\nexport const o = aModule;" },
  { rule: 'lib-imports-a-higher-or-sibling-lib', file: 'libs/persistence/src/uses-http.ts', source: "import { http } from '@pb/http';\nexport const h = http;" },
  { rule: 'lib-imports-a-higher-or-sibling-lib', file: 'libs/mail/src/uses-messaging.ts', source: "import { messaging } from '@pb/messaging';\nexport const m = messaging;" },
  { rule: 'lib-imports-a-higher-or-sibling-lib', file: 'libs/kernel/src/uses-config.ts', source: "import { config } from '@pb/config';\nexport const c = config;" },
  { rule: 'contracts-is-a-leaf', file: 'libs/contracts/src/uses-kernel.ts', source: "import { kernel } from '@pb/kernel';\nexport const k = kernel;" },
  { rule: 'regulations-is-a-leaf', file: 'libs/regulations/src/uses-pino.ts', source: "import pino from 'pino';\nexport const p = pino;" },
  { rule: 'lib-imports-a-higher-or-sibling-lib', file: 'libs/charts/src/uses-kernel.ts', source: "import { kernel } from '@pb/kernel';\nexport const k = kernel;" },
  { rule: 'contracts-only-validation-deps', file: 'libs/contracts/src/uses-pino.ts', source: "import pino from 'pino';\nexport const p = pino;" },
  { rule: 'libs-never-import-apps', file: 'libs/auth/src/uses-app.ts', source: "import { y } from '../../../apps/y/src/main';\nexport const a = y;" },
  { rule: 'portal-reaches-no-database-or-broker', file: 'apps/portal/src/uses-http.ts', source: "import { http } from '@pb/http';\nexport const h = http;" },
  { rule: 'no-circular-in-domain', file: 'apps/x/src/a/domain/circle-1.ts', source: "import { two } from './circle-2';\nexport const one = () => two;" },
];
const circleTwo = { 'apps/x/src/a/domain/circle-2.ts': "import { one } from './circle-1';\nexport const two = () => one;" };

type Violation = { from: string; to: string; rule: { name: string } };

function cruise(files: Record<string, string>): Violation[] {
  const dir = mkdtempSync(join(tmpdir(), 'depcruise-rules-'));
  try {
    for (const [file, source] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), `${source}\n`);
    }
    const paths = Object.fromEntries(
      ['kernel', 'contracts', 'config', 'observability', 'auth', 'persistence', 'messaging', 'mail', 'http', 'testing'].map((lib) => [`@pb/${lib}`, [`libs/${lib}/src`]]),
    );
    const subpaths = { '@pb/http/core': ['libs/http/src/core'], '@pb/contracts/vocabulary': ['libs/contracts/src/vocabulary'] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: './', paths: { ...paths, ...subpaths } } }));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    // depcruise tells npm dependencies by the package.json that declares them.
    writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')));
    // The repository's own configuration, with no service exempt from the layer rules.
    const out = execFileSync(process.execPath, [join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'apps', 'libs', '--config', join(root, '.dependency-cruiser.js'), '--output-type', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, DEPCRUISE_ALL_APPS: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the dependency rules (.dependency-cruiser.js)', () => {
  let violations: Violation[];
  let cleanViolations: Violation[];

  beforeAll(() => {
    cleanViolations = cruise(clean);
    violations = cruise({ ...clean, ...circleTwo, ...Object.fromEntries(planted.map((p) => [p.file, p.source])) });
  }, 120000);

  it('pass a tree in the shape the rules describe (layers, public faces, lib layers)', () => {
    expect(cleanViolations).toEqual([]);
  });

  it.each(planted)('$rule fails on $file, and only that rule does', ({ rule, file }) => {
    expect([...new Set(violations.filter((v) => v.from === file).map((v) => v.rule.name))]).toEqual([rule]);
  });

  it('every rule of the configuration has a planted violation', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the configuration is CommonJS, read as depcruise reads it
    const config = require(join(root, '.dependency-cruiser.js')) as { forbidden: { name: string }[] };
    expect(new Set(config.forbidden.map((r) => r.name))).toEqual(new Set(planted.map((p) => p.rule)));
  });

  it('no violation in the planted tree comes from anything but a planted file', () => {
    const plantedFiles = new Set([...planted.map((p) => p.file), ...Object.keys(circleTwo)]);
    expect(violations.filter((v) => !plantedFiles.has(v.from))).toEqual([]);
  });
});
