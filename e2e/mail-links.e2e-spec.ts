import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { TEST_PG } from '../libs/testing/src/test-database';
import { addWorkingDays, toLocalDate } from '../apps/loket/src/reports/domain/working-days';
import { api, staffToken } from './support/api';
import { baseUrl, useBrowser } from './support/browser';
import { linkIn, Mail, waitForMail } from './support/maildev';
import { loginAs, uniqueSuffix } from './support/pages';
import { reportBody, submitReport } from './support/report-body';

/**
 * Issue 10, Tests: "the mail link of every mail type opened in the browser tier". Each mail the
 * loket sends that no other spec follows is triggered here through the API, read from MailDev, and
 * its link opened in the browser (the reporter's without JavaScript, the officials' behind their
 * login): the page must be that report's, in the state the mail told about. Followed elsewhere:
 * received (report-barrier, barrier-journey), outcome and reopened (reopen), split (split),
 * tracking-link (lost-link), the endorser's outcome-changed mail (crowd). The officials' "deadline
 * in two working days" mail comes from a clock-driven job, which the e2e platform runs every two
 * seconds (global-setup): the test lets time pass by moving one report's deadline to two working days
 * from today in the loket's database — the job, its mail and the link are the platform's own.
 */
describe('every mail type’s link opens the report it is about', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });
  const browser = useBrowser();
  const official = staffToken(['official'], { department: 'EZ', name: 'Mail Official' });
  /** The EZ queue's mailbox (LOKET_DEPARTMENT_MAILBOXES' default `*=loket-{department}@…`). */
  const ezMailbox = 'loket-ez@permanentbeta.localhost';
  const post = async (path: string, body: unknown, token?: string) => {
    const res = await api('POST', path, body, token);
    if (res.status >= 300) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.data)}`);
    return res.data as Record<string, unknown>;
  };
  const pathOf = (link: string) => {
    const url = new URL(link);
    return `${url.pathname}${url.search}`;
  };

  /** Opens the reporter's link of `mail` without JavaScript: that report's page, in `status`. */
  async function reporterLinkShows(page: Page, mail: Mail, reference: string, status: string): Promise<string> {
    const link = linkIn(mail, `/meldingen/${reference}?token=`);
    await page.goto(`${baseUrl()}${pathOf(link)}`);
    expect([mail.subject, (await page.textContent('h1'))!.trim()]).toEqual([mail.subject, `Melding ${reference}`]);
    expect([mail.subject, (await page.textContent('#report-status'))!.trim()]).toEqual([mail.subject, status]);
    return new URL(link).searchParams.get('token')!;
  }

  it('the reporter’s mails: triaged, in handling, question, linked as duplicate, the original’s outcome', async () => {
    const suffix = uniqueSuffix();
    const email = `mail-links-${suffix}@example.nl`;
    const reference = await submitReport(reportBody(21, email));
    const reporter = await noJs.newPage();

    await post(`/api/loket/reports/${reference}/triage`, { theme: '2.1.2', priority: 'normal', department: 'EZ' }, official);
    const triaged = await waitForMail(email, (m) => m.subject === `Uw melding ${reference} is beoordeeld`);
    await reporterLinkShows(reporter, triaged, reference, 'Beoordeeld');

    await post(`/api/loket/reports/${reference}/status`, { status: 'in_progress' }, official);
    const handling = await waitForMail(email, (m) => m.subject === `Uw melding ${reference} is in behandeling`);
    await reporterLinkShows(reporter, handling, reference, 'In behandeling');

    await post(`/api/loket/reports/${reference}/messages`, { body: 'Om welke apotheken gaat het precies?' }, official);
    const question = await waitForMail(email, (m) => m.subject === `Vraag over uw melding ${reference}`);
    const token = await reporterLinkShows(reporter, question, reference, 'Wacht op uw reactie');
    expect(await reporter.content()).toContain('Om welke apotheken gaat het precies?');

    // A second report of the same barrier, linked to the first as its duplicate.
    const otherEmail = `mail-links-dup-${suffix}@example.nl`;
    const duplicate = await submitReport(reportBody(22, otherEmail));
    await post(`/api/loket/reports/${duplicate}/duplicate-of`, { originalReference: reference }, official);
    const linked = await waitForMail(otherEmail, (m) => m.subject === `Uw melding ${duplicate} is gekoppeld`);
    await reporterLinkShows(reporter, linked, duplicate, 'Dubbele melding');

    // The original is answered: the duplicate's reporter hears its outcome, with a link to their own report.
    await post(`/api/loket/reports/${reference}/messages?token=${encodeURIComponent(token)}`, { body: 'Alle apotheken in de regio.' });
    await post(`/api/loket/reports/${reference}/resolution`, { outcome: 'guidance', explanation: 'Zie de handreiking over gegevensdeling in de zorg.' }, official);
    const viaOriginal = await waitForMail(otherEmail, (m) => m.subject === `Uitkomst melding ${duplicate}`);
    expect(viaOriginal.text).toContain(reference);
    await reporterLinkShows(reporter, viaOriginal, duplicate, 'Dubbele melding');
  });

  it('the officials’ mails: a report landed in the queue, its reporter replied', async () => {
    const email = `mail-links-official-${uniqueSuffix()}@example.nl`;
    const reference = await submitReport(reportBody(23, email));
    const page = await browser.newPage();
    await loginAs(page, 'official', 'Olga Official', 'EZ');
    const officialLinkShows = async (mail: Mail, status: string) => {
      await page.goto(`${baseUrl()}${pathOf(linkIn(mail, `/behandelen/${reference}`))}`);
      expect([mail.subject, (await page.textContent('h1'))!]).toEqual([mail.subject, expect.stringContaining(reference)]);
      expect([mail.subject, (await page.textContent('#report-status'))!.trim()]).toEqual([mail.subject, status]);
    };

    await post(`/api/loket/reports/${reference}/triage`, { theme: '2.1.2', priority: 'normal', department: 'EZ' }, official);
    const landed = await waitForMail(ezMailbox, (m) => m.subject.includes(`Melding ${reference} staat in uw werkvoorraad`));
    await officialLinkShows(landed, 'Beoordeeld');

    await post(`/api/loket/reports/${reference}/messages`, { body: 'Welke gegevens wilt u delen?' }, official);
    const question = await waitForMail(email, (m) => m.subject === `Vraag over uw melding ${reference}`);
    const token = new URL(linkIn(question, `/meldingen/${reference}?token=`)).searchParams.get('token')!;
    await post(`/api/loket/reports/${reference}/messages?token=${encodeURIComponent(token)}`, { body: 'Medicatieoverzichten.' });
    const replied = await waitForMail(ezMailbox, (m) => m.subject.includes(`De melder van ${reference} heeft gereageerd`));
    // An answer to a question asked after triage puts the report in handling.
    await officialLinkShows(replied, 'In behandeling');
  });

  it('the officials’ deadline reminder: two working days before the deadline, its link opens that report', async () => {
    const reference = await submitReport(reportBody(25, `mail-links-deadline-${uniqueSuffix()}@example.nl`));
    await post(`/api/loket/reports/${reference}/triage`, { theme: '2.1.2', priority: 'normal', department: 'EZ' }, official);
    const inTwoWorkingDays = addWorkingDays(toLocalDate(new Date()), 2);
    await moveDeadline(reference, inTwoWorkingDays);

    const reminder = await waitForMail(ezMailbox, (m) => m.subject.includes(`Termijn van ${reference} verloopt over twee werkdagen`));
    const page = await browser.newPage();
    await loginAs(page, 'official', 'Olga Official', 'EZ');
    await page.goto(`${baseUrl()}${pathOf(linkIn(reminder, `/behandelen/${reference}`))}`);
    expect([reminder.subject, (await page.textContent('h1'))!]).toEqual([reminder.subject, expect.stringContaining(reference)]);
    expect([reminder.subject, (await page.textContent('#report-status'))!.trim()]).toEqual([reminder.subject, 'Beoordeeld']);
  });

  it('the endorser’s confirmation: its entry link opens the register entry, its withdrawal link the withdrawal form', async () => {
    const suffix = uniqueSuffix();
    const body = { ...reportBody(24, `mail-links-seed-${suffix}@example.nl`), consent: { contact: true, publish: true } };
    const reference = await submitReport(body);
    await post(`/api/loket/reports/${reference}/triage`, { theme: '2.1.2', priority: 'normal', department: 'EZ' }, official);
    await post(`/api/loket/reports/${reference}/resolution`, { outcome: 'explained', explanation: 'Gegevensdeling voor dit doel is al toegestaan.' }, official);

    const email = `mail-links-endorser-${suffix}@example.nl`;
    await post(`/api/loket/register/${reference}/endorsements`, {
      company: { name: 'Apotheekdata B.V.', kvkNumber: '12345678', sizeClass: 'small' },
      contact: { name: 'Eva Endorser', email },
      consent: { contact: true },
    });
    const confirmation = await waitForMail(email, (m) => m.subject === `U heeft zich aangesloten bij belemmering ${reference}`);
    const page = await noJs.newPage();
    await page.goto(`${baseUrl()}${pathOf(linkIn(confirmation, `/register/${reference}`))}`);
    expect(await page.title()).toContain(reference);
    expect(await page.content()).toContain('Uitgelegd – geen belemmering');
    await page.goto(`${baseUrl()}${pathOf(linkIn(confirmation, '/meldingen/steun-intrekken'))}`);
    expect(await page.locator('form[action="/meldingen/steun-intrekken"] button[type="submit"]').count()).toBe(1);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/meldingen/steun-intrekken"] button[type="submit"]')]);
    expect((await page.textContent('#withdrawn'))!).toContain(reference);
  });
});

/**
 * Time passing, for one report: its deadline set to `answerBy` in the e2e platform's loket database.
 * The report's timeline is left alone; the reminder job reads the deadline column only.
 */
async function moveDeadline(reference: string, answerBy: string): Promise<void> {
  const client = new Client({ ...TEST_PG, database: `pb_e2e_test_${process.env.E2E_DATABASE_TAG ?? ''}loket` });
  await client.connect();
  try {
    const moved = await client.query('UPDATE barrier_reports SET answer_by = $2::date WHERE reference = $1', [reference, answerBy]);
    if (moved.rowCount !== 1) throw new Error(`report ${reference} not found in the e2e loket database`);
  } finally {
    await client.end();
  }
}
