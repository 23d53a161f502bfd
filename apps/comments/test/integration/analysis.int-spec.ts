import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken, type StaffRole } from '@pb/auth';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AnalysisJobRunner } from '../../src/analysis/application/commands/run-analysis/analysis-job.runner';
import { CommentsAppModule } from '../../src/app.module';
import { CommentsEnv } from '../../src/config/comments.env';
import { commentsMigrations } from '../../src/migrations';

jest.setTimeout(180_000);

interface CorpusResponse {
  body: string;
  theme: string;
  stance: string;
}
const corpus = JSON.parse(readFileSync(join(__dirname, '../corpus/corpus.json'), 'utf8')) as { proposals: { responses: CorpusResponse[] }[] };

/**
 * The analysis with human sign-off on real PostgreSQL and Kafka: the job runs on stored responses
 * (a corpus proposal), the review's edits are logged append-only, and the sign-off publishes
 * ConsultationAnalysisSignedOff through the outbox.
 */
describe('consultation analysis (real PostgreSQL and Kafka)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  let coordinator: string;
  let moderator: string;
  let runner: AnalysisJobRunner;
  const http = () => request(app.getHttpServer());
  const support = randomUUID();

  const proposal = async (): Promise<string> => {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO proposal_projection (proposal_id, title, theme, moderation, questions, opens_at, closes_at, status)
       VALUES ($1, 'Voorstel', '1.1', 'post', $2, now() - interval '2 days', now() - interval '1 day', 'closed')`,
      [id, JSON.stringify([{ id: support, text: 'Steunt u het voorstel?', kind: 'single-choice', options: [{ id: 'ja', label: 'Ja' }, { id: 'nee', label: 'Nee' }] }])],
    );
    return id;
  };

  const insert = async (proposalId: string, body: string, o: { verified?: boolean; status?: string; answer?: string } = {}): Promise<string> => {
    const id = randomUUID();
    await ds.query(
      `INSERT INTO responses (id, proposal_id, body, answers, author_name, author_email, email_normalised, respondent_id, is_public, status, submitted_at, verified_at, version)
       VALUES ($1::uuid, $2, $3, $4, 'Geheime Naam', 'geheim-' || $1::text || '@example.org', 'geheim-' || $1::text || '@example.org', 'r-' || $1::text, false, $5, clock_timestamp(), CASE WHEN $6 THEN clock_timestamp() END, 1)`,
      [id, proposalId, body, JSON.stringify(o.answer ? [{ questionId: support, answer: o.answer }] : []), o.status ?? 'published', o.verified ?? true],
    );
    return id;
  };

  beforeAll(async () => {
    db = await createTestDatabase('comments', commentsMigrations);
    const env = testEnv(CommentsEnv, { DATABASE_URL: db.url });
    // The runner is driven by the test (runPending), not by the timer.
    app = await createTestApp(CommentsAppModule.register({ env, logger: testLogger(), analysisJobs: false }));
    ds = app.get(DataSource);
    runner = app.get(AnalysisJobRunner);
    const token = (sub: string, roles: StaffRole[]) => `Bearer ${signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub, roles })}`;
    coordinator = token('coordinator-1', ['coordinator']);
    moderator = token('moderator-1', ['moderator']);
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('analyses the confirmed responses of a proposal, is reviewed with every change logged, and signs off with the event', async () => {
    const proposalId = await proposal();
    const hand = corpus.proposals[0].responses;
    const ids: string[] = [];
    for (const [i, r] of hand.entries()) ids.push(await insert(proposalId, r.body, { answer: i % 2 ? 'ja' : 'nee' }));
    // Neither unconfirmed nor rejected responses are analysed.
    const unconfirmed = await insert(proposalId, 'Onbevestigde reactie over privacy en gegevens van de wallet.', { verified: false });
    const rejected = await insert(proposalId, 'Afgewezen reactie over privacy en gegevens van de wallet.', { status: 'rejected' });

    const started = await http().post(`/api/proposals/${proposalId}/analyses`).set('Authorization', coordinator).expect(202);
    expect(started.body.created).toBe(true);
    // A second start while it is queued answers the same analysis (idempotent).
    const again = await http().post(`/api/proposals/${proposalId}/analyses`).set('Authorization', coordinator).expect(202);
    expect(again.body).toEqual({ analysisId: started.body.analysisId, created: false });
    expect((await http().get(`/api/proposals/${proposalId}/analyses/latest`).set('Authorization', coordinator).expect(200)).body.status).toBe('queued');

    expect(await runner.runPending()).toBe(1);
    const analysis = (await http().get(`/api/proposals/${proposalId}/analyses/latest`).set('Authorization', coordinator).expect(200)).body;
    expect(analysis.status).toBe('review');
    expect(analysis.method.responses).toBe(hand.length);
    const themed = analysis.themes.flatMap((t: { responseIds: string[] }) => t.responseIds);
    expect(new Set(themed).size).toBe(themed.length);
    expect(themed.length + analysis.unthemed).toBe(hand.length);
    expect(themed).not.toContain(unconfirmed);
    expect(themed).not.toContain(rejected);
    expect(analysis.themes.length).toBeGreaterThanOrEqual(2);
    // Summary sentences are read from the responses they quote.
    const [first] = analysis.themes;
    expect(first.summary.length).toBeGreaterThan(0);
    for (const s of first.summary) expect(hand[ids.indexOf(s.responseIds[0])].body).toContain(s.text);
    const choice = analysis.stances.find((s: { questionId: string }) => s.questionId === support);
    expect(choice).toEqual({ questionId: support, for: hand.length / 2, against: hand.length / 2, mixed: 0, unclear: 0 });
    // The words of the summary are not copied into the analysis row.
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM analyses WHERE strpos(themes::text, $1) > 0`, [first.summary[0].text]);
    expect(n).toBe(0);

    const analysisId = analysis.id;
    const edit = (body: Record<string, unknown>) => http().post(`/api/proposals/${proposalId}/analyses/${analysisId}/edits`).set('Authorization', coordinator).send(body);
    const [t1, t2] = analysis.themes;
    await edit({ kind: 'rename', themeId: t1.id, label: 'Privacy en gegevens' }).expect(200);
    await edit({ kind: 'merge', themeId: t2.id, intoThemeId: t1.id }).expect(200);
    const moved = t1.responseIds[0];
    const split = await edit({ kind: 'split', themeId: t1.id, responseIds: [moved], label: 'Apart' }).expect(200);
    const splitTheme = split.body.themes.find((t: { label: string }) => t.label === 'Apart');
    expect(splitTheme.responseIds).toEqual([moved]);
    await edit({ kind: 'move', responseId: moved, toThemeId: t1.id }).expect(200);
    const third = analysis.themes[2]?.id ?? t1.id;
    await edit({ kind: 'reject-label', themeId: third }).expect(200);

    // Bad edits: per field, in Dutch, and in English on request.
    const invalid = await edit({ kind: 'rename', themeId: 'x1' }).expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['label', 'themeId']);
    const unknown = await edit({ kind: 'rename', themeId: 't99', label: 'x' }).set('Accept-Language', 'en').expect(404);
    expect(unknown.body.detail).toContain('t99');
    // Sign-off waits for the rejected label to be replaced.
    const refused = await http().post(`/api/proposals/${proposalId}/analyses/${analysisId}/sign-off`).set('Authorization', coordinator).expect(409);
    expect(refused.body.detail).toBe('Eén thema heeft geen naam meer: geef het een naam voordat u de analyse vaststelt.');
    await edit({ kind: 'rename', themeId: third, label: 'Overig' }).expect(200);
    // A moderator may not review an analysis.
    await http().post(`/api/proposals/${proposalId}/analyses/${analysisId}/sign-off`).set('Authorization', moderator).expect(403);
    await http().get(`/api/proposals/${proposalId}/analyses/signed-off`).set('Authorization', coordinator).expect(404);

    const signed = (await http().post(`/api/proposals/${proposalId}/analyses/${analysisId}/sign-off`).set('Authorization', coordinator).expect(200)).body;
    expect(signed.status).toBe('signed-off');
    expect(signed.revisions.map((r: { kind: string }) => r.kind)).toEqual(['analysed', 'renamed', 'merged', 'split', 'moved', 'label-rejected', 'renamed', 'signed-off']);
    await edit({ kind: 'rename', themeId: t1.id, label: 'Te laat' }).expect(409);

    // The revision log is append-only in the database too.
    await expect(ds.query(`UPDATE analysis_revisions SET actor = 'x' WHERE analysis_id = $1`, [analysisId])).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM analysis_revisions WHERE analysis_id = $1`, [analysisId])).rejects.toThrow(/append-only/);

    // The event: through the outbox onto Kafka, with ids and sizes and the coordinator's labels only.
    const sent = await waitFor(
      () => ds.query(`SELECT envelope, sent_at FROM outbox_messages WHERE envelope->>'type' = 'consultation.ConsultationAnalysisSignedOff' AND envelope->>'aggregateId' = $1`, [analysisId]),
      (rows) => rows.length === 1 && rows[0].sent_at !== null,
      { what: 'ConsultationAnalysisSignedOff relayed to Kafka' },
    );
    const payload = sent[0].envelope.payload;
    expect(payload.proposalId).toBe(proposalId);
    expect(payload.responses).toBe(hand.length);
    expect(payload.revisions).toBe(8);
    expect(payload.themes.map((t: { size: number }) => t.size)).toEqual(signed.themes.map((t: { size: number }) => t.size));
    expect(payload.themes.find((t: { themeId: string }) => t.themeId === t1.id).label).toBe('Privacy en gegevens');
    for (const t of payload.themes) if (t.labelSource === 'terms') expect(t.label).toBeNull();
    const wire = JSON.stringify(sent[0].envelope);
    for (const r of hand.slice(0, 20)) expect(wire).not.toContain(r.body.slice(0, 30));
    expect(wire).not.toContain('Geheime Naam');
  });

  it('analyses the text of attachments: a response whose point is only in its attachment lands in that theme, and a non-public attachment names no theme', async () => {
    const hand = corpus.proposals[0].responses;
    // A paper on privacy (the corpus's privacy responses one after another), and a short one on screen readers, a topic no response has.
    const privacyPaper = hand.filter((r) => r.theme === 'privacy').map((r) => r.body).join('\n');
    const screenReaderPaper = 'Voorleessoftware leest de schermen niet goed voor. Blinde gebruikers hebben voorleessoftware nodig die elke knop voorleest.';
    const analyse = async (publicPapers: boolean) => {
      const proposalId = await proposal();
      const byId = new Map<string, string>();
      for (const r of hand) byId.set(await insert(proposalId, r.body), r.theme);
      const withPaper = async (text: string): Promise<string> => {
        const id = await insert(proposalId, 'Zie bijlage.');
        await ds.query(`UPDATE responses SET is_public = $2 WHERE id = $1`, [id, publicPapers]);
        await ds.query(
          `INSERT INTO response_attachments (id, response_id, position, kind, file_name, size_bytes, sha256, content, uploaded_at, text_status, text, extracted_at)
           VALUES ($1, $2, 0, 'pdf', 'standpunt.pdf', 4, 'sha', $3, now(), 'extracted', $4, now())`,
          [randomUUID(), id, Buffer.from('%PDF'), text],
        );
        return id;
      };
      const privacyPointers = [await withPaper(privacyPaper), await withPaper(privacyPaper), await withPaper(privacyPaper)];
      const screenReaderPointers: string[] = [];
      for (let i = 0; i < 10; i++) screenReaderPointers.push(await withPaper(screenReaderPaper));
      // An attachment whose text is not extracted yet counts for nothing.
      await ds.query(
        `INSERT INTO response_attachments (id, response_id, position, kind, file_name, size_bytes, sha256, content, uploaded_at)
         VALUES ($1, $2, 1, 'pdf', 'nog-niet-gelezen.pdf', 4, 'sha', $3, now())`,
        [randomUUID(), privacyPointers[0], Buffer.from('%PDF')],
      );
      await http().post(`/api/proposals/${proposalId}/analyses`).set('Authorization', coordinator).expect(202);
      expect(await runner.runPending()).toBe(1);
      const analysis = (await http().get(`/api/proposals/${proposalId}/analyses/latest`).set('Authorization', coordinator).expect(200)).body;
      expect(analysis.status).toBe('review');
      expect(analysis.method.responses).toBe(hand.length + 13);
      const themes: { terms: string[]; responseIds: string[]; summary: { text: string }[] }[] = analysis.themes;
      // The privacy theme: the one holding most responses hand-labelled privacy.
      const privacyCount = (t: { responseIds: string[] }) => t.responseIds.filter((id) => byId.get(id) === 'privacy').length;
      const privacy = [...themes].sort((a, b) => privacyCount(b) - privacyCount(a))[0];
      const screenReaders = themes.find((t) => t.responseIds.includes(screenReaderPointers[0]))!;
      return { themes, privacy, privacyPointers, screenReaders, screenReaderPointers };
    };

    const hidden = await analyse(false);
    // "Zie bijlage." alone has no word to group by: the attachment put each in the theme of its paper.
    for (const id of hidden.privacyPointers) expect(hidden.privacy.responseIds).toContain(id);
    expect([...hidden.screenReaders.responseIds].sort()).toEqual([...hidden.screenReaderPointers].sort());
    // Non-public papers: not one of their words in a theme's terms or summary.
    const paperWords = ['voorleessoftware', 'blinde', 'voorleest', 'schermen'];
    for (const t of hidden.themes) {
      for (const word of paperWords) expect(t.terms).not.toContain(word);
      for (const s of t.summary) expect(s.text.toLowerCase()).not.toContain('voorleessoftware');
    }

    // The control: the same papers, public, do name their theme (so the check above can fail).
    const shown = await analyse(true);
    for (const id of shown.privacyPointers) expect(shown.privacy.responseIds).toContain(id);
    expect(shown.screenReaders.terms).toContain('voorleessoftware');
  });

  it('answers 404 for an unknown proposal and 401 without a token', async () => {
    await http().post(`/api/proposals/${randomUUID()}/analyses`).set('Authorization', coordinator).expect(404);
    await http().get(`/api/proposals/${randomUUID()}/analyses/latest`).expect(401);
  });

  it('takes over a job whose lease ran out (a process that died mid-way) and computes the same result', async () => {
    const proposalId = await proposal();
    for (const r of corpus.proposals[1].responses.slice(0, 40)) await insert(proposalId, r.body);
    const { analysisId } = (await http().post(`/api/proposals/${proposalId}/analyses`).set('Authorization', coordinator).expect(202)).body;
    // A process claimed it and died: running, lease expired.
    await ds.query(`UPDATE analyses SET status = 'running', lease_until = now() - interval '1 second', attempts = 1 WHERE id = $1`, [analysisId]);
    expect(await runner.runPending()).toBe(1);
    const first = (await http().get(`/api/proposals/${proposalId}/analyses/latest`).set('Authorization', coordinator).expect(200)).body;
    expect(first.status).toBe('review');
    const [{ attempts }] = await ds.query(`SELECT attempts FROM analyses WHERE id = $1`, [analysisId]);
    expect(attempts).toBe(2);
    // A new analysis of the same responses lands on the same themes (deterministic).
    await http().post(`/api/proposals/${proposalId}/analyses`).set('Authorization', coordinator).expect(202);
    expect(await runner.runPending()).toBe(1);
    const second = (await http().get(`/api/proposals/${proposalId}/analyses/latest`).set('Authorization', coordinator).expect(200)).body;
    expect(second.id).not.toBe(first.id);
    expect(second.themes.map((t: { responseIds: string[] }) => t.responseIds)).toEqual(first.themes.map((t: { responseIds: string[] }) => t.responseIds));
  });
});
