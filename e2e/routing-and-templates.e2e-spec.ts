import { api, staffToken } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { waitForMail } from './support/maildev';
import { loginAs, uniqueSuffix } from './support/pages';
import { reportBody, submitReport } from './support/report-body';

/** A BWB id no other spec cites: the rule made here must route this journey's report only. */
const BWB_ID = 'BWBR0099817';

/**
 * Issue 10 items 2 and 3 end to end, without JavaScript: an admin keeps a routing rule and an
 * answer template through the portal; a new report citing the rule's regulation lands in that
 * department's queue with the rule shown; the official resolves it starting from the template.
 * The rule and template are removed at the end, so no later spec's report is routed by them.
 */
describe('routing rules and answer templates: admin → routed report → resolved from a template', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });
  const browser = useBrowser();
  const adminToken = staffToken(['admin'], { sub: 'e2e-routing-admin' });

  afterAll(async () => {
    // Whatever happened above: no rule of this spec may route another spec's report.
    const rules = await api<{ items: { id: string; match: { bwbId?: string } }[] }>('GET', '/api/loket/admin/routing-rules', undefined, adminToken);
    for (const r of rules.data.items ?? []) if (r.match.bwbId === BWB_ID) await api('DELETE', `/api/loket/admin/routing-rules/${r.id}`, undefined, adminToken);
    const templates = await api<{ items: { id: string; title: string }[] }>('GET', '/api/loket/admin/answer-templates', undefined, adminToken);
    for (const t of templates.data.items ?? []) if (t.title.startsWith('E2E uitleg')) await api('DELETE', `/api/loket/admin/answer-templates/${t.id}`, undefined, adminToken);
  });

  it('routes by the admin’s rule and resolves from the admin’s template', async () => {
    const suffix = uniqueSuffix();
    const templateTitle = `E2E uitleg ${suffix}`;

    // 1. The admin adds a rule: first an empty form (every problem named), then a good one.
    const admin = await noJs.newPage();
    await loginAs(admin, 'admin', 'Ada Admin');
    await admin.goto(`${baseUrl()}/beheer/routeringsregels`);
    await Promise.all([admin.waitForNavigation(), admin.click('form[action="/beheer/routeringsregels"] button[type="submit"]')]);
    expect(await admin.locator('#error-summary a[href="#f-match"]').count()).toBe(1);
    expect(await admin.locator('#error-summary a[href="#f-department"]').count()).toBe(1);
    await admin.fill('#f-match-bwbId', BWB_ID);
    await admin.selectOption('#f-department', 'BZK');
    await admin.fill('#f-handlerGroup', 'e2e-groep');
    await Promise.all([admin.waitForNavigation(), admin.click('form[action="/beheer/routeringsregels"] button[type="submit"]')]);
    expect(admin.url()).toContain('gedaan=created');
    const row = admin.locator('tr', { hasText: BWB_ID });
    expect(await row.count()).toBe(1);
    const position = (await row.locator('td').first().textContent())!.trim();
    await screenshot(admin, 'admin-routing-rules');

    // 2. …and an answer template for the outcome "explained".
    await admin.goto(`${baseUrl()}/beheer/antwoordsjablonen`);
    await admin.selectOption('#f-purpose', 'explained');
    await admin.fill('#f-title', templateTitle);
    await admin.fill('#f-body', 'Uw melding {reference} over {regulation} is bekeken door {department}.');
    await Promise.all([admin.waitForNavigation(), admin.click('form[action="/beheer/antwoordsjablonen"] button[type="submit"]')]);
    expect(admin.url()).toContain('gedaan=created');

    // 3. A report citing the regulation lands in BZK's queue, the rule shown on its page.
    const email = `routing-${suffix}@example.nl`;
    const body = reportBody(31, email);
    const reference = await submitReport({ ...body, regulation: { name: 'Regeling voor de routering', article: '3', bwbId: BWB_ID } });
    const official = await noJs.newPage();
    await loginAs(official, 'official', 'Bas BZK', 'BZK');
    await official.goto(`${baseUrl()}/behandelen?department=BZK`);
    expect(await official.locator(`a[href="/behandelen/${reference}"]`).count()).toBe(1);
    await official.goto(`${baseUrl()}/behandelen/${reference}`);
    const routing = (await official.textContent('#routing'))!;
    expect(routing).toContain(`regel ${position}`);
    expect(routing).toContain(BWB_ID);
    expect(routing).toContain('Binnenlandse Zaken en Koninkrijksrelaties (behandelgroep e2e-groep)');
    // The queue's group filter (typed as in the form, filled in without JavaScript) finds it, the group beside the ministry.
    await official.goto(`${baseUrl()}/behandelen`);
    await official.fill('#f-group', 'E2E-groep');
    await Promise.all([official.waitForNavigation(), official.click('form[action="/behandelen"][method="get"] button[type="submit"]')]);
    expect(official.url()).toContain('group=E2E-groep');
    const groupRow = official.locator('tr', { has: official.locator(`a[href="/behandelen/${reference}"]`) });
    expect(await groupRow.count()).toBe(1);
    expect(await groupRow.textContent()).toContain('BZK (behandelgroep e2e-groep)');
    // The audit trail names the rule that routed it, by the system.
    await official.goto(`${baseUrl()}/behandelen/${reference}/auditlog`);
    const audit = (await official.textContent('main'))!;
    expect(audit).toContain('Doorgestuurd door een routeringsregel');
    expect(audit).toContain(`Routeringsregel ${position}; Ministerie: Binnenlandse Zaken en Koninkrijksrelaties; Behandelgroep: e2e-groep`);
    await official.goto(`${baseUrl()}/behandelen/${reference}`);

    // 4. Triage, then resolve starting from the template (a plain link fills the form), edited.
    await official.fill('#f-theme', '2.1.2').catch(() => official.selectOption('#f-theme', '2.1.2'));
    await official.check('#f-priority-normal');
    await official.selectOption('#f-department', 'BZK');
    await Promise.all([official.waitForNavigation(), official.click('#triage-form button[type="submit"]')]);
    expect((await official.textContent('#report-status'))!.trim()).toBe('Beoordeeld');
    await Promise.all([official.waitForNavigation(), official.click(`a:has-text("${templateTitle}")`)]);
    const filled = await official.inputValue('#f-explanation');
    expect(filled).toBe(`Uw melding ${reference} over Regeling voor de routering, artikel 3 is bekeken door Binnenlandse Zaken en Koninkrijksrelaties.`);
    expect(await official.isChecked('input[name="outcome"][value="explained"]')).toBe(true);
    await screenshot(official, 'official-template-filled');
    await official.fill('#f-explanation', `${filled} De regel blijft zoals hij is.`);
    await Promise.all([official.waitForNavigation(), official.click('form[action$="/afhandelen"] button[type="submit"]')]);
    expect((await official.textContent('#report-status'))!.trim()).toBe('Afgehandeld');
    const outcome = await waitForMail(email, (m) => m.subject === `Uitkomst melding ${reference}`);
    expect(outcome.text).toContain('is bekeken door Binnenlandse Zaken en Koninkrijksrelaties. De regel blijft zoals hij is.');

    // axe (needs JavaScript): the admin's pages and the official's report page, in both languages.
    const checker = await browser.newPage();
    await loginAs(checker, 'admin', 'Axe Admin', 'BZK');
    for (const lang of ['nl', 'en'] as const) {
      for (const path of ['/beheer/routeringsregels', '/beheer/antwoordsjablonen', '/beheer/e-mailteksten', '/beheer/e-mailteksten/triaged/nl', `/behandelen/${reference}`, `/behandelen/${reference}/auditlog`, '/behandelen?group=e2e-groep']) {
        await checker.goto(`${baseUrl()}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        expect([path, describeViolations(await axeViolations(checker))]).toEqual([path, []]);
      }
    }

    // 5. The admin deletes the rule through its page: later reports go to the intake queue again.
    // The pages of one browser share a session: the official's login replaced the admin's.
    await loginAs(admin, 'admin', 'Ada Admin');
    await admin.goto(`${baseUrl()}/beheer/routeringsregels`);
    const edit = await admin.locator('tr', { hasText: BWB_ID }).locator('a').first().getAttribute('href');
    expect(edit).toMatch(/^\/beheer\/routeringsregels\/[0-9a-f-]{36}$/);
    await admin.goto(`${baseUrl()}${edit}`);
    expect(await admin.inputValue('#f-match-bwbId')).toBe(BWB_ID);
    await Promise.all([admin.waitForNavigation(), admin.click('form[action$="/verwijderen"] button[type="submit"]')]);
    expect(admin.url()).toContain('gedaan=deleted');
    expect(await admin.locator('tr', { hasText: BWB_ID }).count()).toBe(0);
  });
});
