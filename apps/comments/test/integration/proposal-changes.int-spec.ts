import type { NestExpressApplication } from '@nestjs/platform-express';
import { ProposalClosingExtendedV1, ProposalTextCorrectedV1, ProposalWithdrawnV1 } from '@pb/contracts';
import { FixedClock } from '@pb/kernel';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CommentsAppModule } from '../../src/app.module';
import { CommentsEnv } from '../../src/config/comments.env';
import { commentsMigrations } from '../../src/migrations';
import { mailsTo, tokenIn, waitForMail } from '../support/maildev';
import { publishProposal, publishProposalEvent, publishProposalWithText } from '../support/proposal-events';

jest.setTimeout(120_000);

const OPENS = '2026-12-01T08:00:00.000Z';
const CLOSES = '2026-12-10T22:59:59.000Z';
const DURING = new Date('2026-12-05T12:00:00Z');

describe('a proposal that changes, seen from the comments service (real PostgreSQL, Kafka and MailDev)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  const clock = new FixedClock(DURING);
  const http = () => request(app.getHttpServer());
  const address = (label: string) => `${label}-${randomBytes(5).toString('hex')}@example.org`;
  let client = 0;
  const from = () => `198.51.100.${(client++ % 250) + 1}`;
  const respond = (proposalId: string, email: string, overrides: Record<string, unknown> = {}) =>
    http()
      .post(`/api/proposals/${proposalId}/comments`)
      .set('X-Forwarded-For', from())
      .send({ body: 'Over deze alinea: twaalf werkplaatsen is te veel.', author: { name: 'Anna de Vries', email }, onBehalfOf: null, public: true, parentId: null, ...overrides });
  /** A verified, published, public response (post-moderation proposal). */
  const published = async (proposalId: string, overrides: Record<string, unknown> = {}) => {
    const email = address('author');
    const res = await respond(proposalId, email, overrides).expect(202);
    const mail = await waitForMail(email);
    await http().post('/api/comments/verifications').send({ token: tokenIn(mail) }).expect(200);
    return { id: res.body.id as string, email };
  };
  const projection = (proposalId: string) => ds.query(`SELECT status, closes_at, text_version, anchors, withdrawn_at FROM proposal_projection WHERE proposal_id = $1`, [proposalId]);
  const projected = (proposalId: string, until: (row: Record<string, unknown>) => boolean, what: string) =>
    waitFor(() => projection(proposalId), (rows) => rows.length === 1 && until(rows[0]), { what, timeoutMs: 30000 });

  beforeAll(async () => {
    db = await createTestDatabase('comments', commentsMigrations);
    const env = testEnv(CommentsEnv, { DATABASE_URL: db.url, RATE_LIMIT_PER_ADDRESS: 50, RATE_LIMIT_PER_EMAIL: 10 });
    app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger(), clock }));
    ds = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  beforeEach(() => clock.set(DURING));

  it('takes a response to a paragraph, counts it per paragraph, and after a correction says it refers to the earlier version', async () => {
    const { proposalId } = await publishProposalWithText(app, { moderation: 'post', opensAt: OPENS, closesAt: CLOSES, anchors: ['a1', 'a2', 'a3'] });
    await projected(proposalId, (r) => r.anchors !== null, 'anchors projected');
    const unknown = await respond(proposalId, address('unknown'), { passage: { anchor: 'a9', quote: null } }).expect(422);
    expect(unknown.body).toMatchObject({ code: 'COMMENTS.UNKNOWN_PASSAGE', detail: 'Alinea a9 bestaat niet in de huidige tekst van dit voorstel.' });
    const malformed = await respond(proposalId, address('malformed'), { passage: { anchor: '¶2' } }).expect(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field)).toEqual(['passage.anchor']);

    const onA2 = await published(proposalId, { passage: { anchor: 'a2', quote: 'twaalf werkplaatsen' } });
    await published(proposalId, { passage: { anchor: 'a3', quote: null } });
    await published(proposalId);
    expect((await http().get(`/api/proposals/${proposalId}/comments/passages`).expect(200)).body.items).toEqual([
      { anchor: 'a1', since: 1, count: 0, onEarlierText: 0 },
      { anchor: 'a2', since: 1, count: 1, onEarlierText: 0 },
      { anchor: 'a3', since: 1, count: 1, onEarlierText: 0 },
    ]);

    // The text is corrected: a2 edited, a3 removed, a4 new. The response to a2 keeps version 1.
    await publishProposalEvent(app, ProposalTextCorrectedV1, proposalId, 3, {
      proposalId,
      theme: '1.1',
      textVersion: 2,
      paragraphs: [{ anchor: 'a1', since: 1 }, { anchor: 'a2', since: 2 }, { anchor: 'a4', since: 2 }],
      correctedAt: '2026-12-05T11:00:00.000Z',
    });
    await projected(proposalId, (r) => r.text_version === 2, 'text version 2 projected');
    const onA4 = await published(proposalId, { passage: { anchor: 'a4', quote: null } });
    await respond(proposalId, address('removed'), { passage: { anchor: 'a3', quote: null } }).expect(422);

    expect((await http().get(`/api/proposals/${proposalId}/comments/passages`).expect(200)).body.items).toEqual([
      { anchor: 'a1', since: 1, count: 0, onEarlierText: 0 },
      { anchor: 'a2', since: 2, count: 1, onEarlierText: 1 },
      { anchor: 'a4', since: 2, count: 1, onEarlierText: 0 },
    ]);
    const onParagraph = (await http().get(`/api/proposals/${proposalId}/comments?passage=a2`).expect(200)).body;
    expect(onParagraph.total).toBe(1);
    expect(onParagraph.items).toEqual([
      expect.objectContaining({ id: onA2.id, passage: { anchor: 'a2', quote: 'twaalf werkplaatsen', textVersion: 1, earlierText: true, removed: false } }),
    ]);
    const all = (await http().get(`/api/proposals/${proposalId}/comments`).expect(200)).body.items;
    // (The fixed clock publishes them all in one instant: the list orders them by id, so sort here.)
    const seen = all.map((r: { passage: { anchor: string; earlierText: boolean; removed: boolean } | null }) => (r.passage ? `${r.passage.anchor} earlier=${r.passage.earlierText} removed=${r.passage.removed}` : 'none'));
    expect(seen.sort()).toEqual(['a2 earlier=true removed=false', 'a3 earlier=false removed=true', 'a4 earlier=false removed=false', 'none']);
    const [stored] = await ds.query(`SELECT text_version FROM responses WHERE id = $1`, [onA4.id]);
    expect(stored.text_version).toBe(2);
  });

  it('takes responses until the later closing time and tells each respondent once, in their language when known', async () => {
    const { proposalId } = await publishProposal(app, { moderation: 'post', opensAt: OPENS, closesAt: CLOSES, title: 'Werkplaatsen verlengd' });
    await projected(proposalId, () => true, 'proposal projected');
    const en = await published(proposalId, { language: 'en' });
    const nl = await published(proposalId, { language: 'nl' });
    const unknown = await published(proposalId);
    const extended = { proposalId, theme: '1.1', previousClosesAt: CLOSES, closesAt: '2026-12-24T22:59:59.000Z', extendedAt: '2026-12-05T12:00:00.000Z' };
    await publishProposalEvent(app, ProposalClosingExtendedV1, proposalId, 4, extended);
    const enMail = await waitForMail(en.email, (m) => m.subject.includes('open longer'));
    expect(enMail.subject).toBe('The consultation stays open longer');
    expect(enMail.text).toContain('You responded to the proposal "Werkplaatsen verlengd"');
    expect(enMail.text).toContain('24 December 2026 at 23:59');
    expect(enMail.text).not.toContain('Bedankt');
    const nlMail = await waitForMail(nl.email, (m) => m.subject.includes('langer open'));
    expect(nlMail.subject).toBe('De consultatie blijft langer open');
    expect(nlMail.text).toContain('tot en met 24 december 2026 om 23:59');
    const both = await waitForMail(unknown.email, (m) => m.subject.includes('langer open'));
    expect(both.subject).toBe('De consultatie blijft langer open / The consultation stays open longer');

    // A redelivered event changes nothing and mails nobody again.
    await publishProposalEvent(app, ProposalClosingExtendedV1, proposalId, 4, extended);
    clock.set(new Date('2026-12-11T10:00:00Z'));
    await published(proposalId); // the old closing time has passed; the new one has not
    expect((await mailsTo(en.email)).filter((m) => m.subject.includes('open longer'))).toHaveLength(1);
    clock.set(new Date('2026-12-24T23:00:00Z'));
    expect((await respond(proposalId, address('late')).expect(409)).body.code).toBe('COMMENTS.CONSULTATION_NOT_OPEN');
  });

  it('stops taking responses once the proposal is withdrawn, and keeps the ones it has', async () => {
    const { proposalId } = await publishProposal(app, { moderation: 'post', opensAt: OPENS, closesAt: CLOSES });
    await projected(proposalId, () => true, 'proposal projected');
    const before = await published(proposalId);
    await publishProposalEvent(app, ProposalWithdrawnV1, proposalId, 4, { proposalId, theme: '1.1', reason: 'policy-changed', withdrawnAt: '2026-12-05T11:00:00.000Z' });
    await projected(proposalId, (r) => r.status === 'withdrawn', 'withdrawal projected');
    const refused = await respond(proposalId, address('after')).expect(409);
    expect(refused.body).toMatchObject({ code: 'COMMENTS.CONSULTATION_WITHDRAWN', detail: 'Dit voorstel is ingetrokken. Reageren kan niet meer.' });
    expect((await respond(proposalId, address('after-en')).set('Accept-Language', 'en').expect(409)).body.detail).toBe('This proposal has been withdrawn. Responses are no longer accepted.');
    expect((await http().get(`/api/proposals/${proposalId}/comments`).expect(200)).body.items.map((r: { id: string }) => r.id)).toEqual([before.id]);
    const [row] = await projection(proposalId);
    expect(new Date(row.withdrawn_at).toISOString()).toBe('2026-12-05T11:00:00.000Z');
  });
});
