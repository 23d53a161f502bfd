import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { loginAs, uniqueSuffix } from './support/pages';

async function monitorFigure(page: Page, key: string): Promise<number> {
  await page.goto(`${baseUrl()}/monitor`);
  return Number((await page.textContent(`[data-figure="${key}"]`))!.trim());
}

/**
 * Journeys 1–3 and 9 end to end: the entrepreneur reports (with JavaScript disabled: the form
 * works without it), an official triages and resolves, the reporter reads the outcome through the
 * link in the mail, and the monitor counts the resolved report.
 */
describe('barrier journey: report, triage, resolve, follow, count', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });
  const browser = useBrowser();

  it('goes from the report form to a resolved report the reporter can read and the monitor counts', async () => {
    const official = await browser.newPage();
    const resolvedBefore = await monitorFigure(official, 'resolvedBarrierReports');

    // 1. Report, in a browser without JavaScript.
    const reporter = await noJs.newPage();
    const email = `journey-${uniqueSuffix()}@example.nl`;
    const title = `Geen experimenteerruimte voor AI-advies ${uniqueSuffix()}`;
    await reporter.goto(`${baseUrl()}/meldingen/nieuw`);
    await reporter.fill('#f-title', title);
    await reporter.fill('#f-description', 'Wij willen ondernemers met een AI-assistent adviseren over subsidies, maar de Wft verbiedt advies zonder vergunning, ook als het algoritme alleen openbare informatie samenvat.');
    await reporter.selectOption('#f-technology', 'ai');
    await reporter.selectOption('#f-sector', 'M');
    await reporter.fill('#f-regulation-name', 'Wet op het financieel toezicht');
    await reporter.fill('#f-regulation-article', '2:75');
    await reporter.fill('#f-regulation-bwbId', 'BWBR0020368');
    await reporter.fill('#f-company-name', 'Subsidiebot B.V.');
    await reporter.fill('#f-company-kvkNumber', '87654321');
    await reporter.check('#f-company-sizeClass');
    await reporter.fill('#f-contact-name', 'Jan Jansen');
    await reporter.fill('#f-contact-email', email);
    await reporter.check('#f-consent-contact');
    await reporter.check('#f-consent-publish');
    await Promise.all([reporter.waitForNavigation(), reporter.click('button:has-text("Melding versturen")')]);
    const reference = (await reporter.textContent('#reference'))!.trim();
    expect(reference).toMatch(/^LKT-\d{4}-\d{6}$/);

    // 2. The official finds it in the queue and triages it.
    await loginAs(official, 'official', 'Olga Official', 'EZ');
    await official.goto(`${baseUrl()}/behandelen`);
    await screenshot(official, 'official-queue');
    await official.goto(`${baseUrl()}/behandelen/${reference}`);
    expect((await official.textContent('#report-status'))!.trim()).toBe('Ontvangen');
    await screenshot(official, 'official-report-detail');
    for (const lang of ['en', 'nl'] as const) {
      await official.goto(`${baseUrl()}/behandelen/${reference}?lang=${lang}`);
      expect(describeViolations(await axeViolations(official))).toEqual([]);
    }

    // A bad triage keeps the input and names the problem.
    await Promise.all([official.waitForNavigation(), official.click('#triage-form button[type="submit"]')]);
    await official.locator('#error-summary').waitFor();
    expect(await official.locator('#error-summary a[href="#f-theme"]').count()).toBe(1);

    if ((await official.locator('select#f-theme').count()) > 0) await official.selectOption('#f-theme', '2.1.2');
    else await official.fill('#f-theme', '2.1.2');
    await official.check('#f-priority-high');
    await official.selectOption('#f-department', 'EZ');
    await Promise.all([official.waitForNavigation(), official.click('#triage-form button[type="submit"]')]);
    expect((await official.textContent('#report-status'))!.trim()).toBe('Beoordeeld');

    // An internal note the reporter must never see.
    await official.fill('#f-body', 'Interne notitie: navragen bij AFM of dit onder de vrijstelling valt.');
    await official.check('#f-internal');
    await Promise.all([official.waitForNavigation(), official.click('form[action$="/berichten"] button[type="submit"]')]);

    // 2b. A question to the reporter; the reporter answers through the private link, without JavaScript.
    await official.fill('#f-body', 'Welke klanten wilt u adviseren: ondernemers of ook consumenten?');
    await Promise.all([official.waitForNavigation(), official.click('form[action$="/berichten"] button[type="submit"]')]);
    expect((await official.textContent('#report-status'))!.trim()).toBe('Wacht op de melder');
    const mail = await waitForMail(email, (m) => `${m.subject} ${m.text ?? ''}`.includes(reference));
    const link = new URL(linkIn(mail, `/meldingen/${reference}`));
    await reporter.goto(`${baseUrl()}${link.pathname}${link.search}`);
    expect((await reporter.textContent('#report-status'))!.trim()).toBe('Wacht op uw reactie');
    expect(await reporter.textContent('.pb-message')).toContain('Welke klanten wilt u adviseren');
    await reporter.fill('#f-body', 'Alleen ondernemers uit het mkb.');
    await Promise.all([reporter.waitForNavigation(), reporter.click('button:has-text("Bericht versturen")')]);
    expect(reporter.url()).toContain('verzonden=1');
    await official.goto(`${baseUrl()}/behandelen/${reference}`);
    expect(await official.content()).toContain('Alleen ondernemers uit het mkb.');

    // 3. Resolve it with an outcome.
    await official.check('#f-outcome-experimentation-space');
    await official.fill('#f-explanation', 'Voor uw toepassing kan de AFM een ontheffing verlenen in de regulatory sandbox; wij hebben u aangemeld.');
    await Promise.all([official.waitForNavigation(), official.click('form[action$="/afhandelen"] button[type="submit"]')]);
    expect((await official.textContent('#report-status'))!.trim()).toBe('Afgehandeld');

    // 4. The reporter follows the private link again and reads the outcome.
    await reporter.goto(`${baseUrl()}${link.pathname}${link.search}`);
    expect((await reporter.textContent('#report-status'))!.trim()).toBe('Afgehandeld');
    expect((await reporter.textContent('#report-outcome'))!.trim()).toBe('Experimenteerruimte geboden');
    expect(await reporter.textContent('#report-explanation')).toContain('regulatory sandbox');
    expect(await reporter.content()).not.toContain('Interne notitie');
    await screenshot(reporter, 'reporter-outcome');
    // axe needs JavaScript: check the reporter's page in the other browser, in both languages.
    const checker = await browser.newPage();
    for (const lang of ['en', 'nl'] as const) {
      await checker.goto(`${baseUrl()}${link.pathname}${link.search}&lang=${lang}`);
      expect(describeViolations(await axeViolations(checker))).toEqual([]);
    }

    // 5. The monitor counts it (the review service learns it from Kafka, so it may lag a little).
    const deadline = Date.now() + 60000;
    let resolvedAfter = resolvedBefore;
    while (resolvedAfter <= resolvedBefore && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      resolvedAfter = await monitorFigure(official, 'resolvedBarrierReports');
    }
    expect(resolvedAfter).toBeGreaterThanOrEqual(resolvedBefore + 1);
    await screenshot(official, 'monitor');

    // The reporter agreed to publication: the public register shows it, without personal data.
    await official.goto(`${baseUrl()}/register`);
    const entry = official.locator(`article:has-text("${title}")`);
    expect(await entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('Experimenteerruimte geboden');
    expect(await official.content()).not.toContain(email);
    expect(await official.content()).not.toContain('Jan Jansen');

    // 6. The queue lists it under its filters (resolved, searched by title).
    await official.goto(`${baseUrl()}/behandelen?status=resolved&q=${encodeURIComponent(title)}`);
    expect(await official.locator(`a[href="/behandelen/${reference}"]`).count()).toBe(1);
  });
});
