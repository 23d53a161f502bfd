import type { NestExpressApplication } from '@nestjs/platform-express';
import { BarrierReportedV3, BarrierResolvedV1, BarrierTriagedV1, ErasureRequestedV1, EventEnvelope, ProposalPublishedV1, ProposalPublishedV2, ReviewCompiledV1, Topics } from '@pb/contracts';
import { keyedHash, normaliseEmailAddress } from '@pb/kernel';
import { createEvent, EventBroker } from '@pb/messaging';
import { createTestApp, createTestDatabase, dropTestDatabase, findPersonalData, testEnv, testLogger, waitFor } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { SUBSCRIPTIONS_GROUP } from '../../src/subscriptions/subscriptions.module';

jest.setTimeout(120_000);

const MAILDEV = process.env.MAILDEV_URL ?? 'http://127.0.0.1:1080';
interface Mail {
  id: string;
  subject: string;
  text: string;
  to: { address: string }[];
  headers: Record<string, string>;
}
async function mailsTo(address: string): Promise<Mail[]> {
  const all = (await (await fetch(`${MAILDEV}/api/email`)).json()) as Mail[];
  return all.filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
}
const waitForMails = (address: string, n: number, what: string) => waitFor(() => mailsTo(address), (ms) => ms.length >= n, { what, timeoutMs: 30000, intervalMs: 250 });
/** The header lines of a mail as it arrived (MailDev's raw source), unfolded; names lower-cased. */
async function receivedHeaders(mail: Mail): Promise<Record<string, string>> {
  const source = await (await fetch(`${MAILDEV}/api/email/${mail.id}/source`)).text();
  const head = source.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return Object.fromEntries(head.split(/\r?\n/).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
}
const linkToken = (mail: Mail, path: string): string => {
  const m = new RegExp(`${path.replace(/\//g, '\\/')}\\?token=([A-Za-z0-9._%-]+)`).exec(mail.text);
  if (!m) throw new Error(`no ${path} link in: ${mail.text}`);
  return decodeURIComponent(m[1]);
};

describe('subscriptions and feeds: double opt-in, news from the events, one-click unsubscribe, erasure (real PostgreSQL, Kafka and MailDev)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  let env: ReviewEnv;
  const run = randomUUID().slice(0, 8);
  const reader = `lezer-${run}@example.nl`;
  const lawyer = `jurist-${run}@example.org`;
  const http = () => request(app.getHttpServer());
  const publish = async (...events: EventEnvelope<object>[]) => {
    for (const e of events) await app.get(EventBroker).publish((e.type.startsWith('loket.') ? Topics.barrierReports : e.type.startsWith('privacy.') ? Topics.erasures : e.type.startsWith('review.') ? Topics.reviews : Topics.proposals) as string, [{ key: e.aggregateId, value: JSON.stringify(e) }]);
  };
  // The proposals service publishes v2 today (with the text's anchors); v1 events stay in the log.
  const proposal = (title: string, theme = '1.4', version: 1 | 2 = 2) => {
    const proposalId = randomUUID();
    const payload = { proposalId, title, theme, strategyVersion: '2018.0', moderation: 'post' as const, questions: [], opensAt: '2026-11-01T00:00:00.000Z', closesAt: '2026-12-31T00:00:00.000Z', publishedAt: '2026-11-30T10:00:00.000Z' };
    const meta = { aggregateId: proposalId, aggregateVersion: 2, actor: { role: 'coordinator' as const, id: 'c-1' } };
    return version === 2 ? createEvent(ProposalPublishedV2, { ...payload, textVersion: 1, paragraphs: [{ anchor: 'a1', since: 1 }] }, meta) : createEvent(ProposalPublishedV1, payload, meta);
  };
  const feed = async (kind: string, ref: string) => (await http().get(`/api/review/feeds/${kind}/${ref}`).expect(200)).body as { items: { title: string; kind: string; path: string }[] };
  const subscribeAndConfirm = async (email: string, topicKind: string, topicRef: string, language: 'nl' | 'en') => {
    const before = (await mailsTo(email)).length;
    await http().post('/api/review/subscriptions').send({ email, topicKind, topicRef, language }).expect(202, { status: 'accepted' });
    const mails = await waitForMails(email, before + 1, `the confirmation to ${email}`);
    const token = linkToken(mails[mails.length - 1], '/abonnementen/bevestigen');
    await http().post('/api/review/subscriptions/confirmations').send({ token }).expect(200, { status: 'confirmed', topic: { kind: topicKind, ref: topicRef } });
  };

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    env = testEnv(ReviewEnv, { DATABASE_URL: db.url, PUBLIC_BASE_URL: 'https://permanentbeta.example.nl', REVIEW_SUBSCRIBE_PER_EMAIL: 3 });
    app = await createTestApp(ReviewAppModule.register({ env, logger: testLogger() }));
    ds = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('sends nothing about a topic before the subscriber confirmed, in the language of the form', async () => {
    await http().post('/api/review/subscriptions').send({ email: reader, topicKind: 'theme', topicRef: '1.4', language: 'en' }).expect(202, { status: 'accepted' });
    const [confirmation] = await waitForMails(reader, 1, 'the confirmation');
    expect(confirmation.subject).toBe('Confirm your subscription to theme 1.4');
    expect(confirmation.text).toContain('https://permanentbeta.example.nl/abonnementen/bevestigen?token=');

    // News before the confirmation: in the feed, not in the mailbox.
    const early = proposal(`Vroeg voorstel ${run}`, '1.4', 1);
    await publish(early);
    await waitFor(() => feed('theme', '1.4'), (f) => f.items.some((i) => i.title === `Vroeg voorstel ${run}`), { what: 'the early proposal in the feed' });
    const queued = await ds.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'review.subscription-notice'`);
    expect(queued[0].n).toBe(0);

    const token = linkToken(confirmation, '/abonnementen/bevestigen');
    await http().post('/api/review/subscriptions/confirmations').send({ token }).expect(200, { status: 'confirmed', topic: { kind: 'theme', ref: '1.4' } });
    // A confirmation link works once.
    const again = await http().post('/api/review/subscriptions/confirmations').set('Accept-Language', 'en').send({ token }).expect(404);
    expect(again.body.detail).toContain('This link is not valid (any more)');
  });

  it('mails each confirmed subscriber once per news item, also when Kafka delivers the event again, with a working unsubscribe link', async () => {
    const news = proposal(`Digitale vergunningen ${run}`);
    await publish(news);
    const mails = await waitForMails(reader, 2, 'the notice');
    const notice = mails[1];
    expect(notice.subject).toBe(`New in theme 1.4: Digitale vergunningen ${run}`);
    expect(notice.text).toContain(`A new proposal is open for consultation: Digitale vergunningen ${run}.`);
    expect(notice.text).toContain(`https://permanentbeta.example.nl/consultaties/${news.payload.proposalId}`);

    // The same event again (a redelivery): no second item, no second mail.
    await publish(news, proposal(`Marker ${run}`, '2.1'));
    await waitFor(() => feed('theme', '2.1'), (f) => f.items.some((i) => i.title === `Marker ${run}`), { what: 'the marker after the redelivery' });
    expect((await feed('theme', '1.4')).items.filter((i) => i.title === `Digitale vergunningen ${run}`)).toHaveLength(1);
    expect(await mailsTo(reader)).toHaveLength(2);

    // One click: gone, address and all; twice is fine; a forged token is not.
    const token = linkToken(notice, '/abonnementen/opzeggen');
    // The mail client's own "unsubscribe" (RFC 8058) POSTs to the same link: the headers carry it.
    const headers = await receivedHeaders(notice);
    expect(headers['list-unsubscribe']).toBe(`<https://permanentbeta.example.nl/abonnementen/opzeggen?token=${encodeURIComponent(token)}>`);
    expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // The confirmation is no list mail: no unsubscribe headers on it.
    expect((await receivedHeaders(mails[0]))['list-unsubscribe']).toBeUndefined();
    await http().post('/api/review/subscriptions/cancellations').send({ token }).expect(200, { status: 'unsubscribed' });
    await http().post('/api/review/subscriptions/cancellations').send({ token }).expect(200, { status: 'unsubscribed' });
    await http().post('/api/review/subscriptions/cancellations').send({ token: `${token.split('.')[0]}.forged` }).expect(404);
    expect(await ds.query(`SELECT id FROM subscriptions WHERE email_hash = $1`, [keyedHash(env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(reader))])).toEqual([]);

    await publish(proposal(`Na afmelden ${run}`));
    await waitFor(() => feed('theme', '1.4'), (f) => f.items.some((i) => i.title === `Na afmelden ${run}`), { what: 'news after unsubscribing' });
    expect(await mailsTo(reader)).toHaveLength(2);
  });

  it('tells followers of a regulation and of a register entry when a published barrier is resolved, and keeps an unpublished one out', async () => {
    await subscribeAndConfirm(lawyer, 'regulation', 'BWBR0024282', 'nl');
    const report = (n: number, published: boolean) => {
      const reportId = randomUUID();
      const reference = `LKT-2026-${String(900000 + n).padStart(6, '0')}`;
      const actor = { role: 'system' as const, id: 'loket' };
      return {
        reference,
        events: [
          createEvent(
            BarrierReportedV3,
            { reportId, reference, regulation: { bwbId: 'BWBR0024282', article: '33' }, technology: 'ai', sector: 'J', companySizeClass: 'small', reporterId: randomUUID(), publishConsent: published, reportedAt: '2026-11-01T10:00:00.000Z', triageBy: '2026-11-10', answerBy: '2026-12-10' },
            { aggregateId: reportId, aggregateVersion: 1, actor },
          ),
          createEvent(BarrierTriagedV1, { reportId, theme: '1.4', strategyVersion: '2018.0', priority: 'normal', department: 'FIN' }, { aggregateId: reportId, aggregateVersion: 2, actor }),
          createEvent(BarrierResolvedV1, { reportId, outcome: 'explained', handlingWorkingDays: 12, overdue: false, published }, { aggregateId: reportId, aggregateVersion: 3, actor }),
        ],
      };
    };
    const hidden = report(1, false);
    const shown = report(2, true);
    await publish(...hidden.events, ...shown.events);

    const [, notice] = await waitForMails(lawyer, 2, 'the notice about the regulation');
    expect(notice.subject).toBe(`Nieuw bij regeling Wet ter voorkoming van witwassen en financieren van terrorisme (BWBR0024282): ${shown.reference}`);
    expect(notice.text).toContain(`De belemmering ${shown.reference} uit het register is afgehandeld.`);
    expect(notice.text).toContain(`https://permanentbeta.example.nl/register/${shown.reference}`);
    for (const [kind, ref] of [['regulation', 'BWBR0024282'], ['barrier', shown.reference], ['theme', '1.4']]) {
      expect((await feed(kind, ref)).items.map((i) => i.title)).toContain(shown.reference);
    }
    expect((await feed('barrier', hidden.reference)).items).toEqual([]);
    expect((await feed('regulation', 'BWBR0024282')).items.map((i) => i.title)).not.toContain(hidden.reference);
  });

  it('tells the followers of a theme the review has a section for that the year\'s review appeared, once, also when Kafka delivers the event again', async () => {
    const follower = `volger-${run}@example.nl`;
    const quiet = `stil-${run}@example.nl`;
    await subscribeAndConfirm(follower, 'theme', '3.2', 'nl');
    await subscribeAndConfirm(quiet, 'theme', '3.9', 'en');
    // A compiled revision as the compile stores it: theme 3.2 has reports, theme 3.9 has nothing in it.
    const section = (code: string, received: number) => ({ code, title: `Thema ${code}`, version: '2018.0', reports: { received: { id: 'r', value: received, drillDown: '/x' } }, consultations: { responses: { id: 'c', value: 0, drillDown: '/x' } }, consultationReports: [], amendments: [] });
    for (const revision of [1, 2]) {
      await ds.query(`INSERT INTO reviews (year, revision, job_id, compiled_at, as_of_position, content, figures) VALUES (2031, $1, $2, now(), 0, $3, '{}')`, [
        revision,
        randomUUID(),
        JSON.stringify({ year: 2031, revision, themes: [section('3.2', 4), section('3.9', 0)] }),
      ]);
    }
    const compiled = (revision: number) =>
      createEvent(ReviewCompiledV1, { year: 2031, revision, jobId: randomUUID(), strategyVersion: '2018.0', asOfPosition: '0', figuresDigest: 'a'.repeat(64), compiledAt: '2031-12-01T10:00:00.000Z' }, { aggregateId: '2031', aggregateVersion: revision, actor: { role: 'coordinator' as const, id: 'c-1' } });
    const first = compiled(1);
    await publish(first);
    const [, notice] = await waitForMails(follower, 2, 'the notice of the new review');
    expect(notice.subject).toBe('Nieuw bij thema 3.2: 2031');
    expect(notice.text).toContain('Het jaaroverzicht 2031 is verschenen.');
    expect(notice.text).toContain('https://permanentbeta.example.nl/jaaroverzichten/2031');
    expect(notice.text).toContain('https://permanentbeta.example.nl/abonnementen/opzeggen?token=');

    // The same event again, and a second revision (a correction, not a new review): no second item, no second mail.
    await publish(first, compiled(2), proposal(`Na het jaaroverzicht ${run}`, '3.2'));
    await waitFor(() => feed('theme', '3.2'), (f) => f.items.some((i) => i.title === `Na het jaaroverzicht ${run}`), { what: 'the marker after the redelivery' });
    const reviews = (await feed('theme', '3.2')).items.filter((i) => i.kind === 'review-compiled');
    expect(reviews).toEqual([expect.objectContaining({ kind: 'review-compiled', title: '2031', path: '/jaaroverzichten/2031' })]);
    expect((await mailsTo(follower)).filter((m) => m.text.includes('jaaroverzicht 2031'))).toHaveLength(1);
    // A theme without a section in the review hears nothing of it.
    expect((await feed('theme', '3.9')).items.filter((i) => i.kind === 'review-compiled')).toEqual([]);
    expect(await mailsTo(quiet)).toHaveLength(1);
  });

  it('erases an address with all its subscriptions when the erasure coordinator asks, and answers with the count', async () => {
    const erasureId = randomUUID();
    const seen: { type: string; payload: { erasureId: string; service: string; erased: Record<string, number> } }[] = [];
    await app.get(EventBroker).subscribe({ groupId: `test-observer-${run}`, topics: [Topics.erasures], fromBeginning: true, onMessage: async (m) => void seen.push(JSON.parse(m.value!.toString())) });
    await publish(createEvent(ErasureRequestedV1, { erasureId, subjectHash: keyedHash(env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(lawyer)) }, { aggregateId: erasureId, aggregateVersion: 1, actor: { role: 'admin', id: 'a-1' } }));
    const answer = await waitFor(async () => seen.find((e) => e.type === 'privacy.ErasureCompleted' && e.payload.erasureId === erasureId), Boolean, { what: 'the review’s answer' });
    expect(answer!.payload).toEqual({ erasureId, service: 'review', erased: { subscriptions: 1 } });
    expect(await ds.query(`SELECT id FROM subscriptions WHERE email = $1`, [lawyer])).toEqual([]);
    // Nothing of the reader (unsubscribed) nor of the lawyer (erased) is left in the review's tables:
    // their mails were sent, and a sent mail loses its address and body at sending.
    expect(await findPersonalData(ds, [reader, lawyer])).toEqual([]);
  });

  it('says per field what is wrong, and limits the confirmations an address can be sent', async () => {
    const bad = await http().post('/api/review/subscriptions').set('Accept-Language', 'en').send({ email: 'geen-adres', topicKind: 'theme', topicRef: 'BWBR0024282' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email']);
    const wrongKind = await http().post('/api/review/subscriptions').send({ email: reader, topicKind: 'regulation', topicRef: '1.4' }).expect(422);
    expect(wrongKind.body.detail).toContain('Dit onderwerp bestaat niet');
    await http().get('/api/review/feeds/theme/1.4%00').expect(400);

    const flood = `flood-${run}@example.nl`;
    for (let i = 0; i < 3; i++) await http().post('/api/review/subscriptions').send({ email: flood, topicKind: 'theme', topicRef: `1.${i + 1}` }).expect(202);
    const refused = await http().post('/api/review/subscriptions').send({ email: flood, topicKind: 'theme', topicRef: '1.9' }).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await ds.query(`SELECT topic_ref FROM subscriptions WHERE email = $1 ORDER BY topic_ref`, [flood])).toEqual([{ topic_ref: '1.1' }, { topic_ref: '1.2' }, { topic_ref: '1.3' }]);
  });

  it('keeps the news in its own consumer group, apart from the projections a replay rebuilds', async () => {
    const groups = await ds.query(`SELECT DISTINCT consumer FROM inbox_messages ORDER BY consumer`);
    expect(groups.map((g: { consumer: string }) => g.consumer)).toContain(SUBSCRIPTIONS_GROUP);
  });
});
