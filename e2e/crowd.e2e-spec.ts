import { api, staffToken } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, mailsTo, waitForMail } from './support/maildev';
import { uniqueSuffix } from './support/pages';
import type { Page } from 'playwright-core';

/**
 * Issue 10 item 7 end to end: a reporter fills in the form (without JavaScript), the check step
 * shows a published entry like theirs, they say "this is my barrier too", get its outcome by mail,
 * and again later when the report is resolved with another outcome; the mail's link takes it back.
 */
describe('the reporter sees the crowd: check step → "mijn barrière ook" → the outcome by mail', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });
  const browser = useBrowser();
  const admin = staffToken(['admin'], { name: 'Crowd Admin' });
  const suffix = uniqueSuffix();
  // A regulation no other journey cites, so the check step of other journeys never meets this entry.
  const bwbId = 'BWBR0005416';

  async function fillReport(page: Page, lang: 'nl' | 'en', email: string): Promise<void> {
    await page.goto(`${baseUrl()}/meldingen/nieuw?lang=${lang}`);
    await page.fill('#f-title', `Geen digitale ondertekening van raadsbesluiten ${suffix}`);
    await page.fill('#f-description', 'Wij leveren software voor gemeenteraden, maar besluiten moeten op papier worden ondertekend door de voorzitter en de griffier.');
    await page.selectOption('#f-technology', 'other');
    await page.selectOption('#f-sector', 'J');
    await page.fill('#f-regulation-name', 'Gemeentewet');
    await page.fill('#f-regulation-bwbId', bwbId);
    await page.fill('#f-company-name', 'Raadsoft B.V.');
    await page.fill('#f-company-kvkNumber', '12345678');
    await page.check('#f-company-sizeClass-small');
    await page.fill('#f-contact-name', 'Noor Bakker');
    await page.fill('#f-contact-email', email);
    await page.check('#f-consent-contact');
    await page.click('button[type="submit"]');
    await page.waitForLoadState();
  }

  it('goes from the form to a similar entry, counts the company once, and mails the outcome — again when it changes', async () => {
    // A published entry: reported with consent to publish, triaged and resolved by an official.
    const seedEmail = `crowd-seed-${suffix}@example.nl`;
    const created = await api<{ reference: string }>('POST', '/api/loket/reports', {
      title: `Raadsbesluiten alleen op papier ondertekend ${suffix}`,
      description: 'Besluiten van de gemeenteraad moeten met de hand worden ondertekend; digitale ondertekening wordt niet aanvaard.',
      regulation: { name: 'Gemeentewet', article: '32', bwbId },
      technology: 'other',
      sector: 'O',
      company: { name: 'Griffiesoft B.V.', kvkNumber: '87654321', sizeClass: 'micro' },
      contact: { name: 'Seed Reporter', email: seedEmail },
      consent: { contact: true, publish: true },
    });
    expect(created.status).toBe(201);
    const reference = created.data.reference;
    expect((await api('POST', `/api/loket/reports/${reference}/triage`, { theme: '2.1.2', priority: 'normal', department: 'EZ' }, admin)).status).toBe(200);
    expect((await api('POST', `/api/loket/reports/${reference}/resolution`, { outcome: 'explained', explanation: 'Een gekwalificeerde elektronische handtekening is al toegestaan.' }, admin)).status).toBe(200);

    // 1. The reporter fills in the form without JavaScript: the check step shows the entry.
    const email = `crowd-${suffix}@example.nl`;
    const reporter = await noJs.newPage();
    await fillReport(reporter, 'nl', email);
    expect((await reporter.textContent('h1'))!.trim()).toBe('Is uw belemmering al bekend?');
    const item = reporter.locator('#similar-entries li', { hasText: reference });
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain('1 bedrijf');
    expect(await item.textContent()).toContain('Uitgelegd – geen belemmering');
    await screenshot(reporter, 'crowd-check-step');

    // 2. "Mine too" without the consent: the error sits on that entry's checkbox; with it: counted.
    await Promise.all([reporter.waitForNavigation(), item.locator('button[type="submit"]').click()]);
    expect(await reporter.locator('#error-summary a[href^="#f-endorse-consent-"]').count()).toBe(1);
    const again = reporter.locator('#similar-entries li', { hasText: reference });
    await again.locator('input[name="endorse.consent"]').check();
    await Promise.all([reporter.waitForNavigation(), again.locator('button[type="submit"]').click()]);
    expect((await reporter.textContent('#endorsed'))!.trim()).toBe(`Uw bedrijf telt nu mee bij belemmering ${reference}.`);
    const entry = await api<{ clusterSize: number }>('GET', `/api/loket/register/${reference}`);
    expect(entry.data.clusterSize).toBe(2);

    // 3. The outcome by mail, with the public entry and a withdrawal link; the reporter's own report was not sent.
    const first = await waitForMail(email, (m) => m.subject === `U heeft zich aangesloten bij belemmering ${reference}`);
    expect(first.text).toContain('Uitkomst: Uitgelegd — geen belemmering');
    expect(first.text).toContain('Een gekwalificeerde elektronische handtekening is al toegestaan.');
    expect((await mailsTo(email)).map((m) => m.subject)).toEqual([first.subject]);

    // 4. Later: the seed reporter says the answer did not help; resolved again with another outcome.
    const tracking = new URL(linkIn(await waitForMail(seedEmail, (m) => `${m.text ?? ''}`.includes(`/meldingen/${reference}?token=`)), `/meldingen/${reference}`));
    const seedToken = tracking.searchParams.get('token')!;
    const reopened = await api('POST', `/api/loket/reports/${reference}/satisfaction?token=${encodeURIComponent(seedToken)}`, { helped: false, reason: 'Onze gemeente aanvaardt die handtekening niet.' });
    expect(reopened.status).toBe(200);
    expect((await api('POST', `/api/loket/reports/${reference}/resolution`, { outcome: 'regulation-change-proposed', explanation: 'Wij stellen voor de Gemeentewet aan te passen.' }, admin)).status).toBe(200);
    const news = await waitForMail(email, (m) => m.subject === `Nieuwe uitkomst belemmering ${reference}`);
    expect(news.text).toContain('Wij stellen voor de Gemeentewet aan te passen.');

    // 5. The newest mail's link takes the endorsement back, with a button.
    const withdraw = new URL(linkIn(news, '/meldingen/steun-intrekken'));
    await reporter.goto(`${baseUrl()}${withdraw.pathname}${withdraw.search}`);
    await Promise.all([reporter.waitForNavigation(), reporter.click('form[action="/meldingen/steun-intrekken"] button[type="submit"]')]);
    expect((await reporter.textContent('#withdrawn'))!).toContain(reference);
    expect((await api<{ clusterSize: number }>('GET', `/api/loket/register/${reference}`)).data.clusterSize).toBe(1);

    // axe needs JavaScript: the check step in both languages, the endorsed page and the withdrawal page.
    const checker = await browser.newPage();
    for (const lang of ['nl', 'en'] as const) {
      await fillReport(checker, lang, `crowd-axe-${lang}-${suffix}@example.nl`);
      expect(await checker.getAttribute('html', 'lang')).toBe(lang);
      expect(await checker.locator('#similar-entries li', { hasText: reference }).count()).toBe(1);
      expect(describeViolations(await axeViolations(checker))).toEqual([]);
    }
    const last = checker.locator('#similar-entries li', { hasText: reference });
    await last.locator('input[name="endorse.consent"]').check();
    await Promise.all([checker.waitForNavigation(), last.locator('button[type="submit"]').click()]);
    expect(await checker.locator('#endorsed').count()).toBe(1);
    expect(describeViolations(await axeViolations(checker))).toEqual([]);
    await checker.goto(`${baseUrl()}/meldingen/steun-intrekken?token=any&lang=nl`);
    expect(describeViolations(await axeViolations(checker))).toEqual([]);
  });
});
