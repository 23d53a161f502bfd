import { baseUrl, useBrowser } from './support/browser';
import { expectAccessible, loginAs, uniqueSuffix } from './support/pages';
import { reportBody, submitReport } from './support/report-body';

/**
 * Department scoping and the audit log through the portal: a report in the intake queue is
 * triaged by an official of one ministry to another, leaves their reach and reaches the other's;
 * intake sees it; an admin reads who saw the reporter's contact details and who acted.
 */
describe('department scoping and the audit log (browser)', () => {
  const browser = useBrowser();

  const inQueue = async (reference: string) => {
    await browser.page.goto(`${baseUrl()}/behandelen?q=${reference}`);
    return browser.page.locator(`a[href="/behandelen/${reference}"]`).count();
  };

  it('hands a report from the intake queue to another ministry, hides it from the first, and shows the admin who did what', async () => {
    const { page } = browser;
    const email = `scope-${uniqueSuffix()}@example.nl`;
    const reference = await submitReport(reportBody(Date.now() % 100000, email));

    // An EZ official finds it in the intake queue, reads it (contact details included) and triages it to BZK.
    await loginAs(page, 'official', 'Olga Official', 'EZ');
    expect(await inQueue(reference)).toBe(1);
    await page.goto(`${baseUrl()}/behandelen/${reference}`);
    expect(await page.content()).toContain(email);
    if ((await page.locator('select#f-theme').count()) > 0) await page.selectOption('#f-theme', '2.1.2');
    else await page.fill('#f-theme', '2.1.2');
    await page.check('#f-priority-high');
    await page.selectOption('#f-department', 'BZK');
    await Promise.all([page.waitForNavigation(), page.click('#triage-form button[type="submit"]')]);
    expect(new URL(page.url()).pathname).toBe('/behandelen');
    expect(await page.content()).toContain(`Melding ${reference} is beoordeeld en toegewezen aan BZK`);
    expect(await inQueue(reference)).toBe(0);
    const gone = await page.goto(`${baseUrl()}/behandelen/${reference}`);
    expect(gone!.status()).toBe(404);
    expect(await page.content()).not.toContain(email);

    // The BZK official has it now; intake sees every ministry's reports.
    await loginAs(page, 'official', 'Bram Behandelaar', 'BZK');
    expect(await inQueue(reference)).toBe(1);
    expect((await page.goto(`${baseUrl()}/behandelen/${reference}`))!.status()).toBe(200);
    await loginAs(page, 'intake', 'Ines Intake');
    expect(await inQueue(reference)).toBe(1);

    // The admin follows the link from the report page to its audit log.
    await loginAs(page, 'admin', 'Ada Admin');
    await page.goto(`${baseUrl()}/behandelen/${reference}`);
    await Promise.all([page.waitForNavigation(), page.click(`a[href="/behandelen/${reference}/auditlog"]`)]);
    const rows = await page.locator('table tbody tr').allTextContents();
    expect(rows.map((r) => (r.includes('Contactgegevens ingezien') ? 'read' : r.includes('Beoordeeld') ? 'triage' : r))).toEqual(['read', 'triage', 'read', 'read']);
    expect(rows[1]).toContain('Ministerie: Binnenlandse Zaken en Koninkrijksrelaties');
    expect(rows.slice(0, 3).every((r) => r.includes('Behandelaar dev-'))).toBe(true);
    expect(rows[3]).toContain('Beheerder dev-');
    expect(await page.content()).not.toContain(email);
    for (const lang of ['nl', 'en'] as const) await expectAccessible(page, `/behandelen/${reference}/auditlog`, lang);
  });
});
