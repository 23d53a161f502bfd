import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import { DataSource } from 'typeorm';
import { CommentsAppModule } from '../apps/comments/src/app.module';
import { CommentsEnv } from '../apps/comments/src/config/comments.env';
import { commentsMigrations } from '../apps/comments/src/migrations';
import { AttachmentTextPoller } from '../apps/comments/src/responses/transport/scheduler/attachment-text.poller';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

async function main() {
  const db = await createTestDatabase('comments', commentsMigrations);
  const env = testEnv(CommentsEnv, { DATABASE_URL: db.url, ATTACHMENT_EXTRACTION_POLL_MS: 100, LOG_LEVEL: 'debug' } as never);
  const app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger() }));
  const ds = app.get(DataSource);
  console.log('poller', !!app.get(AttachmentTextPoller, { strict: false }));
  const pid = randomUUID(), rid = randomUUID();
  await ds.query(`INSERT INTO proposal_projection (proposal_id, title, theme, moderation, questions, opens_at, closes_at, status) VALUES ($1, 'V', '1.1', 'post', '[]', now(), now() + interval '1 day', 'open')`, [pid]);
  await ds.query(`INSERT INTO responses (id, proposal_id, body, answers, author_name, author_email, email_normalised, respondent_id, is_public, status, submitted_at, version) VALUES ($1, $2, 'b', '[]', 'n', 'e@x.org', 'e@x.org', 'r-1', true, 'awaiting-verification', now(), 1)`, [rid, pid]);
  await ds.query(`INSERT INTO response_attachments (id, response_id, position, kind, file_name, size_bytes, sha256, content, uploaded_at) VALUES ($1, $2, 0, 'pdf', 'p.pdf', 1, 'x', $3, now())`, [randomUUID(), rid, readFileSync('apps/comments/test/fixtures/attachments/positiepapier.pdf')]);
  for (let i = 0; i < 6; i++) {
    await new Promise((r) => setTimeout(r, 500));
    console.log(JSON.stringify(await ds.query(`SELECT text_status, claimed_at, left(text, 30) t, text_problem FROM response_attachments`)));
  }
  await app.close();
  await dropTestDatabase(db.name);
}
void main();
