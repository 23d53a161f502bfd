import { api, until } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { reportBody, submitReport } from './support/report-body';

const UAVG = 'BWBR0040940';

/** Issue 12, item 5: the regulation index, reached from the monitor, each regulation a page. */
describe('regulation index', () => {
  const browser = useBrowser();

  it('is linked from the monitor, lists the cited regulations, and gives each its page, accessible in both languages', async () => {
    const { page } = browser;
    const reference = await submitReport({ ...reportBody(8101), regulation: { name: 'Uitvoeringswet AVG', article: '22', bwbId: UAVG } });
    await until('the report in the regulation index', async () => {
      const r = await api<{ reports: { reference: string | null }[] }>('GET', `/api/review/regulations/${UAVG}`);
      return r.status === 200 && r.data.reports.some((p) => p.reference === reference);
    });

    await page.goto(`${baseUrl()}/monitor`);
    await Promise.all([page.waitForNavigation(), page.click('a[href="/regelgeving"]')]);
    expect(new URL(page.url()).pathname).toBe('/regelgeving');
    await Promise.all([page.waitForNavigation(), page.click(`a[href="/regelgeving/${UAVG}"]`)]);
    expect(await page.textContent('h1')).toContain('Uitvoeringswet Algemene verordening gegevensbescherming');
    // The report is listed (not public: no link to the register), its article counted.
    expect(await page.textContent('main')).toContain(`${reference} (niet openbaar)`);
    expect(await page.locator('a[href="https://wetten.overheid.nl/BWBR0040940"]').count()).toBe(1);
    await screenshot(page, 'regulation-page');

    for (const lang of ['nl', 'en'] as const) {
      for (const path of ['/regelgeving', `/regelgeving/${UAVG}`]) {
        await page.goto(`${baseUrl()}${path}?lang=${lang}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect({ path, lang, violations: describeViolations(await axeViolations(page)) }).toEqual({ path, lang, violations: [] });
      }
    }
    const missing = await page.goto(`${baseUrl()}/regelgeving/BWBR9999999`);
    expect(missing?.status()).toBe(404);
  });
});
