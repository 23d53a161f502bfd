import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { validateEnv } from '@pb/config';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { PortalAppModule } from '../../app.module';
import { PortalEnv } from '../../config/portal.env';
import { configurePortalApp } from '../../portal-app';

/** A stand-in for the loket: each test says how it answers. */
let answer: (req: IncomingMessage, body: string, res: ServerResponse) => void;
const seen: { method?: string; url?: string; body: string }[] = [];

function json(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(JSON.stringify(body));
}

describe('portal "Link kwijt? / Lost your link?" (HTTP)', () => {
  let upstream: Server;
  let app: NestExpressApplication;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body });
        answer(req, body, res);
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const env = validateEnv(PortalEnv, { LOKET_URL: url, PROPOSALS_URL: url, COMMENTS_URL: url, REVIEW_URL: url, UPSTREAM_TIMEOUT_MS: '300' } as NodeJS.ProcessEnv);
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
    answer = (_req, _body, res) => json(res, 202, { status: 'accepted' });
  });

  async function formToken(agent: ReturnType<typeof request.agent>): Promise<string> {
    const page = await agent.get('/meldingen/link-kwijt').expect(200);
    return /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
  }

  it('serves an accessible form without JavaScript, in Dutch and in English, with the reference filled in when given', async () => {
    const nl = await request(app.getHttpServer()).get('/meldingen/link-kwijt?referentie=LKT-2026-000123').expect(200);
    expect(nl.text).toContain('<html lang="nl"');
    expect(nl.text).toContain('<title>Link kwijt?');
    expect(nl.text).toMatch(/<form method="post" action="\/meldingen\/link-kwijt" novalidate/);
    expect(nl.text).toMatch(/<input type="hidden" name="_csrf" value="[^"]+">/);
    expect(nl.text).toContain('<label class="utrecht-form-label" for="f-reference">Kenmerk');
    expect(nl.text).toContain('<label class="utrecht-form-label" for="f-email">E-mailadres');
    expect(nl.text).toContain('id="f-reference" name="reference" type="text" value="LKT-2026-000123"');
    expect(nl.text).toContain('name="email" type="email" value=""');
    expect(nl.text).toContain('<button type="submit"');
    expect(seen).toHaveLength(0);

    const en = await request(app.getHttpServer()).get('/meldingen/link-kwijt?lang=en&referentie=<script>').expect(200);
    expect(en.text).toContain('<html lang="en"');
    expect(en.text).toContain('Lost your link?');
    expect(en.text).toContain('Request a new link');
    expect(en.text).toContain('id="f-reference" name="reference" type="text" value=""');
    expect(en.text).not.toContain('<script>');
  });

  it('refuses a post without the CSRF token (403) and never calls the loket', async () => {
    const agent = request.agent(app.getHttpServer());
    await formToken(agent);
    await agent.post('/meldingen/link-kwijt').type('form').send({ reference: 'LKT-2026-000123', email: 'a@example.nl' }).expect(403);
    expect(seen).toHaveLength(0);
  });

  it('passes reference and address to the loket and answers with one confirmation, whatever the outcome (POST → 303)', async () => {
    const agent = request.agent(app.getHttpServer());
    const token = await formToken(agent);
    const res = await agent.post('/meldingen/link-kwijt').type('form').send({ _csrf: token, reference: ' lkt-2026-000123 ', email: ' melder@example.nl ' }).expect(303);
    expect(res.headers.location).toBe('/meldingen/link-kwijt/aangevraagd');
    expect(seen).toEqual([{ method: 'POST', url: '/api/loket/tracking-links', body: JSON.stringify({ reference: 'LKT-2026-000123', email: 'melder@example.nl' }) }]);

    const done = await agent.get(res.headers.location).expect(200);
    expect(done.text).toContain('Als het kenmerk en het e-mailadres bij dezelfde melding horen');
    expect(done.text).toContain('Uw vorige link werkt dan niet meer.');
    expect(done.text).not.toContain('melder@example.nl');
    const doneEn = await agent.get('/meldingen/link-kwijt/aangevraagd?lang=en').expect(200);
    expect(doneEn.text).toContain('If the reference and the e-mail address belong to the same report');
  });

  it("shows the loket's field errors in an error summary linking to the fields, with the values kept and escaped", async () => {
    answer = (_req, _body, res) =>
      json(
        res,
        400,
        { status: 400, errors: [{ field: 'reference', message: 'Een kenmerk ziet eruit als LKT-2026-000123.' }, { field: 'email', message: 'Vul een geldig e-mailadres in.' }] },
        'application/problem+json',
      );
    const agent = request.agent(app.getHttpServer());
    const token = await formToken(agent);
    const res = await agent.post('/meldingen/link-kwijt').type('form').send({ _csrf: token, reference: 'ABC"<x>', email: 'geen-adres' }).expect(400);
    expect(res.text).toContain('<title>Fout: Link kwijt?');
    expect(res.text).toContain('href="#f-reference">Kenmerk: Een kenmerk ziet eruit als LKT-2026-000123.');
    expect(res.text).toContain('href="#f-email">E-mailadres: Vul een geldig e-mailadres in.');
    expect(res.text).toContain('value="ABC&quot;&lt;x&gt;"');
    expect(res.text).toContain('value="geen-adres"');
    expect(res.text).toContain('aria-invalid="true"');
  });

  it('keeps the input and says so plainly when the loket is down', async () => {
    answer = (_req, _body, res) => json(res, 500, { status: 500 }, 'application/problem+json');
    const agent = request.agent(app.getHttpServer());
    const token = await formToken(agent);
    const res = await agent.post('/meldingen/link-kwijt').type('form').send({ _csrf: token, reference: 'LKT-2026-000123', email: 'melder@example.nl' }).expect(503);
    expect(res.text).toContain('tijdelijk niet beschikbaar');
    expect(res.text).toContain('value="LKT-2026-000123"');
    expect(res.text).toContain('value="melder@example.nl"');
  });

  it('links to it from the confirmation of a new report and from the page of an unknown or expired link', async () => {
    const received = await request(app.getHttpServer()).get('/meldingen/nieuw/ontvangen?referentie=LKT-2026-000007').expect(200);
    expect(received.text).toContain('id="lost-link" href="/meldingen/link-kwijt?referentie=LKT-2026-000007"');

    answer = (_req, _body, res) => json(res, 404, { status: 404, code: 'LOKET.REPORT_NOT_FOUND' }, 'application/problem+json');
    const expired = await request(app.getHttpServer()).get('/meldingen/LKT-2026-000007?token=verlopen').expect(404);
    expect(expired.text).toContain('Link niet (meer) geldig');
    expect(expired.text).toContain('id="lost-link" href="/meldingen/link-kwijt?referentie=LKT-2026-000007"');
    const en = await request(app.getHttpServer()).get('/meldingen/LKT-2026-000007?token=verlopen&lang=en').expect(404);
    expect(en.text).toContain('Lost or expired link? Request a new link.');

    const noToken = await request(app.getHttpServer()).get('/meldingen/LKT-2026-000007').expect(404);
    expect(noToken.text).toContain('href="/meldingen/link-kwijt?referentie=LKT-2026-000007"');
  });

  it('tells the reporter on the report page until when the private link works, and where to get a new one', async () => {
    answer = (_req, _body, res) =>
      json(res, 200, { reference: 'LKT-2026-000007', status: 'received', timeline: [], messages: [], outcome: null, linkExpiresAt: '2027-03-31T10:00:00.000Z' });
    const nl = await request(app.getHttpServer()).get('/meldingen/LKT-2026-000007?token=geldig').expect(200);
    expect(nl.text).toContain('Deze persoonlijke link werkt tot 31 maart 2027. Daarna vraagt u een nieuwe aan via <a class="utrecht-link" href="/meldingen/link-kwijt?referentie=LKT-2026-000007">Link kwijt?</a>');
    const en = await request(app.getHttpServer()).get('/meldingen/LKT-2026-000007?token=geldig&lang=en').expect(200);
    expect(en.text).toContain('This private link works until 31 March 2027.');
  });

  it('is not mistaken for the page of a report called "link-kwijt"', async () => {
    await request(app.getHttpServer()).get('/meldingen/link-kwijt').expect(200);
    expect(seen).toHaveLength(0);
  });
});
