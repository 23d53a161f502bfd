import { createHash } from 'node:crypto';
import { api, staffToken } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, useBrowser } from './support/browser';
import { documentWidth, overflows, REFLOW_WIDTH } from './support/crawl';
import { loginAs, uniqueSuffix } from './support/pages';
import { reportBody, submitReport } from './support/report-body';

/** The development login's subject for a name and role (pages/auth/login.controller.ts). */
const devSubject = (role: string, name: string) => `dev-${createHash('sha256').update(`${role}:${name}`).digest('hex').slice(0, 16)}`;

/**
 * Issue 10 item 8, the desk: an official opens their department's dashboard, bulk assigns reports
 * from the queue (one problem per report that could not be assigned), sees "my reports", saves and
 * deletes a filter, and works a report on the two-column screen — each page passing axe and
 * reflowing at 320 px.
 */
describe('the officials desk', () => {
  const browser = useBrowser();
  const name = `Desk ${uniqueSuffix()}`;
  const me = devSubject('official', name);

  async function expectClean(what: string): Promise<void> {
    const { page } = browser;
    expect([what, describeViolations(await axeViolations(page))]).toEqual([what, []]);
    await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
    const width = await documentWidth(page);
    expect([what, overflows(width) ? width : 'reflows']).toEqual([what, 'reflows']);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('dashboard, bulk assign, my reports, a saved filter and the report as a working screen', async () => {
    const { page } = browser;
    const suffix = uniqueSuffix();
    const admin = staffToken(['admin']);
    const refs: string[] = [];
    for (let i = 0; i < 3; i++) refs.push(await submitReport({ ...reportBody(7700 + i, `desk-${suffix}-${i}@example.nl`), title: `Bureau ${suffix} melding ${i}` }));
    const [a, b, inIntake] = refs;
    for (const r of [a, b]) expect((await api('POST', `/api/loket/reports/${r}/triage`, { theme: '2.1.2', priority: 'normal', department: 'EZ' }, admin)).status).toBe(200);

    await loginAs(page, 'official', name, 'EZ');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The dashboard: this department's year in three charts, each with its data table.
    await page.goto(`${baseUrl()}/behandelen/dashboard`);
    expect(await page.textContent('h1')).toContain('Dashboard EZ');
    expect(await page.locator('figure.pb-chart svg').count()).toBe(3);
    expect(await page.locator('figure.pb-chart table tbody tr').count()).toBe(3 * 52);
    await expectClean('dashboard');
    await page.goto(`${baseUrl()}/behandelen/dashboard?lang=en`);
    expect(await page.textContent('h1')).toContain('Dashboard EZ');
    await expectClean('dashboard (en)');
    await page.goto(`${baseUrl()}/behandelen/dashboard?lang=nl`);

    // Bulk assign from the queue, filtered to this test's reports: two to me, the untriaged one refused.
    await page.goto(`${baseUrl()}/behandelen?q=${encodeURIComponent(`Bureau ${suffix}`)}`);
    for (const r of refs) await page.check(`#f-report-${r}`);
    await page.fill('#f-handler', me);
    await Promise.all([page.waitForNavigation(), page.click('#bulk-assign button[type="submit"]')]);
    expect(await page.textContent('.pb-error-summary')).toContain(`${inIntake} is niet toegewezen`);
    expect(await page.locator(`.pb-error-summary a[href="#f-report-${inIntake}"]`).count()).toBe(1);
    expect(await page.isChecked(`#f-report-${inIntake}`)).toBe(true);
    expect(await page.textContent('main')).toContain('2 meldingen toegewezen.');
    await expectClean('queue after a partial bulk assign');

    // My reports: the two assigned, not the one in intake.
    await page.click('a[href="/behandelen?mine=true"]');
    const mine = await page.locator('table a[href^="/behandelen/LKT-"]').allTextContents();
    expect(mine).toEqual(expect.arrayContaining([a, b]));
    expect(mine).not.toContain(inIntake);

    // Save the filter the queue shows, apply it from the list, delete it.
    await page.goto(`${baseUrl()}/behandelen?mine=true&q=${encodeURIComponent(`Bureau ${suffix}`)}`);
    await page.fill('#f-filterName', `Bureau ${suffix}`);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/behandelen/filters"] button[type="submit"]')]);
    expect(await page.textContent('main')).toContain('Het filter is opgeslagen.');
    await expectClean('queue with a saved filter');
    await Promise.all([page.waitForNavigation(), page.click(`.pb-saved-filters a:has-text("Bureau ${suffix}")`)]);
    expect(new URL(page.url()).searchParams.get('mine')).toBe('true');
    expect((await page.locator('table a[href^="/behandelen/LKT-"]').allTextContents()).sort()).toEqual([a, b].sort());
    await Promise.all([page.waitForNavigation(), page.click(`.pb-saved-filters button[aria-label="Filter Bureau ${suffix} verwijderen"]`)]);
    expect(await page.textContent('main')).toContain('Het filter is verwijderd.');
    expect(await page.locator(`.pb-saved-filters a:has-text("Bureau ${suffix}")`).count()).toBe(0);

    // The report as a working screen: the actions beside the case on a wide screen, one column at 320 px.
    await page.goto(`${baseUrl()}/behandelen/${a}`);
    const caseBox = (await page.locator('.pb-desk__case').boundingBox())!;
    const actionsBox = (await page.locator('.pb-desk__actions').boundingBox())!;
    expect(actionsBox.x).toBeGreaterThan(caseBox.x + caseBox.width - 1);
    expect(Math.abs(actionsBox.y - caseBox.y)).toBeLessThan(5);
    await expectClean('report page');
    await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
    const narrowCase = (await page.locator('.pb-desk__case').boundingBox())!;
    const narrowActions = (await page.locator('.pb-desk__actions').boundingBox())!;
    expect(narrowActions.y).toBeGreaterThanOrEqual(narrowCase.y + narrowCase.height - 1);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
