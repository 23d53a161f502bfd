import { createTestDatabase, dropTestDatabase } from '@pb/testing';
import { DataSource } from 'typeorm';
import { ProposalTextVersions1765000000300 } from '../../src/migrations/1765000000300-proposal-text-versions';
import { proposalsMigrations } from '../../src/migrations';
import { firstVersion } from '../../src/proposals/domain/proposal-text';

jest.setTimeout(60_000);

describe('migration 1765000000300 on proposals published before text versions (real PostgreSQL)', () => {
  let db: { name: string; url: string };
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('proposals', proposalsMigrations.filter((m) => m !== ProposalTextVersions1765000000300));
    ds = await new DataSource({ type: 'postgres', url: db.url }).initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await dropTestDatabase(db.name);
  });

  it('gives them the same first version (anchors a1…aN) the domain gives at publication; drafts stay without', async () => {
    const body = '## Voorstel\r\n\r\nEen werkplaats\nper provincie.\n \n\n- snel\n- dichtbij\n\n';
    await ds.query(`INSERT INTO strategy_versions (version, title, published_at, tracks, themes, changes) VALUES ('2018.0', 'NDS', now(), '[]', '[]', '[]')`);
    const insert = (id: string, status: string) =>
      ds.query(
        `INSERT INTO proposals (id, status, title, summary, body, theme, strategy_version, questions, documents, opens_at, closes_at, moderation, created_by, created_at, version)
         VALUES ($1, $2, 'T', 'S', $3, '1.1', '2018.0', '[]', '[]', now(), now() + interval '1 day', 'pre', 'c', now(), 1)`,
        [id, status, body],
      );
    await insert('3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c', 'open');
    await insert('8a7b6c5d-4e3f-4a1b-9c2d-0e1f2a3b4c5d', 'draft');
    const runner = ds.createQueryRunner();
    await new ProposalTextVersions1765000000300().up(runner);
    await runner.release();
    const rows: { status: string; text: unknown }[] = await ds.query(`SELECT status, text FROM proposals ORDER BY status`);
    expect(rows).toEqual([
      { status: 'draft', text: null },
      { status: 'open', text: firstVersion(body) },
    ]);
  });
});
