import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { ErasureRequestedV1, Topics } from '@pb/contracts';
import { keyedHash, normaliseEmailAddress } from '@pb/kernel';
import { EventBroker, createEvent } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../../review/src/app.module';
import { ReviewEnv } from '../../../review/src/config/review.env';
import { reviewMigrations } from '../../../review/src/migrations';
import { CommentsAppModule } from '../../src/app.module';
import { CommentsEnv } from '../../src/config/comments.env';
import { commentsMigrations } from '../../src/migrations';
import { tokenIn, waitForMail } from '../support/maildev';

jest.setTimeout(180_000);

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/attachments', name));
const WWFT = 'BWBR0024282';

/** Collects a binary body (supertest only buffers text and JSON by itself). */
const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  (res as unknown as NodeJS.ReadableStream).on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * Position papers end to end on the real things: PostgreSQL (files as bytea, the text's Dutch
 * vector), MailDev (the confirmation link), Kafka (the comments' outbox relay → the review's
 * projection of ResponseAttachmentTextExtracted into its regulation index) and the extractor's
 * worker thread reading real PDF, ODT and DOCX files.
 */
describe('attachments of responses (real PostgreSQL, Kafka, MailDev; the review consuming)', () => {
  let app: NestExpressApplication;
  let review: NestExpressApplication;
  let db: { name: string; url: string };
  let reviewDb: { name: string; url: string };
  let ds: DataSource;
  let coordinator: string;
  let env: CommentsEnv;
  const http = () => request(app.getHttpServer());
  let client = 0;
  const from = () => `198.51.100.${(client++ % 250) + 1}`;
  const address = (label: string) => `${label}-${randomBytes(5).toString('hex')}@example.org`;
  const MAX_BYTES = 64 * 1024;

  const proposal = async () => {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO proposal_projection (proposal_id, title, theme, moderation, questions, opens_at, closes_at, status)
       VALUES ($1, 'Voorstel over gegevens', '1.1', 'post', '[]', now() - interval '1 day', now() + interval '1 day', 'open')`,
      [id],
    );
    return id;
  };

  const respond = (proposalId: string, email: string, files: { name: string; bytes: Buffer; type?: string }[], overrides: Record<string, unknown> = {}) => {
    let req = http()
      .post(`/api/proposals/${proposalId}/comments/with-attachments`)
      .set('X-Forwarded-For', from())
      .field('response', JSON.stringify({ body: 'Zie ons positiepapier in de bijlage.', author: { name: 'Bea Bakker', email }, onBehalfOf: 'Vereniging Digitaal Ondernemen', public: true, ...overrides }));
    for (const f of files) req = req.attach('attachments', f.bytes, { filename: f.name, contentType: f.type ?? 'application/octet-stream' });
    return req;
  };

  const confirm = async (email: string) => {
    const mail = await waitForMail(email);
    return (await http().post('/api/comments/verifications').send({ token: tokenIn(mail) }).expect(200)).body;
  };

  const attachmentsOf = (responseId: string): Promise<{ id: string; kind: string; file_name: string; size_bytes: number; text_status: string; text: string | null }[]> =>
    ds.query(`SELECT id, kind, file_name, size_bytes, text_status, text FROM response_attachments WHERE response_id = $1 ORDER BY position`, [responseId]);

  const extracted = (responseId: string) => waitFor(() => attachmentsOf(responseId), (rows) => rows.length > 0 && rows.every((r) => r.text_status !== 'pending'), { what: 'texts read', timeoutMs: 60_000 });

  beforeAll(async () => {
    db = await createTestDatabase('comments', commentsMigrations);
    reviewDb = await createTestDatabase('review', reviewMigrations);
    env = testEnv(CommentsEnv, { DATABASE_URL: db.url, ATTACHMENT_MAX_BYTES: MAX_BYTES, ATTACHMENT_MAX_FILES: 2, ATTACHMENT_EXTRACTION_POLL_MS: 100 });
    app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger() }));
    // The review on the same topics: it consumes what the comments service's outbox relay publishes.
    review = await createTestApp(ReviewAppModule.register({ env: testEnv(ReviewEnv, { DATABASE_URL: reviewDb.url, KAFKA_TOPIC_PREFIX: env.KAFKA_TOPIC_PREFIX }), logger: testLogger() }));
    ds = app.get(DataSource);
    coordinator = `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'coordinator-1', roles: ['coordinator'] })}`;
  });

  afterAll(async () => {
    await review?.close();
    await app?.close();
    await dropTestDatabase(db.name);
    await dropTestDatabase(reviewDb.name);
  });

  it('takes a position paper, reads its text off the request, finds the response by a word of it, and the review counts the regulation it cites', async () => {
    const proposalId = await proposal();
    const email = address('org');
    const res = await respond(proposalId, email, [
      { name: 'positiepapier.pdf', bytes: fixture('positiepapier.pdf'), type: 'application/pdf' },
      { name: 'C:\\Users\\bea\\zienswijze.docx', bytes: fixture('zienswijze.docx') },
    ]).expect(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'awaiting-verification' });
    const responseId: string = res.body.id;
    const rows = await extracted(responseId);
    expect(rows.map((r) => [r.kind, r.file_name, r.size_bytes, r.text_status])).toEqual([
      ['pdf', 'positiepapier.pdf', fixture('positiepapier.pdf').length, 'extracted'],
      ['docx', 'zienswijze.docx', fixture('zienswijze.docx').length, 'extracted'],
    ]);
    expect(rows[0].text).toContain('gegevensdeling');
    // Not counted yet (unconfirmed): nothing announced, nothing in the reading room.
    const announced = () => ds.query(`SELECT envelope FROM outbox_messages WHERE envelope->>'type' = 'consultation.ResponseAttachmentTextExtracted' AND envelope->'payload'->>'responseId' = $1`, [responseId]);
    expect(await announced()).toEqual([]);

    await confirm(email);
    const search = async (q: string) =>
      (await http().get(`/api/proposals/${proposalId}/comments/reading-room?${q}`).set('Authorization', coordinator).expect(200)).body.items.map((r: { id: string }) => r.id);
    // "gegevensdeling" and "standaard" (stemmed from "standaarden") are only in the PDF, "dataminimalisatie" only in the DOCX.
    expect(await search('q=gegevensdeling')).toEqual([responseId]);
    expect(await search('q=standaard')).toEqual([responseId]);
    expect(await search('q=dataminimalisatie')).toEqual([responseId]);
    expect(await search('q=fietspaden')).toEqual([]);
    expect(await search('attachment=true')).toEqual([responseId]);
    expect(await search('attachment=false')).toEqual([]);
    const item = (await http().get(`/api/proposals/${proposalId}/comments/reading-room`).set('Authorization', coordinator).expect(200)).body.items[0];
    expect(item.attachments.map((a: { fileName: string; kind: string; textStatus: string }) => [a.fileName, a.kind, a.textStatus])).toEqual([
      ['positiepapier.pdf', 'pdf', 'extracted'],
      ['zienswijze.docx', 'docx', 'extracted'],
    ]);

    // One event per attachment, ids and identifiers only (the DOCX cites "Artikel 5 AVG": the EU regulation, by its EU id).
    const events = await waitFor(announced, (e) => e.length === 2, { what: 'two announcements' });
    const payloads = events.map((e: { envelope: { payload: { kind: string } } }) => e.envelope.payload).sort((a: { kind: string }, b: { kind: string }) => a.kind.localeCompare(b.kind));
    expect(payloads).toEqual([
      { responseId, proposalId, attachmentId: rows[1].id, kind: 'docx', citedRegulations: [{ bwbId: 'EU-32016R0679', article: '5' }], extractedAt: expect.any(String) },
      { responseId, proposalId, attachmentId: rows[0].id, kind: 'pdf', citedRegulations: [{ bwbId: WWFT, article: '33' }], extractedAt: expect.any(String) },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/gegevensdeling|positiepapier|zienswijze|Bea|example\.org/);

    // The review's regulation index counts the response under the Wwft (its own text cites nothing).
    const wwft = await waitFor(
      async () => (await request(review.getHttpServer()).get(`/api/review/regulations/${WWFT}`)).body,
      // Both: the citation (from the attachment's event) and the response's year (from its own
      // events on another topic) arrive in either order, and the per-year count needs both.
      (b: { years: { responses: number }[]; responses?: unknown[] }) =>
        JSON.stringify(b.responses ?? []).includes(responseId) && (b.years ?? []).reduce((sum, y) => sum + y.responses, 0) >= 1,
      { what: 'the review indexing the attachment’s citation', timeoutMs: 60_000 },
    );
    expect(wwft.years.map((y) => y.responses).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    // And under the AVG by its EU id, from the DOCX (its event may come after the PDF's).
    const cited = await waitFor(
      () => review.get(DataSource).query(`SELECT bwb_id, article FROM response_citations WHERE response_id = $1 ORDER BY bwb_id`, [responseId]),
      (rows: unknown[]) => rows.length >= 2,
      { what: 'both attachments’ citations indexed' },
    );
    expect(cited).toEqual([{ bwb_id: WWFT, article: '33' }, { bwb_id: 'EU-32016R0679', article: '5' }]);
  });

  it('serves a public response’s attachment to anyone as a download of its checked type; a non-public one only to a coordinator', async () => {
    const proposalId = await proposal();
    const publicEmail = address('public');
    const publicRes = await respond(proposalId, publicEmail, [{ name: 'reactie.odt', bytes: fixture('reactie.odt'), type: 'text/plain' }]).expect(202);
    const privateEmail = address('private');
    const privateRes = await respond(proposalId, privateEmail, [{ name: 'positiepapier.pdf', bytes: fixture('positiepapier.pdf') }], { public: false }).expect(202);
    const [publicFile] = await attachmentsOf(publicRes.body.id);
    const [privateFile] = await attachmentsOf(privateRes.body.id);
    // Unconfirmed: nobody, not even a coordinator.
    await http().get(`/api/comments/attachments/${publicFile.id}`).expect(404);
    await http().get(`/api/comments/attachments/${privateFile.id}`).set('Authorization', coordinator).expect(404);
    await confirm(publicEmail);
    await confirm(privateEmail);

    const download = await http().get(`/api/comments/attachments/${publicFile.id}`).buffer(true).parse(binary).expect(200);
    expect(download.headers['content-type']).toBe('application/vnd.oasis.opendocument.text');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="reactie.odt"; filename*=UTF-8''reactie.odt`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(Buffer.compare(download.body as Buffer, fixture('reactie.odt'))).toBe(0);
    const list = (await http().get(`/api/proposals/${proposalId}/comments/attachments`).expect(200)).body;
    expect(list.items).toEqual([{ id: publicFile.id, responseId: publicRes.body.id, fileName: 'reactie.odt', contentType: 'application/vnd.oasis.opendocument.text', sizeBytes: fixture('reactie.odt').length, textStatus: expect.any(String) }]);

    const refused = await http().get(`/api/comments/attachments/${privateFile.id}`).set('Accept-Language', 'en').expect(404);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'COMMENTS.ATTACHMENT_NOT_FOUND', detail: 'This attachment does not exist or is not public.' });
    const forCoordinator = await http().get(`/api/comments/attachments/${privateFile.id}`).set('Authorization', coordinator).buffer(true).parse(binary).expect(200);
    expect(forCoordinator.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(forCoordinator.body as Buffer, fixture('positiepapier.pdf'))).toBe(0);
    await http().get(`/api/comments/attachments/${randomUUID()}`).expect(404);
    await http().get(`/api/comments/attachments/not-an-id`).expect(400);
  });

  it('refuses by the bytes, not the name: 415 for a program or a text under a document’s name, 413 over the size or the count, 415 without multipart — nothing stored', async () => {
    const proposalId = await proposal();
    const before = async () => (await ds.query(`SELECT count(*)::int AS n FROM responses WHERE proposal_id = $1`, [proposalId]))[0].n;
    const exe = await respond(proposalId, address('exe'), [{ name: 'positiepapier.pdf', bytes: fixture('programma.pdf'), type: 'application/pdf' }]).expect(415);
    expect(exe.headers['content-type']).toContain('application/problem+json');
    expect(exe.body).toMatchObject({ status: 415, code: 'COMMENTS.ATTACHMENT_TYPE_NOT_ALLOWED' });
    expect(exe.body.detail).toBe('positiepapier.pdf is geen PDF-, ODT- of DOCX-document. Alleen die drie soorten bestanden kunnen mee; de inhoud telt, niet de naam.');
    const txt = await respond(proposalId, address('txt'), [{ name: 'notities.docx', bytes: fixture('notities.docx') }]).set('Accept-Language', 'en').expect(415);
    expect(txt.body.detail).toContain('notities.docx is not a PDF, ODT or DOCX document');
    await respond(proposalId, address('zip'), [{ name: 'archief.odt', bytes: fixture('archief.odt') }]).expect(415);

    const big = Buffer.concat([fixture('positiepapier.pdf'), Buffer.alloc(MAX_BYTES)]);
    const tooLarge = await respond(proposalId, address('big'), [{ name: 'groot.pdf', bytes: big }]).set('Accept-Language', 'en').expect(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    expect(tooLarge.body).toMatchObject({ status: 413, code: 'COMMENTS.ATTACHMENT_TOO_LARGE', detail: 'An attachment is larger than 0.1 MB. Make the file smaller or send it in parts.' });
    const pdf = { name: 'p.pdf', bytes: fixture('positiepapier.pdf') };
    const tooMany = await respond(proposalId, address('many'), [pdf, pdf, pdf]).expect(413);
    expect(tooMany.body).toMatchObject({ code: 'COMMENTS.TOO_MANY_ATTACHMENTS', detail: 'U kunt hoogstens 2 bijlagen meesturen.' });

    const json = await http().post(`/api/proposals/${proposalId}/comments/with-attachments`).send({ body: 'x', author: { name: 'X', email: address('json') }, public: true }).expect(415);
    expect(json.body.code).toBe('COMMENTS.MULTIPART_EXPECTED');
    // A multipart body that cannot be read (no boundary; a malformed part) is the sender's: 400, never a 500.
    const path = `/api/proposals/${proposalId}/comments/with-attachments`;
    await http().post(path).set('content-type', 'multipart/form-data').send('').expect(400);
    const broken = await http().post(path).set('content-type', 'multipart/form-data; boundary=xyz').send('--xyz\r\n4035335--xyz--\r\n').expect(400);
    expect(broken.headers['content-type']).toMatch(/^application\/problem\+json/);
    // The response part is validated like the JSON submit (400 per field).
    const invalid = await respond(proposalId, 'geen-adres', [pdf]).expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(['author.email']);
    expect(await before()).toBe(0);
    expect(await ds.query(`SELECT count(*)::int AS n FROM response_attachments a JOIN responses r ON r.id = a.response_id WHERE r.proposal_id = $1`, [proposalId])).toEqual([{ n: 0 }]);
  });

  it('keeps an encrypted or broken document with a clear status and no text, and goes on serving', async () => {
    const proposalId = await proposal();
    const res = await respond(proposalId, address('broken'), [
      { name: 'versleuteld.pdf', bytes: fixture('versleuteld.pdf') },
      { name: 'kapot.pdf', bytes: fixture('kapot.pdf') },
    ]).expect(202);
    const rows = await extracted(res.body.id);
    expect(rows.map((r) => [r.file_name, r.text_status, r.text])).toEqual([
      ['versleuteld.pdf', 'encrypted', null],
      ['kapot.pdf', 'unreadable', null],
    ]);
    await http().get(`/api/proposals/${proposalId}/comments`).expect(200);
  });

  it('erases a person’s documents with their text when the person is erased (AVG art. 17), keeping the counted response', async () => {
    const proposalId = await proposal();
    const email = address('erased');
    const res = await respond(proposalId, email, [{ name: 'positiepapier.pdf', bytes: fixture('positiepapier.pdf') }]).expect(202);
    await extracted(res.body.id);
    await confirm(email);
    const erasureId = randomUUID();
    const subjectHash = keyedHash(env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(email));
    const event = createEvent(ErasureRequestedV1, { erasureId, subjectHash }, { aggregateId: erasureId, aggregateVersion: 1, actor: { role: 'admin', id: 'admin-1' } });
    await app.get(EventBroker).publish(Topics.erasures, [{ key: erasureId, value: JSON.stringify(event) }]);
    await waitFor(() => attachmentsOf(res.body.id), (rows) => rows.length === 0, { what: 'the documents erased', timeoutMs: 60_000 });
    expect(await ds.query(`SELECT status, erased_at IS NOT NULL AS erased FROM responses WHERE id = $1`, [res.body.id])).toEqual([{ status: 'published', erased: true }]);
  });
});
