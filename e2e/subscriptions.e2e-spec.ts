import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { staffToken } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, useBrowser } from './support/browser';
import { linkIn, mailsTo, waitForMail } from './support/maildev';
import { uniqueSuffix } from './support/pages';
import { openConsultation } from './support/seed';

/**
 * Journey: a reader follows a theme from the strategy page, confirms from the mail, is mailed when a
 * proposal on that theme is published, finds it in the theme's Atom feed too, and unsubscribes with
 * the link in the mail — every page without JavaScript needs, and axe-clean.
 */
describe('following a theme: strategy page → confirmation mail → news by mail and Atom → one-click unsubscribe', () => {
  const session = useBrowser();
  let page: Page;
  const suffix = uniqueSuffix();
  const email = `volger-${suffix}@example.nl`;
  const title = `Open data van gemeenten ${suffix}`;
  const axeClean = async () => expect(describeViolations(await axeViolations(page))).toEqual([]);

  beforeAll(() => {
    page = session.page;
  });

  it('subscribes from the strategy page and confirms with the button behind the mail’s link', async () => {
    await page.goto(`${baseUrl()}/strategie?lang=nl`);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/abonnementen/nieuw?soort=thema&ref=1.3"]')]);
    expect(await page.textContent('h1')).toContain('Volg thema 1.3');
    await axeClean();

    // An address that is not one: the error summary, the value kept.
    await page.fill('#f-email', 'geen-adres');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Aanmelden")')]);
    expect(await page.textContent('.utrecht-form-field__error-message')).toContain('e-mailadres');
    await axeClean();

    await page.fill('#f-email', email);
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Aanmelden")')]);
    expect(new URL(page.url()).pathname).toBe('/abonnementen/aangevraagd');
    await axeClean();

    const confirmation = await waitForMail(email, (m) => m.subject.startsWith('Bevestig uw abonnement'));
    expect(confirmation.subject).toBe('Bevestig uw abonnement op thema 1.3');
    await page.goto(linkIn(confirmation, '/abonnementen/bevestigen'));
    await axeClean();
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Aanmelding bevestigen")')]);
    expect(await page.textContent('#subscription-status')).toContain('U ontvangt voortaan een e-mail als er iets nieuws is bij thema 1.3.');
    await axeClean();
  });

  it('mails the news of the theme and lists it in the theme’s Atom feed', async () => {
    const proposalId = await openConsultation(staffToken(['coordinator']), { title, summary: 'Gemeenten publiceren hun data open.', body: 'Alle gemeenten publiceren open data.', question: 'Wat vindt u?' });
    const notice = await waitForMail(email, (m) => m.subject.startsWith('Nieuw bij thema 1.3'));
    expect(notice.subject).toBe(`Nieuw bij thema 1.3: ${title}`);
    // Mails and feeds link to the platform's public origin (PUBLIC_BASE_URL, `localhost` in the
    // e2e platform), which need not be the address this test reaches it by: the path is what counts.
    expect(new URL(linkIn(notice, `/consultaties/${proposalId}`)).pathname).toBe(`/consultaties/${proposalId}`);

    const res = await fetch(`${baseUrl()}/feeds/thema/1.3.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await res.text()).feed;
    const entries = [feed.entry].flat();
    expect(entries.map((e: { link: { '@_href': string } }) => new URL(e.link['@_href']).pathname)).toContain(`/consultaties/${proposalId}`);
  });

  it('unsubscribes with the link in the notice, and sends nothing after that', async () => {
    const notice = await waitForMail(email, (m) => m.subject.startsWith('Nieuw bij thema 1.3'));
    await page.goto(linkIn(notice, '/abonnementen/opzeggen'));
    await axeClean();
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Afmelden")')]);
    expect(await page.textContent('#subscription-status')).toContain('U bent afgemeld');

    // A mail client's one-click unsubscribe (RFC 8058) posts without a form token: accepted too.
    const oneClick = await fetch(linkIn(notice, '/abonnementen/opzeggen'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);

    const before = (await mailsTo(email)).length;
    await openConsultation(staffToken(['coordinator']), { title: `Na afmelden ${suffix}`, summary: 'Nog een voorstel.', body: 'Nog een voorstel.', question: 'Wat vindt u?' });
    const feed = async () => (await (await fetch(`${baseUrl()}/feeds/thema/1.3.atom`)).text()).includes(`Na afmelden ${suffix}`);
    for (let i = 0; i < 60 && !(await feed()); i++) await new Promise((r) => setTimeout(r, 500));
    expect(await feed()).toBe(true);
    expect((await mailsTo(email)).length).toBe(before);
  });
});
