import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './support/axe';
import { until } from './support/api';
import { baseUrl, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { expectAccessible, loginAs, uniqueSuffix } from './support/pages';
import { reportBody, submitReport } from './support/report-body';

/**
 * AVG art. 17 end to end: one person reported a barrier and responded to a consultation with the
 * same address; an admin asks for their erasure on the portal; the request travels as an event
 * (a keyed hash, no address) to the loket and the comments service, each erases and answers, and
 * the status page ends "Voltooid" with what each erased.
 */
describe('erasure of a person across the platform: admin page → events → every service → completed', () => {
  const session = useBrowser();
  let admin: Page;
  let token = '';
  const suffix = uniqueSuffix();
  const email = `erika.wisman-${suffix}@example.nl`;
  const name = `Erika Wisman ${suffix}`;
  const words = `Mijn drukkerij in Deventer wacht al maanden ${suffix}`;
  let reference = '';
  let proposalId = '';

  const api = (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${baseUrl()}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  beforeAll(async () => {
    admin = session.page;
    await loginAs(admin, 'admin', 'Ada Beheerder');
    // The portal's session cookie is the staff token the services accept: the same admin on the API.
    token = (await session.context.cookies()).find((c) => c.name === 'pb_session')!.value;
  });

  it('a person reports a barrier and responds to a consultation with one address', async () => {
    reference = await submitReport({ ...reportBody(9), contact: { name, email, phone: '+31 6 55512345' } });

    const created = await api('/api/proposals', {
      method: 'POST',
      body: {
        title: `Drukwerk en digitale vergunningen ${suffix}`,
        summary: 'Een voorstel om vergunningen voor drukkerijen digitaal aan te vragen.',
        body: 'Vergunningen worden digitaal aangevraagd.',
        theme: '1.1',
        questions: [{ text: 'Wat merkt u daarvan?' }],
        documents: [],
        opensAt: new Date(Date.now() - 120_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        moderation: 'post',
      },
    });
    expect(created.status).toBe(201);
    proposalId = ((await created.json()) as { id: string }).id;
    expect((await api(`/api/proposals/${proposalId}/publish`, { method: 'POST', body: {} })).status).toBe(200);

    // The comments service learns that the consultation opened from Kafka: retry while it says "not open".
    await until('the response is accepted', async () => {
      const res = await fetch(`${baseUrl()}/api/proposals/${proposalId}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ body: words, answers: [], author: { name, email }, onBehalfOf: null, public: true, parentId: null }),
      });
      return res.status === 202;
    });
    const confirmation = new URL(linkIn(await waitForMail(email, (m) => m.subject.startsWith('Bevestig')), '/reacties/bevestigen'));
    const confirmed = await fetch(`${baseUrl()}/api/comments/verifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: confirmation.searchParams.get('token') }) });
    expect(confirmed.status).toBe(200);
    await until('the response is public', async () => JSON.stringify(await (await fetch(`${baseUrl()}/api/proposals/${proposalId}/comments`)).json()).includes(words));

    // And follows a theme by e-mail: the review keeps that address (issue 12, item 7).
    expect((await api('/api/review/subscriptions', { method: 'POST', body: { email, topicKind: 'theme', topicRef: '1.1', language: 'nl' } })).status).toBe(202);
    const subscription = new URL(linkIn(await waitForMail(email, (m) => m.subject.startsWith('Bevestig uw abonnement')), '/abonnementen/bevestigen'));
    expect((await api('/api/review/subscriptions/confirmations', { method: 'POST', body: { token: subscription.searchParams.get('token') } })).status).toBe(200);
  });

  it('an admin asks for the erasure on the portal and sees it complete, per service, with what each erased', async () => {
    await admin.goto(`${baseUrl()}/beheer/verwijderverzoeken`);
    expect(describeViolations(await axeViolations(admin))).toEqual([]);
    await admin.fill('#f-email', email.toUpperCase());
    await Promise.all([admin.waitForNavigation(), admin.click('button:has-text("Verwijderen aanvragen")')]);
    expect(admin.url()).toMatch(/\/beheer\/verwijderverzoeken\/[0-9a-f-]{36}\?verstuurd=1$/);
    const statusUrl = admin.url().split('?')[0];
    await until('the erasure is completed', async () => {
      await admin.goto(statusUrl);
      return (await admin.textContent('#erasure-status')) === 'Voltooid';
    });
    expect(describeViolations(await axeViolations(admin))).toEqual([]);
    const text = (await admin.textContent('main')) ?? '';
    expect(text).toContain('contactgegevens van 1 melder verwijderd');
    expect(text).toContain('1 melding behouden zonder contactgegevens');
    expect(text).toContain('1 reactie ingetrokken');
    expect(text).not.toContain(email);
    // Both pages in English too, without violations.
    await expectAccessible(admin, statusUrl.replace(baseUrl(), ''), 'en');
    expect(await admin.textContent('#erasure-status')).toBe('Completed');
    await expectAccessible(admin, '/beheer/verwijderverzoeken', 'en');
    await admin.goto(`${baseUrl()}/?lang=nl`);

    // The same status on the API, through the portal origin.
    const status = (await (await api(`/api/privacy/erasures/${statusUrl.split('/').pop()}`)).json()) as { status: string; services: { service: string; erased: Record<string, number> }[] };
    expect(status.status).toBe('completed');
    expect(status.services.map((s) => [s.service, s.erased.reporters ?? s.erased.responses ?? s.erased.subscriptions])).toEqual([
      ['loket', 1],
      ['comments', 1],
      ['review', 1],
    ]);
  });

  it('afterwards the report is still there without its contact, and the response is out of the public list', async () => {
    const report = (await (await api(`/api/loket/reports/${reference}`)).json()) as { reference: string; contact: unknown };
    expect(report).toMatchObject({ reference, contact: null });
    expect(JSON.stringify(report)).not.toContain(email);
    const list = JSON.stringify(await (await fetch(`${baseUrl()}/api/proposals/${proposalId}/comments`)).json());
    expect(list).not.toContain(words);
    expect(list).not.toContain(name);
  });
});
