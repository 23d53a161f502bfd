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

/** A stand-in for the loket: the reporter's view of a resolved report, and whatever a test says for the judgement. */
let judgement: (body: string, res: ServerResponse) => void;
let status = 'resolved';
const seen: { method?: string; url?: string; body: string }[] = [];

function json(res: ServerResponse, code: number, body: unknown, type = 'application/json'): void {
  res.writeHead(code, { 'content-type': type });
  res.end(JSON.stringify(body));
}

const REFERENCE = 'LKT-2026-000123';
const view = () => ({ reference: REFERENCE, status, title: 'Titel', outcome: { outcome: 'guidance', explanation: 'Zie de handreiking.' }, satisfactionAsked: status === 'resolved', timeline: [], messages: [] });

describe('portal "Heeft dit antwoord u geholpen?" (HTTP)', () => {
  let upstream: Server;
  let app: NestExpressApplication;

  beforeAll(async () => {
    upstream = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body });
        if (req.method === 'GET') json(res, 200, view());
        else judgement(body, res);
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const env = validateEnv(PortalEnv, { LOKET_URL: url, PROPOSALS_URL: url, COMMENTS_URL: url, REVIEW_URL: url, UPSTREAM_TIMEOUT_MS: '5000' } as NodeJS.ProcessEnv);
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
    status = 'resolved';
    judgement = (_body, res) => json(res, 200, { status: 'reopened' });
  });

  async function openPage(agent: ReturnType<typeof request.agent>): Promise<string> {
    const page = await agent.get(`/meldingen/${REFERENCE}?token=tok`).expect(200);
    expect(page.text).toContain(`action="/meldingen/${REFERENCE}/tevredenheid"`);
    return /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
  }
  const judgements = () => seen.filter((s) => s.method === 'POST');

  it('refuses a missing choice and a "no" without a reason itself, keeping the choice, without asking the loket', async () => {
    const agent = request.agent(app.getHttpServer());
    const csrf = await openPage(agent);
    const none = await agent.post(`/meldingen/${REFERENCE}/tevredenheid`).type('form').send({ _csrf: csrf, token: 'tok' }).expect(400);
    expect(none.text).toContain('<a class="utrecht-link" href="#f-helped">Heeft het antwoord u geholpen?: Kies ‘ja’ of ‘nee’.</a>');
    const noReason = await agent.post(`/meldingen/${REFERENCE}/tevredenheid`).type('form').send({ _csrf: csrf, token: 'tok', helped: 'no', reason: '  ' }).expect(400);
    expect(noReason.text).toContain('href="#f-reason"');
    expect(noReason.text).toMatch(/value="no" checked/);
    expect(judgements()).toEqual([]);
  });

  it('"no, because…" goes to the loket with the reason and lands on the page saying it is reopened', async () => {
    const agent = request.agent(app.getHttpServer());
    const csrf = await openPage(agent);
    const res = await agent.post(`/meldingen/${REFERENCE}/tevredenheid`).type('form').send({ _csrf: csrf, token: 'tok', helped: 'no', reason: ' Het gaat over zee. ' }).expect(303);
    expect(res.headers.location).toBe(`/meldingen/${REFERENCE}?token=tok&beoordeeld=reopened`);
    expect(judgements()).toEqual([{ method: 'POST', url: `/api/loket/reports/${REFERENCE}/satisfaction?token=tok`, body: JSON.stringify({ helped: false, reason: 'Het gaat over zee.' }) }]);
    status = 'reopened';
    const page = await agent.get(res.headers.location).expect(200);
    expect(page.text).toContain('Uw melding is heropend en ligt weer bij de behandelaar.');
  });

  it('"yes" closes it: the loket is told helped, the page says thank you (in English when asked)', async () => {
    judgement = (_body, res) => json(res, 200, { status: 'closed' });
    const agent = request.agent(app.getHttpServer());
    const csrf = await openPage(agent);
    const res = await agent.post(`/meldingen/${REFERENCE}/tevredenheid`).type('form').send({ _csrf: csrf, token: 'tok', helped: 'yes', reason: 'genegeerd' }).expect(303);
    expect(res.headers.location).toBe(`/meldingen/${REFERENCE}?token=tok&beoordeeld=closed`);
    expect(JSON.parse(judgements()[0].body)).toEqual({ helped: true });
    status = 'closed';
    const page = await agent.get(`${res.headers.location}&lang=en`).expect(200);
    expect(page.text).toContain('Thank you. Your report is closed.');
  });

  it('shows the loket\'s refusal (already judged: 409) on the choice, in the error summary', async () => {
    judgement = (_body, res) => json(res, 409, { status: 409, code: 'LOKET.TRANSITION_NOT_ALLOWED', detail: 'Een melding met status "gesloten" kunt u niet heropenen.' }, 'application/problem+json');
    const agent = request.agent(app.getHttpServer());
    const csrf = await openPage(agent);
    const res = await agent.post(`/meldingen/${REFERENCE}/tevredenheid`).type('form').send({ _csrf: csrf, token: 'tok', helped: 'no', reason: 'Toch niet.' }).expect(409);
    expect(res.text).toContain('<a class="utrecht-link" href="#f-helped">Heeft het antwoord u geholpen?: Een melding met status &quot;gesloten&quot; kunt u niet heropenen.</a>');
  });
});
