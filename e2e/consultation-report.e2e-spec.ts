import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { dutchLocal, loginAs, uniqueSuffix } from './support/pages';

/** Journey 6: after closing, the coordinator publishes the consultation report; it shows on the proposal. */
describe('consultation report', () => {
  const browser = useBrowser();

  it('a closed consultation gets its report, and the proposal shows it as answered', async () => {
    const { page } = browser;
    const title = `Digitale vaardigheden in het mkb ${uniqueSuffix()}`;
    await loginAs(page, 'coordinator', 'Cora Coördinator');
    await page.goto(`${baseUrl()}/coordinatie/voorstellen/nieuw`);
    await page.fill('#f-title', title);
    await page.fill('#f-summary', 'Een voucher voor digitale vaardigheden van mkb-medewerkers.');
    await page.fill('#f-body', 'Wij stellen een voucherregeling voor.');
    if ((await page.locator('select#f-theme').count()) > 0) await page.selectOption('#f-theme', '1.1');
    else await page.fill('#f-theme', '1.1');
    await page.fill('#f-opensAt', dutchLocal(-3));
    // Closes at the start of the next minute: the scheduler closes it within about a minute.
    await page.fill('#f-closesAt', dutchLocal(1));
    await page.check('#f-moderation');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Concept opslaan")')]);
    await Promise.all([page.waitForNavigation(), page.click(`button[aria-label="Publiceren: ${title}"]`)]);

    const deadline = Date.now() + 120000;
    for (;;) {
      await page.goto(`${baseUrl()}/coordinatie`);
      const row = page.locator(`tr:has-text("${title}")`);
      if ((await row.locator('a:has-text("Verslag schrijven")').count()) === 1) {
        await Promise.all([page.waitForNavigation(), row.locator('a:has-text("Verslag schrijven")').click()]);
        break;
      }
      if (Date.now() > deadline) throw new Error('the consultation did not close in time');
      await new Promise((r) => setTimeout(r, 2000));
    }

    // An empty report is refused with the summary pointing at the fields.
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Verslag publiceren")')]);
    await page.locator('#error-summary').waitFor();
    expect(await page.locator('#error-summary a').count()).toBeGreaterThan(0);
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${page.url().split('?')[0]}?lang=${lang}`);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
    await page.goto(`${page.url().split('?')[0]}?lang=nl`);

    await page.fill('#f-summary', 'De consultatie leverde vooral vragen op over de **uitvoering** van de voucher.');
    await page.fill('#f-topic-1', 'Uitvoering');
    await page.fill('#f-answer-1', 'De Kamer van Koophandel voert de regeling uit.');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Verslag publiceren")')]);
    expect(page.url()).toMatch(/\/consultaties\/[0-9a-f-]{36}#verslag$/);
    expect((await page.textContent('#proposal-status'))!.trim()).toBe('Beantwoord');
    expect(await page.innerHTML('#verslag + .utrecht-rich-text')).toContain('<strong>uitvoering</strong>');
    expect(await page.textContent('body')).toContain('De Kamer van Koophandel voert de regeling uit.');
    await screenshot(page, 'consultation-report');
  });
});
