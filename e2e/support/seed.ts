import { expect } from '@jest/globals';
import { api, staffToken, until } from './api';
import { linkIn, waitForMail } from './maildev';
import { uniqueSuffix } from './pages';
import { reportBody } from './report-body';

export interface SeededData {
  /** An open consultation with one published, confirmed public response. */
  proposal: string;
  /** A draft proposal: on the coordinators' list, with no public page yet. */
  draft: string;
  /** A resolved report whose reporter allowed publication: it stands in the public register. */
  registerEntry: string;
  /** A report still in the officials' queue (triaged to EZ). */
  openReport: string;
  /** The year of the compiled annual review. */
  year: string;
  /** The register entry's reporter's private link (path and query), from the mail. */
  trackingLink: string;
  /** The confirmation link (path and query) mailed to the respondent. */
  confirmationLink: string;
  /** An erasure request (for an address nobody used). */
  erasure: string;
}

/**
 * The data a page needs to show more than its empty state, made through the public API the way the
 * journeys make it by hand: an open proposal with a public response, a register entry, a report in
 * the queue, a draft proposal, an amendment and a compiled annual review.
 */
export async function seedPlatformData(): Promise<SeededData> {
  // The global setup's readiness probe may leave an idle keep-alive socket the portal has closed.
  await until('the portal', () => fetch(`${process.env.E2E_BASE_URL}/health/live`).then((r) => r.ok, () => false));
  const admin = staffToken(['admin'], { name: 'Seed Admin' });
  const coordinator = staffToken(['coordinator'], { name: 'Seed Coordinator' });
  const suffix = uniqueSuffix();

  // A register entry: reported with consent to publish, triaged, resolved.
  const published = await api<{ reference: string }>('POST', '/api/loket/reports', { ...reportBody(7001, `seed-register-${suffix}@example.nl`), consent: { contact: true, publish: true } });
  expect(published.status).toBe(201);
  const registerEntry = published.data.reference;
  expect((await api('POST', `/api/loket/reports/${registerEntry}/triage`, { theme: '2.1.2', priority: 'normal', department: 'EZ' }, admin)).status).toBe(200);
  const resolved = await api('POST', `/api/loket/reports/${registerEntry}/resolution`, { outcome: 'explained', explanation: 'De regel staat het al toe; wij hebben het uitgelegd.' }, admin);
  expect(resolved.status).toBeLessThan(300);
  await until('the register entry', async () => JSON.stringify((await api('GET', '/api/loket/register')).data).includes(registerEntry));
  // The reporter gets more than one mail (received, resolved); the private link is the one with a token.
  const privateLink = `/meldingen/${registerEntry}?token=`;
  const tracking = new URL(linkIn(await waitForMail(`seed-register-${suffix}@example.nl`, (m) => `${m.text ?? ''}${m.html ?? ''}`.includes(privateLink)), privateLink));

  const queued = await api<{ reference: string }>('POST', '/api/loket/reports', reportBody(7002, `seed-queue-${suffix}@example.nl`));
  expect(queued.status).toBe(201);
  expect((await api('POST', `/api/loket/reports/${queued.data.reference}/triage`, { theme: '1.3', priority: 'high', department: 'EZ' }, admin)).status).toBe(200);

  // An open proposal with a public, confirmed response.
  const proposal = await openConsultation(coordinator, {
    title: `Open data over laadpalen ${suffix}`,
    summary: 'Gemeenten publiceren de bezetting van openbare laadpalen als open data.',
    body: 'Wij stellen voor dat **alle gemeenten** de actuele bezetting van laadpalen publiceren.',
    question: 'Welke gegevens heeft u nodig?',
  });
  const respondent = `seed-respondent-${suffix}@example.org`;
  await confirmedResponse(proposal, 'Graag ook het vermogen per laadpunt.', { name: 'Seed Respondent', email: respondent });
  const confirmation = new URL(linkIn(await waitForMail(respondent), '/reacties/bevestigen'));
  // A draft: the coordinators' list links it to its edit form (its public page would answer 404).
  const draft = await draftProposal(coordinator, { title: `Concept over deelauto's ${suffix}`, summary: 'Nog niet gepubliceerd.', body: 'De tekst van het concept.', question: 'Wat vindt u?' });
  const erasure = await api<{ id: string }>('POST', '/api/privacy/erasures', { email: `seed-erased-${suffix}@example.nl` }, admin);
  expect(erasure.status).toBe(202);

  // An amendment and a compiled annual review.
  const year = String(new Date().getFullYear());
  const amendment = await api('POST', `/api/review/years/${year}/amendments`, { kind: 'add-action', themeCode: '1.3', text: `Een nieuwe actie ${suffix}.`, summary: 'Uit de consultatie.', evidence: [{ type: 'consultation', id: proposal }] }, coordinator);
  expect(amendment.status).toBe(201);
  expect((await api('POST', `/api/review/years/${year}/compile`, {}, coordinator)).status).toBe(202);
  await until('the compiled review', async () => (await api('GET', `/api/review/years/${year}.json`)).status === 200, 90000, 1000);

  return {
    proposal,
    draft,
    registerEntry,
    openReport: queued.data.reference,
    year,
    trackingLink: `${tracking.pathname}${tracking.search}`,
    confirmationLink: `${confirmation.pathname}${confirmation.search}`,
    erasure: erasure.data.id,
  };
}

type ProposalText = { title: string; summary: string; body: string; question: string };

/** A draft proposal on theme 1.3, open for 30 days from `opensInMs` once published; gives its id. */
export async function draftProposal(coordinatorToken: string, text: ProposalText, opensInMs = 86400000): Promise<string> {
  const now = Date.now();
  const proposal = await api<{ id: string }>(
    'POST',
    '/api/proposals',
    { title: text.title, summary: text.summary, body: text.body, theme: '1.3', questions: [{ text: text.question }], opensAt: new Date(now + opensInMs).toISOString(), closesAt: new Date(now + 30 * 86400000).toISOString(), moderation: 'post' },
    coordinatorToken,
  );
  expect(proposal.status).toBe(201);
  return proposal.data.id;
}

/** A proposal on theme 1.3 that opens a moment from now, published by the coordinator; resolves once it is open. */
export async function openConsultation(coordinatorToken: string, text: ProposalText): Promise<string> {
  const id = await draftProposal(coordinatorToken, text, 1500);
  expect((await api('POST', `/api/proposals/${id}/publish`, {}, coordinatorToken)).status).toBeLessThan(300);
  await until('the consultation to open', async () => (await api<{ status: string }>('GET', `/api/proposals/${id}`)).data?.status === 'open', 60000, 300);
  return id;
}

/** A public response (with answers to the proposal's questions, if given), confirmed through the link in the mail to its author; gives the response's id. */
export async function confirmedResponse(proposalId: string, body: string, author: { name: string; email: string }, answers?: unknown[], opts: { public?: boolean } = {}): Promise<string> {
  // The comments service learns of the opening from Kafka a moment later; ask slowly, so the
  // per-address limit on responses is not spent on waiting.
  let last: unknown;
  const submitted = await until('the comments service to know the consultation is open', async () => {
    const r = await api<{ id: string }>('POST', `/api/proposals/${proposalId}/comments`, { body, author, public: opts.public ?? true, ...(answers ? { answers } : {}) });
    last = r;
    return r.status < 300 ? r : undefined;
  }).catch((err: Error) => {
    throw new Error(`${err.message}; last answer ${JSON.stringify(last)}`);
  });
  const confirmLink = new URL(linkIn(await waitForMail(author.email), '/reacties/bevestigen'));
  expect((await api('POST', '/api/comments/verifications', { token: confirmLink.searchParams.get('token') })).status).toBeLessThan(300);
  return submitted.data.id;
}
