import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { uniqueSuffix } from './support/pages';

/** Journeys 1 and 2: report a barrier through the form, get the private link by mail, follow it. */
describe('an entrepreneur reports a barrier', () => {
  const browser = useBrowser();

  it('shows an error summary that links to each field, keeps every value, then accepts the corrected report and mails the private link', async () => {
    const { page } = browser;
    const email = `ondernemer-${uniqueSuffix()}@example.nl`;
    await page.goto(`${baseUrl()}/meldingen/nieuw`);
    await screenshot(page, 'report-form');

    await page.fill('#f-title', 'Dro');
    await page.fill('#f-description', 'Te kort');
    await page.fill('#f-company-kvkNumber', '1234');
    await page.fill('#f-contact-email', email);
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Melding versturen")')]);

    const summary = page.locator('#error-summary');
    await summary.waitFor();
    expect(await page.title()).toMatch(/^Fout: /);
    const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['#f-title', '#f-description', '#f-company-kvkNumber', '#f-technology', '#f-consent-contact']));
    // Every link targets a field that exists on the page.
    for (const href of links) expect(await page.locator(href!).count()).toBe(1);
    expect(await page.inputValue('#f-title')).toBe('Dro');
    expect(await page.inputValue('#f-description')).toBe('Te kort');
    expect(await page.inputValue('#f-company-kvkNumber')).toBe('1234');
    expect(await page.inputValue('#f-contact-email')).toBe(email);
    expect(await page.getAttribute('#f-company-kvkNumber', 'aria-invalid')).toBe('true');
    await screenshot(page, 'report-form-errors');

    await page.fill('#f-title', 'Geen ruimte voor inspectie met drones buiten zicht');
    await page.fill('#f-description', 'Wij willen dijken inspecteren met drones die buiten het zicht van de piloot vliegen, maar de regels staan alleen vluchten binnen zicht toe.');
    await page.selectOption('#f-technology', 'drones');
    await page.selectOption('#f-sector', 'F');
    await page.fill('#f-regulation-name', 'Regeling op afstand bestuurde luchtvaartuigen');
    await page.fill('#f-regulation-bwbId', 'BWBR0019147');
    await page.fill('#f-company-name', 'Dijkdrone B.V.');
    await page.fill('#f-company-kvkNumber', '12345678');
    await page.check('#f-company-sizeClass-small');
    await page.fill('#f-contact-name', 'Fatima de Vries');
    await page.check('#f-consent-contact');
    await page.check('#f-consent-publish');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Melding versturen")')]);

    const reference = (await page.textContent('#reference'))!.trim();
    expect(reference).toMatch(/^LKT-\d{4}-\d{6}$/);
    await screenshot(page, 'report-received');

    const mail = await waitForMail(email, (m) => `${m.subject} ${m.text ?? ''}`.includes(reference));
    const link = linkIn(mail, `/meldingen/${reference}`);
    const tracking = new URL(link);
    await page.goto(`${baseUrl()}${tracking.pathname}${tracking.search}`);
    expect(await page.textContent('h1')).toContain(reference);
    expect((await page.textContent('#report-status'))!.trim()).toBe('Ontvangen');
    await screenshot(page, 'report-tracking');
  });
});
