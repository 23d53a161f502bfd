import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/**
 * The portal serves pages and proxies /api; it has no database and no broker. Loading the modules
 * main.ts loads, in a fresh Node process (jest's module registry is not Node's require.cache), must
 * therefore not load TypeORM, the pg driver or kafkajs: `@pb/http/core` carries what the portal
 * needs of libs/http, and /health of the services gets its database and Kafka checks from the
 * libraries that own them.
 */
describe('the portal process', () => {
  it('loads no ORM, database driver or Kafka client', () => {
    const script = `
      require('reflect-metadata');
      for (const file of ['apps/portal/src/app.module.ts', 'apps/portal/src/portal-app.ts', 'libs/http/src/core.ts', 'libs/config/src/index.ts']) require(require('path').join(process.cwd(), file));
      const loaded = Object.keys(require.cache);
      const ours = loaded.filter((p) => p.includes('/apps/portal/src/')).length;
      const infrastructure = loaded.filter((p) => /\\/node_modules\\/(typeorm|@nestjs\\/typeorm|pg|kafkajs)\\//.test(p));
      process.stdout.write(JSON.stringify({ ours, infrastructure }));`;
    const out = execFileSync(process.execPath, ['-r', './scripts/register.js', '-e', script], { cwd: root, encoding: 'utf8', timeout: 60000 });
    const { ours, infrastructure } = JSON.parse(out) as { ours: number; infrastructure: string[] };
    expect(ours).toBeGreaterThan(30); // the portal's own modules were loaded: the check is not vacuous
    expect(infrastructure).toEqual([]);
  });
});
