import type { NestExpressApplication } from '@nestjs/platform-express';
import { ProposalClosingExtendedV1, ProposalTranslatedV1 } from '@pb/contracts';
import { FixedClock } from '@pb/kernel';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CommentsAppModule } from '../../src/app.module';
import { CommentsEnv } from '../../src/config/comments.env';
import { commentsMigrations } from '../../src/migrations';
import { mailsTo, tokenIn, waitForMail } from '../support/maildev';
import { publishAnswered, publishProposal, publishProposalEvent } from '../support/proposal-events';

jest.setTimeout(120_000);

const OPENS = '2026-12-01T08:00:00.000Z';
const CLOSES = '2026-12-10T22:59:59.000Z';
const DURING = new Date('2026-12-05T12:00:00Z');
const DUTCH = 'Werkplaatsen in elke regio';

/** Issue 11 item 7: mails name a proposal by its English title to those who read English (real PostgreSQL, Kafka and MailDev). */
describe('English titles in the mails of the comments service (real PostgreSQL, Kafka and MailDev)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  const clock = new FixedClock(DURING);
  const http = () => request(app.getHttpServer());
  const address = (label: string) => `${label}-${randomBytes(5).toString('hex')}@example.org`;
  let client = 0;
  const from = () => `198.51.100.${(client++ % 250) + 1}`;
  /** A verified response; gives its address and the confirmation mail it got. */
  const responded = async (proposalId: string, overrides: Record<string, unknown> = {}) => {
    const email = address('respondent');
    await http()
      .post(`/api/proposals/${proposalId}/comments`)
      .set('X-Forwarded-For', from())
      .send({ body: 'Twaalf werkplaatsen is te veel.', author: { name: 'Anna de Vries', email }, onBehalfOf: null, public: true, parentId: null, ...overrides })
      .expect(202);
    const confirmation = await waitForMail(email);
    await http().post('/api/comments/verifications').send({ token: tokenIn(confirmation) }).expect(200);
    return { email, confirmation };
  };
  const englishTitle = (proposalId: string) =>
    waitFor(
      () => ds.query(`SELECT title FROM proposal_title_translations WHERE proposal_id = $1 AND lang = 'en'`, [proposalId]),
      (rows) => rows.length === 1,
      { what: 'the English title projected', timeoutMs: 30000 },
    );
  const translated = (proposalId: string, title: string, translatedAt: string) => publishProposalEvent(app, ProposalTranslatedV1, proposalId, 1, { proposalId, lang: 'en', title, translatedAt });

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

  it('keeps a title translated before publication, takes a later correction and not an older one, and names it in the English mails and halves', async () => {
    // A draft is translated before it is published: the title arrives before the proposal.
    const proposalId = randomUUID();
    await translated(proposalId, 'Workshops in every region', '2026-11-19T10:00:00.000Z');
    expect(await englishTitle(proposalId)).toEqual([{ title: 'Workshops in every region' }]);
    await publishProposal(app, { proposalId, moderation: 'post', opensAt: OPENS, closesAt: CLOSES, title: DUTCH });
    await waitFor(() => ds.query(`SELECT 1 FROM proposal_projection WHERE proposal_id = $1`, [proposalId]), (rows) => rows.length === 1, { what: 'proposal projected', timeoutMs: 30000 });

    // The confirmation comes in the respondent's language, naming the title in it; in both, each
    // half with its own title, when the language is not known.
    const en = await responded(proposalId, { language: 'en' });
    expect(en.confirmation.text).toContain('to the proposal "Workshops in every region".');
    expect(en.confirmation.text).not.toContain('Bedankt');
    expect(en.confirmation.text).not.toContain(DUTCH);
    expect(en.confirmation.subject).not.toContain(' / ');
    const nl = await responded(proposalId, { language: 'nl' });
    expect(nl.confirmation.text).toContain(`Bedankt voor uw reactie op het voorstel "${DUTCH}".`);
    expect(nl.confirmation.text).not.toContain('Workshops in every region');
    const unknown = await responded(proposalId);
    expect(unknown.confirmation.text).toContain(`Bedankt voor uw reactie op het voorstel "${DUTCH}".`);
    expect(unknown.confirmation.text).toContain('to the proposal "Workshops in every region".');

    // A correction replaces the title; an older translation delivered after it changes nothing.
    await translated(proposalId, 'Regional workshops for SMEs', '2026-11-21T10:00:00.000Z');
    await waitFor(() => ds.query(`SELECT title FROM proposal_title_translations WHERE proposal_id = $1`, [proposalId]), (rows) => rows[0]?.title === 'Regional workshops for SMEs', { what: 'the corrected title', timeoutMs: 30000 });
    await translated(proposalId, 'An older title', '2026-11-20T10:00:00.000Z');

    // Same key, same partition: the extension is handled after the older translation.
    await publishProposalEvent(app, ProposalClosingExtendedV1, proposalId, 4, { proposalId, theme: '1.1', previousClosesAt: CLOSES, closesAt: '2026-12-24T22:59:59.000Z', extendedAt: '2026-12-05T12:00:00.000Z' });
    const enMail = await waitForMail(en.email, (m) => m.subject.includes('open longer'));
    expect(enMail.text).toContain('You responded to the proposal "Regional workshops for SMEs".');
    expect(enMail.text).not.toContain(DUTCH);
    const nlMail = await waitForMail(nl.email, (m) => m.subject.includes('langer open'));
    expect(nlMail.text).toContain(`U reageerde op het voorstel "${DUTCH}".`);
    expect(nlMail.text).not.toContain('Regional workshops');
    const both = await waitForMail(unknown.email, (m) => m.subject.includes('langer open'));
    expect(both.text).toContain(`U reageerde op het voorstel "${DUTCH}".`);
    expect(both.text).toContain('You responded to the proposal "Regional workshops for SMEs".');
    expect(await englishTitle(proposalId)).toEqual([{ title: 'Regional workshops for SMEs' }]);

    // "You said, we did": the ProposalAnswered event carries the Dutch title, the English mail (and half) gets the English one.
    await publishAnswered(app, proposalId, []);
    const report = await waitForMail(en.email, (m) => m.subject.includes('consultation report'));
    expect(report.text).toContain('You responded to the proposal "Regional workshops for SMEs". The consultation report is published');
    expect(report.text).not.toContain('U reageerde');
    const reportToBoth = await waitForMail(unknown.email, (m) => m.subject.includes('consultation report'));
    expect(reportToBoth.text).toContain('You responded to the proposal "Regional workshops for SMEs". The consultation report is published');
    expect(reportToBoth.text).toContain('U reageerde op het voorstel "Regionale werkplaatsen voor digitalisering in het mkb"');
    expect((await mailsTo(en.email)).some((m) => m.text.includes('An older title'))).toBe(false);
  });

  it('names the Dutch title in English when no translation was entered', async () => {
    const { proposalId } = await publishProposal(app, { moderation: 'post', opensAt: OPENS, closesAt: CLOSES, title: 'Zonder vertaling' });
    await waitFor(() => ds.query(`SELECT 1 FROM proposal_projection WHERE proposal_id = $1`, [proposalId]), (rows) => rows.length === 1, { what: 'proposal projected', timeoutMs: 30000 });
    const en = await responded(proposalId, { language: 'en' });
    expect(en.confirmation.text).toContain('to the proposal "Zonder vertaling".');
    await publishProposalEvent(app, ProposalClosingExtendedV1, proposalId, 4, { proposalId, theme: '1.1', previousClosesAt: CLOSES, closesAt: '2026-12-24T22:59:59.000Z', extendedAt: '2026-12-05T12:00:00.000Z' });
    expect((await waitForMail(en.email, (m) => m.subject.includes('open longer'))).text).toContain('You responded to the proposal "Zonder vertaling".');
  });
});
