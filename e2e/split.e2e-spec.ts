import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { loginAs, uniqueSuffix } from './support/pages';
import { reportBody, submitReport } from './support/report-body';

/**
 * Issue 10 item 6 end to end: an official splits a report over two ministries, the reporter's one
 * link (from the split mail, without JavaScript) shows both parts, each part is answered by its own
 * ministry, and once both are the original is closed — on the reporter's page too.
 */
describe('split: official splits → the reporter’s link shows both parts → both resolved → the original ends', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });
  const browser = useBrowser();
  // A context of its own: the IenW official's session must not replace the EZ official's cookie.
  const otherDepartment = useBrowser();

  it('follows a split report from the official’s form to the reporter’s page and its end', async () => {
    const email = `splits-${uniqueSuffix()}@example.nl`;
    const reference = await submitReport(reportBody(11, email));

    // 1. The EZ official triages the report and splits it: a part for EZ, a part for IenW.
    const ez = await browser.newPage();
    await loginAs(ez, 'official', 'Olga Official', 'EZ');
    await ez.goto(`${baseUrl()}/behandelen/${reference}`);
    if ((await ez.locator('select#f-theme').count()) > 0) await ez.selectOption('#f-theme', '2.1.2');
    else await ez.fill('#f-theme', '2.1.2');
    await ez.check('#f-priority-normal');
    await ez.selectOption('#f-department', 'EZ');
    await Promise.all([ez.waitForNavigation(), ez.click('#triage-form button[type="submit"]')]);
    expect((await ez.textContent('#report-status'))!.trim()).toBe('Beoordeeld');
    // axe on the working screen with the split form, in both languages.
    for (const lang of ['en', 'nl'] as const) {
      await ez.goto(`${baseUrl()}/behandelen/${reference}?lang=${lang}`);
      expect(describeViolations(await axeViolations(ez))).toEqual([]);
    }
    await ez.selectOption('#f-parts-0-department', 'EZ');
    await ez.selectOption('#f-parts-1-department', 'IenW');
    await Promise.all([ez.waitForNavigation(), ez.click('form[action$="/splitsen"] button[type="submit"]')]);
    expect((await ez.textContent('#report-status'))!.trim()).toBe('Gesplitst in delen');
    // Each part's reference in the first column: EZ's own part a link, IenW's named only (EZ's
    // official may not open it, so no link that would answer 404).
    const parts = (await ez.locator('#delen ~ div table tbody tr td:first-child').allTextContents()).map((p) => p.trim());
    expect(parts).toHaveLength(2);
    const ezPart = parts[0];
    const ienwPart = parts[1].split(' ')[0];
    expect(await ez.locator('#delen ~ div table a.utrecht-link').allTextContents()).toEqual([ezPart]);
    expect(parts[1]).toBe(`${ienwPart} (andere afdeling of ander ministerie)`);
    await screenshot(ez, 'official-split-report');
    expect(describeViolations(await axeViolations(ez))).toEqual([]);

    // 2. The reporter's mail: one link, which shows both parts (without JavaScript).
    const mail = await waitForMail(email, (m) => m.subject === `Uw melding ${reference} is gesplitst`);
    expect(mail.text).toContain(ezPart);
    expect(mail.text).toContain(ienwPart);
    const link = new URL(linkIn(mail, `/meldingen/${reference}`));
    const reporter = await noJs.newPage();
    const reporterPage = `${baseUrl()}${link.pathname}${link.search}`;
    await reporter.goto(reporterPage);
    expect((await reporter.textContent('#report-status'))!.trim()).toBe('Gesplitst in delen');
    expect(await reporter.locator(`#part-${ezPart}-title`).textContent()).toContain('Economische Zaken');
    expect(await reporter.locator(`#part-${ienwPart}-title`).textContent()).toContain('Infrastructuur en Waterstaat');
    await screenshot(reporter, 'reporter-split-parts');
    const checker = await browser.newPage();
    for (const lang of ['en', 'nl'] as const) {
      await checker.goto(`${reporterPage}&lang=${lang}`);
      expect(describeViolations(await axeViolations(checker))).toEqual([]);
    }

    // 3. Each ministry answers its own part; the original waits for the last.
    const resolve = async (page: typeof ez, part: string, explanation: string) => {
      await page.goto(`${baseUrl()}/behandelen/${part}`);
      expect(await page.locator('#deel-van').textContent()).toContain(reference);
      await page.check('#f-outcome-guidance');
      await page.fill('#f-explanation', explanation);
      await Promise.all([page.waitForNavigation(), page.click('form[action$="/afhandelen"] button[type="submit"]')]);
      expect((await page.textContent('#report-status'))!.trim()).toBe('Afgehandeld');
    };
    await resolve(ez, ezPart, 'Voor de drones: zie de handreiking bij artikel 3 over de ontheffing.');
    await reporter.goto(reporterPage);
    expect((await reporter.textContent('#report-status'))!.trim()).toBe('Gesplitst in delen');
    expect(await reporter.locator(`#part-${ezPart}`).textContent()).toContain('zie de handreiking bij artikel 3');

    const ienw = await otherDepartment.newPage();
    await loginAs(ienw, 'official', 'Ivo IenW', 'IenW');
    await resolve(ienw, ienwPart, 'Voor het luchtruim: de regels van IenW laten dit al toe, zie de toelichting.');

    // 4. Both parts ended: the original is closed, for the reporter and in the audit trail.
    await reporter.goto(reporterPage);
    expect((await reporter.textContent('#report-status'))!.trim()).toBe('Gesloten');
    expect(await reporter.locator(`#part-${ienwPart}`).textContent()).toContain('de regels van IenW laten dit al toe');
    await ez.goto(`${baseUrl()}/behandelen/${reference}/auditlog`);
    const trail = await ez.content();
    expect(trail).toContain('Gesplitst in delen');
    expect(trail).toContain('alle delen zijn klaar');
    expect(describeViolations(await axeViolations(ez))).toEqual([]);
  });
});
