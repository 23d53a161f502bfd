import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken } from '@pb/auth';
import { validateEnv } from '@pb/config';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { OpenDataService } from '../../review/src/open-data/application/support/open-data.service';
import { PortalAppModule } from './app.module';
import { PortalEnv } from './config/portal.env';
import { configurePortalApp } from './portal-app';

/** A stand-in for the services: each test says how it answers. */
let answer: (req: IncomingMessage, body: string, res: ServerResponse) => void;
const seen: { method?: string; url?: string; body: string; headers: IncomingMessage['headers'] }[] = [];

function json(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(JSON.stringify(body));
}

describe('portal pages (HTTP)', () => {
  let upstream: Server;
  let app: NestExpressApplication;
  let env: PortalEnv;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body, headers: req.headers });
        answer(req, body, res);
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    env = validateEnv(PortalEnv, { LOKET_URL: url, PROPOSALS_URL: url, COMMENTS_URL: url, REVIEW_URL: url, UPSTREAM_TIMEOUT_MS: '300' } as NodeJS.ProcessEnv);
    app = await NestFactory.create<NestExpressApplication>(PortalAppModule.register({ env }), { logger: false, bodyParser: false });
    configurePortalApp(app, env, pino({ level: 'silent' }));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await new Promise((r) => upstream.close(r));
  });

  beforeEach(() => {
    seen.length = 0;
    answer = (_req, _body, res) => json(res, 404, { status: 404 });
  });

  /** GETs the form to obtain the CSRF cookie and the token the form carries. */
  async function csrf(agent: ReturnType<typeof request.agent>, path = '/meldingen/nieuw'): Promise<string> {
    const page = await agent.get(path).expect(200);
    return /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
  }

  it('serves pages in Dutch by default with security headers, and in English after ?lang=en (kept in a cookie)', async () => {
    const nl = await request(app.getHttpServer()).get('/').expect(200);
    expect(nl.text).toContain('<html lang="nl"');
    expect(nl.headers['content-security-policy']).toContain("script-src 'self'");
    expect(nl.headers['x-content-type-options']).toBe('nosniff');
    expect(nl.headers['referrer-policy']).toBe('no-referrer');
    const agent = request.agent(app.getHttpServer());
    const en = await agent.get('/?lang=en').expect(200);
    expect(en.text).toContain('<html lang="en"');
    expect(en.text).toContain('Report a barrier');
    expect((await agent.get('/monitor').expect(503)).text).toContain('<html lang="en"');
  });

  it('refuses a form post without the CSRF token (403) and never calls the service', async () => {
    const agent = request.agent(app.getHttpServer());
    await csrf(agent);
    const res = await agent.post('/meldingen/nieuw').type('form').send({ title: 'Een titel' }).expect(403);
    expect(res.text).toContain('Niet toegestaan');
    expect(seen).toHaveLength(0);
  });

  it('turns the form into the loket JSON body and redirects to the confirmation (POST → 303)', async () => {
    // The check step asks for similar register entries first: none, so the report goes at once.
    answer = (req, _body, res) => (req.url?.startsWith('/api/loket/register/similar') ? json(res, 200, { items: [] }) : json(res, 201, { reference: 'LKT-2026-000007', status: 'received' }));
    const agent = request.agent(app.getHttpServer());
    const token = await csrf(agent);
    const res = await agent
      .post('/meldingen/nieuw')
      .type('form')
      .send({ _csrf: token, title: 'Titel', description: 'Omschrijving', 'regulation.name': 'Wet', 'regulation.article': '', 'company.kvkNumber': '12345678', 'consent.contact': 'true', 'contact.phone': ' ' })
      .expect(303);
    expect(res.headers.location).toBe('/meldingen/nieuw/ontvangen?referentie=LKT-2026-000007');
    expect(seen.map((s) => `${s.method} ${s.url?.split('?')[0]}`)).toEqual(['GET /api/loket/register/similar', 'POST /api/loket/reports']);
    const sent = JSON.parse(seen[1].body);
    expect(seen[1].url).toBe('/api/loket/reports');
    expect(sent).toMatchObject({ title: 'Titel', regulation: { name: 'Wet' }, company: { kvkNumber: '12345678' }, consent: { contact: true, publish: false } });
    expect(sent.regulation).not.toHaveProperty('article');
    expect(sent.contact).not.toHaveProperty('phone');
  });

  it('shows the loket field errors in an error summary linking to each field, with every value kept', async () => {
    answer = (_req, _body, res) =>
      json(res, 400, { status: 400, title: 'Ongeldige invoer', errors: [{ field: 'company.kvkNumber', message: 'Een KvK-nummer bestaat uit 8 cijfers.' }, { field: 'technology', message: 'Kies een van: ai, …' }] }, 'application/problem+json');
    const agent = request.agent(app.getHttpServer());
    const token = await csrf(agent);
    const res = await agent.post('/meldingen/nieuw').type('form').send({ _csrf: token, title: 'Mijn <b>titel</b>', 'company.kvkNumber': '123' }).expect(400);
    expect(res.text).toContain('href="#f-company-kvkNumber">KvK-nummer: Een KvK-nummer bestaat uit 8 cijfers.');
    expect(res.text).toContain('href="#f-technology">Technologie: Kies een technologie.');
    expect(res.text).toContain('id="f-company-kvkNumber" name="company.kvkNumber" type="text" value="123"');
    // Kept, and escaped.
    expect(res.text).toContain('value="Mijn &lt;b&gt;titel&lt;/b&gt;"');
    expect(res.text).not.toContain('<b>titel</b>');
  });

  it('keeps all input and says so plainly when the loket does not answer in time', async () => {
    answer = () => undefined; // never answers; the portal's timeout is 300 ms here
    const agent = request.agent(app.getHttpServer());
    const token = await csrf(agent);
    const res = await agent.post('/meldingen/nieuw').type('form').send({ _csrf: token, title: 'Blijft staan', description: 'Ook dit blijft staan', 'contact.email': 'a@b.nl' }).expect(503);
    expect(res.text).toContain('reageerde niet op tijd');
    expect(res.text).toContain('value="Blijft staan"');
    expect(res.text).toContain('>Ook dit blijft staan</textarea>');
    expect(res.text).toContain('value="a@b.nl"');
  });

  it('keeps all input when the loket fails with a 5xx', async () => {
    answer = (_req, _body, res) => json(res, 500, { status: 500 }, 'application/problem+json');
    const agent = request.agent(app.getHttpServer());
    const token = await csrf(agent);
    const res = await agent.post('/meldingen/nieuw').type('form').send({ _csrf: token, title: 'Nog steeds hier' }).expect(503);
    expect(res.text).toContain('tijdelijk niet beschikbaar');
    expect(res.text).toContain('value="Nog steeds hier"');
  });

  it('staff pages ask for a login, refuse the wrong role, and forward the staff token to the service', async () => {
    await request(app.getHttpServer()).get('/behandelen').expect(401);
    const moderator = signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'm1', roles: ['moderator'] });
    await request(app.getHttpServer()).get('/behandelen').set('Cookie', `pb_session=${moderator}`).expect(403);
    const official = signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub: 'o1', roles: ['official'], department: 'EZK' });
    answer = (req, _body, res) => (req.url!.startsWith('/api/loket/reports') ? json(res, 200, { items: [], total: 0, page: 1, pageSize: 20 }) : json(res, 404, {}));
    const res = await request(app.getHttpServer()).get('/behandelen?status=received').set('Cookie', `pb_session=${official}`).expect(200);
    expect(res.text).toContain('Werkvoorraad');
    // The menu shows only what the role may do.
    expect(res.text).toContain('href="/behandelen"');
    expect(res.text).not.toContain('href="/moderatie"');
    expect(res.text).not.toContain('href="/coordinatie"');
    const asModerator = await request(app.getHttpServer()).get('/').set('Cookie', `pb_session=${moderator}`).expect(200);
    expect(asModerator.text).toContain('href="/moderatie"');
    expect(asModerator.text).not.toContain('href="/behandelen"');
    const call = seen.find((s) => s.url!.startsWith('/api/loket/reports'))!;
    expect(call.url).toContain('status=received');
    expect(call.headers.authorization).toBe(`Bearer ${official}`);
  });

  const staff = (sub: string, roles: Parameters<typeof signDevelopmentToken>[1]['roles'], department?: string) =>
    signDevelopmentToken({ secret: env.JWT_SECRET, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }, { sub, roles, department });

  // Issue 10 item 8 changed this test: officials and intake read the trail too (the loket limits it to their scope).
  it('shows an admin, an official and intake the audit log of a report, in Dutch and in English; 401 without login, 403 for other roles', async () => {
    const reference = 'LKT-2026-000042';
    const trail = {
      reference,
      total: 3,
      page: 1,
      pageSize: 50,
      items: [
        { at: '2026-12-01T09:15:00.000Z', actor: { role: 'official', id: 'dev-0a1b2c' }, action: 'contact-details-read', details: {} },
        { at: '2026-12-01T09:16:00.000Z', actor: { role: 'intake', id: 'dev-intake-9' }, action: 'triage', details: { department: 'EZK', theme: '2.1.2', priority: 'high' } },
        { at: '2026-12-01T09:17:00.000Z', actor: { role: 'official', id: 'dev-0a1b2c' }, action: 'duplicate', details: { originalReference: 'LKT-2026-000007' } },
      ],
    };
    answer = (req, _body, res) => (req.url!.startsWith(`/api/loket/reports/${reference}/audit`) ? json(res, 200, trail) : json(res, 404, { status: 404 }, 'application/problem+json'));
    const path = `/behandelen/${reference}/auditlog`;
    await request(app.getHttpServer()).get(path).expect(401);
    await request(app.getHttpServer()).get(path).set('Cookie', `pb_session=${staff('m1', ['moderator'])}`).expect(403);
    expect(seen).toHaveLength(0);
    for (const token of [staff('o1', ['official'], 'EZK'), staff('i1', ['intake'])]) {
      await request(app.getHttpServer()).get(path).set('Cookie', `pb_session=${token}`).expect(200);
      expect(seen.filter((s) => s.url!.startsWith(`/api/loket/reports/${reference}/audit`)).at(-1)!.headers.authorization).toBe(`Bearer ${token}`);
    }
    seen.length = 0;

    const admin = staff('a1', ['admin']);
    const nl = await request(app.getHttpServer()).get(path).set('Cookie', `pb_session=${admin}`).expect(200);
    expect(nl.text).toContain('<html lang="nl"');
    expect(nl.text).toContain(`Auditlog van melding ${reference}`);
    expect(nl.text).toContain('<caption class="utrecht-table__caption">Auditlog, oudste eerst</caption>');
    expect(nl.text).toContain('Behandelaar dev-0a1b2c');
    expect(nl.text).toContain('Contactgegevens ingezien');
    expect(nl.text).toContain('Intake (frontoffice loket) dev-intake-9');
    expect(nl.text).toContain('Ministerie: Economische Zaken en Klimaat (tot 2024); Thema: 2.1.2; Prioriteit: Hoog');
    // The original named, not linked: the audit log cannot tell whether the reader may open it.
    expect(nl.text).toContain('Oorspronkelijke melding: LKT-2026-000007');
    expect(nl.text).not.toContain('href="/behandelen/LKT-2026-000007"');
    expect(nl.text).toContain(`href="/behandelen/${reference}"`);
    expect(seen[0].url).toBe(`/api/loket/reports/${reference}/audit?page=1&pageSize=50`);
    expect(seen[0].headers.authorization).toBe(`Bearer ${admin}`);

    const en = await request(app.getHttpServer()).get(`${path}?lang=en`).set('Cookie', `pb_session=${admin}`).expect(200);
    expect(en.text).toContain('<html lang="en"');
    expect(en.text).toContain(`Audit log of report ${reference}`);
    expect(en.text).toContain('Contact details viewed');
    expect(en.text).toContain('Ministry: Economic Affairs and Climate Policy (until 2024); Theme: 2.1.2; Priority: High');

    seen.length = 0;
    await request(app.getHttpServer()).get('/behandelen/LKT-2026-000999/auditlog').set('Cookie', `pb_session=${admin}`).expect(404);
    await request(app.getHttpServer()).get('/behandelen/LKT-26-1/auditlog').set('Cookie', `pb_session=${admin}`).expect(404);
    expect(seen.map((s) => s.url)).toEqual(['/api/loket/reports/LKT-2026-000999/audit?page=1&pageSize=50']);
  });

  it('links the audit log from the report page for every staff member who may open it (issue 10 item 8); intake gets the work queue but neither start handling nor an outcome but not admissible', async () => {
    const reference = 'LKT-2026-000043';
    answer = (req, _body, res) =>
      req.url === `/api/loket/reports/${reference}`
        ? json(res, 200, { reference, status: 'triaged', title: 'Een melding', department: 'EZK', timeline: [], messages: [], deadlines: { triageBy: '2026-12-08', answerBy: '2027-01-26' } })
        : json(res, 404, { status: 404 }, 'application/problem+json');
    const page = (token: string) => request(app.getHttpServer()).get(`/behandelen/${reference}`).set('Cookie', `pb_session=${token}`).expect(200);
    const auditLink = `href="/behandelen/${reference}/auditlog"`;
    const asAdmin = await page(staff('a1', ['admin']));
    expect(asAdmin.text).toContain(auditLink);
    expect(asAdmin.text).toContain('action="/behandelen/LKT-2026-000043/in-behandeling"');
    const asOfficial = await page(staff('o1', ['official'], 'EZK'));
    expect(asOfficial.text).toContain(auditLink);
    expect(asOfficial.text).toContain('id="f-outcome-guidance"');
    const asIntake = await page(staff('i1', ['intake']));
    expect(asIntake.text).toContain(auditLink);
    expect(asIntake.text).toContain('href="/behandelen"');
    expect(asIntake.text).toContain('action="/behandelen/LKT-2026-000043/beoordelen"');
    expect(asIntake.text).not.toContain('/in-behandeling"');
    expect(asIntake.text).toContain('Niet ontvankelijk verklaren');
    expect(asIntake.text).toContain('name="outcome" value="not-admissible"');
    expect(asIntake.text).not.toContain('name="outcome" value="guidance"');
  });

  it('after triage to another ministry takes an official back to the work queue, saying where the report went', async () => {
    const reference = 'LKT-2026-000044';
    answer = (req, _body, res) =>
      req.url === `/api/loket/reports/${reference}/triage` ? json(res, 200, { status: 'triaged' }) : req.url!.startsWith('/api/loket/reports?') ? json(res, 200, { items: [], total: 0, page: 1, pageSize: 20 }) : json(res, 404, { status: 404 });
    const agent = request.agent(app.getHttpServer());
    const token = await csrf(agent, '/inloggen');
    await agent.post('/inloggen').type('form').send({ _csrf: token, role: 'official', department: 'EZK', name: 'Olga' }).expect(303);
    const triage = (department: string) => agent.post(`/behandelen/${reference}/beoordelen`).type('form').send({ _csrf: token, theme: '2.1.2', priority: 'normal', department }).expect(303);
    expect((await triage('EZK')).headers.location).toBe(`/behandelen/${reference}?gedaan=triage`);
    const handedOn = (await triage('BZK')).headers.location;
    expect(handedOn).toBe(`/behandelen?overgedragen=${reference}&aan=BZK`);
    const queue = await agent.get(handedOn).expect(200);
    expect(queue.text).toContain(`Melding ${reference} is beoordeeld en toegewezen aan BZK; u ziet hem niet meer in uw werkvoorraad.`);
    expect((await agent.get('/behandelen?overgedragen=<script>&aan=X').expect(200)).text).not.toContain('toegewezen aan');
  });

  it("sends a coordinator's question rows with their kinds and options, and puts the proposals service's errors back on the row (issue 11 item 6)", async () => {
    const id = '0b8a3c55-5d8e-4c3a-9a55-4a7a3f4b0c11';
    answer = (req, _body, res) =>
      req.method === 'POST' && req.url === '/api/proposals'
        ? json(res, 400, { status: 400, title: 'Ongeldige invoer', detail: 'Controleer de invoer.', errors: [{ field: 'questions.1.options', message: 'Geef minstens 2 antwoordmogelijkheden.' }] }, 'application/problem+json')
        : req.method === 'GET' && req.url === `/api/proposals/${id}`
          ? json(res, 200, { id, status: 'draft', title: 'Concept', summary: 'Samenvatting van het concept', body: 'Tekst van het concept', theme: '1.3', opensAt: '2026-03-01T08:00:00Z', closesAt: '2026-04-01T21:59:00Z', moderation: 'post', questions: [{ id: 'q1', text: 'Steunt u het?', kind: 'single-choice', options: [{ id: 'o1', label: 'Ja' }, { id: 'o2', label: 'Nee' }] }], documents: [] })
          : json(res, 404, { status: 404 });
    const agent = request.agent(app.getHttpServer());
    const token = await csrf(agent, '/inloggen');
    await agent.post('/inloggen').type('form').send({ _csrf: token, role: 'coordinator', name: 'Cora' }).expect(303);
    const res = await agent
      .post('/coordinatie/voorstellen/nieuw')
      .type('form')
      .send({
        _csrf: token,
        title: 'Werkplaatsen',
        'questions.0.text': 'Steunt u dit voorstel?',
        'questions.0.kind': 'single-choice',
        'questions.0.options': 'Ja\r\nNee',
        'questions.1.text': '',
        'questions.1.kind': 'text',
        'questions.2.text': 'Welke onderwerpen?',
        'questions.2.kind': 'multiple-choice',
        'questions.2.options': 'Privacy',
        opensAt: '2026-03-01T09:00',
        closesAt: '2026-04-01T23:59',
        moderation: 'post',
      })
      .expect(400);
    const sent = JSON.parse(seen.find((s) => s.method === 'POST' && s.url === '/api/proposals')!.body);
    expect(sent.questions).toEqual([
      { text: 'Steunt u dit voorstel?', kind: 'single-choice', options: ['Ja', 'Nee'] },
      { text: 'Welke onderwerpen?', kind: 'multiple-choice', options: ['Privacy'] },
    ]);
    // The service's second question is the form's third row.
    expect(res.text).toContain('<a class="utrecht-link" href="#f-questions-2-options">Vraag 3 — Antwoordmogelijkheden: Geef minstens 2 antwoordmogelijkheden.</a>');
    expect(res.text).toContain('<option value="multiple-choice" selected>Meerdere keuzes</option>');
    expect(res.text).toContain('>Ja\r\nNee</textarea>');

    const draft = await agent.get(`/coordinatie/voorstellen/${id}/wijzigen?lang=en`).expect(200);
    expect(draft.text).toContain(`action="/coordinatie/voorstellen/${id}/bewerken"`);
    expect(draft.text).toContain('value="Steunt u het?"');
    expect(draft.text).toContain('<option value="single-choice" selected>One choice</option>');
    expect(draft.text).toContain('>Ja\nNee</textarea>');
  });

  it('the development login offers the intake role, which lands on the work queue', async () => {
    const agent = request.agent(app.getHttpServer());
    const token = await csrf(agent, '/inloggen');
    const form = await agent.get('/inloggen').expect(200);
    expect(form.text).toContain('value="intake"');
    const ok = await agent.post('/inloggen').type('form').send({ _csrf: token, role: 'intake', department: '', name: 'Ines Intake' }).expect(303);
    expect(ok.headers.location).toBe('/behandelen');
  });

  it('the development login sets an httpOnly SameSite=Lax session cookie and refuses bad input with the values kept', async () => {
    const agent = request.agent(app.getHttpServer());
    const token = await csrf(agent, '/inloggen');
    const bad = await agent.post('/inloggen').type('form').send({ _csrf: token, role: 'official', department: 'EZK', name: '' }).expect(400);
    expect(bad.text).toContain('href="#f-name"');
    const ok = await agent.post('/inloggen').type('form').send({ _csrf: token, role: 'official', department: 'EZK', name: 'Olga' }).expect(303);
    expect(ok.headers.location).toBe('/behandelen');
    const cookie = ([] as string[]).concat(ok.headers['set-cookie'] ?? []).find((c) => c.startsWith('pb_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('refuses an open redirect after login', async () => {
    const agent = request.agent(app.getHttpServer());
    const token = await csrf(agent, '/inloggen');
    const ok = await agent.post('/inloggen').type('form').send({ _csrf: token, role: 'coordinator', department: 'EZK', name: 'Cora', next: '//evil.example' }).expect(303);
    expect(ok.headers.location).toBe('/');
  });

  it('still forwards /api unchanged: JSON and form bodies stream through, no CSRF check, no page context', async () => {
    answer = (req, body, res) => json(res, 201, { echoed: body, type: req.headers['content-type'] });
    const res = await request(app.getHttpServer()).post('/api/loket/reports').set('Content-Type', 'application/json').send({ title: 'via de API' }).expect(201);
    expect(JSON.parse(res.body.echoed)).toEqual({ title: 'via de API' });
    expect(seen[0].url).toBe('/api/loket/reports');
    const form = await request(app.getHttpServer()).post('/api/comments/x/flags').type('form').send({ reason: 'spam' }).expect(201);
    expect(form.body.echoed).toBe('reason=spam');
  });

  it('lists the open datasets with their columns, from the list exactly as the review service produces it', async () => {
    // The review's own list, not a copy of its shape: the page once called .startsWith on a schema
    // that had become an object, and answered 500 to everyone.
    const datasets = new OpenDataService(undefined as never).list();
    answer = (req, _body, res) => (req.url === '/api/review/open-data' ? json(res, 200, datasets) : json(res, 404, { status: 404 }));
    const res = await request(app.getHttpServer()).get('/open-data').expect(200);
    for (const d of datasets) {
      expect(res.text).toContain(`href="${d.url}" download`);
      expect(res.text).toContain(`id="schema-${d.name}"`);
      for (const c of d.schema.columns as { name: string }[]) expect(res.text).toContain(`<code>${c.name}</code>`);
    }
  });

  it('says why a confirmation link does not count when the address already has a counted response, and only then', async () => {
    const agent = request.agent(app.getHttpServer());
    const token = await csrf(agent, '/reacties/bevestigen?token=abc');
    const detail = 'U heeft met dit e-mailadres al een bevestigde reactie op dit voorstel. Per e-mailadres telt één reactie; deze reactie telt niet mee.';
    answer = (_req, _body, res) => json(res, 409, { status: 409, code: 'COMMENTS.ALREADY_RESPONDED', detail }, 'application/problem+json');
    const counted = await agent.post('/reacties/bevestigen').type('form').send({ _csrf: token, token: 'abc' }).expect(409);
    expect(counted.text).toContain('Per e-mailadres telt één reactie; deze reactie telt niet mee.');
    answer = (_req, _body, res) => json(res, 404, { status: 404, code: 'COMMENTS.VERIFICATION_INVALID' }, 'application/problem+json');
    const invalid = await agent.post('/reacties/bevestigen').type('form').send({ _csrf: token, token: 'abc' }).expect(400);
    expect(invalid.text).toContain('Deze bevestigingslink is ongeldig of verlopen.');
  });

  it('answers an unknown page with a Dutch 404 page', async () => {
    const res = await request(app.getHttpServer()).get('/bestaat-niet').expect(404);
    expect(res.text).toContain('Pagina niet gevonden');
  });

  it('pages the register by following the API next link (?vanaf=), plain links, and starts over on a cursor the API refuses', async () => {
    const entry = { reference: 'LKT-2026-000001', title: 'Drones', regulation: { name: 'Wet luchtvaart' }, technology: 'drones', sector: 'H', theme: null, outcome: 'guidance', explanation: 'Zie de handreiking.', resolvedAt: '2026-06-01T10:00:00.000Z', clusterSize: 1 };
    answer = (req, _body, res) => {
      const cursor = new URL(req.url!, 'http://x').searchParams.get('cursor');
      if (cursor === 'stale') return json(res, 400, { status: 400, errors: [{ field: 'cursor', message: 'x' }] }, 'application/problem+json');
      json(res, 200, { total: 41, items: [entry], next: cursor ? null : '/api/loket/register?cursor=WyJhIiwiYiJd' });
    };
    const first = await request(app.getHttpServer()).get('/register').expect(200);
    // The register's own call; the strategy is asked beside it for the theme filter's choices.
    expect(seen.map((r) => r.url).filter((url) => url?.startsWith('/api/loket'))).toEqual(['/api/loket/register']);
    expect(first.text).toContain('href="/register?vanaf=WyJhIiwiYiJd"');
    expect(first.text).not.toContain('Eerste pagina');

    seen.length = 0;
    const second = await request(app.getHttpServer()).get('/register?vanaf=WyJhIiwiYiJd').expect(200);
    expect(seen.map((r) => r.url)).toEqual(['/api/loket/register?cursor=WyJhIiwiYiJd']);
    expect(second.text).toContain('<a class="utrecht-link" href="/register">Eerste pagina</a>');
    expect(second.text).not.toContain('rel="next"'); // the API said this was the last page

    seen.length = 0;
    await request(app.getHttpServer()).get('/register?vanaf=%22%3E%3Cscript%3E').expect(200);
    expect(seen.map((r) => r.url)).toEqual(['/api/loket/register']); // not cursor-shaped: the first page
    const stale = await request(app.getHttpServer()).get('/register?vanaf=stale').expect(303);
    expect(stale.headers.location).toBe('/register');
  });
});
