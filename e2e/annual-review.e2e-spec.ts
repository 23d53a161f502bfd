import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { loginAs } from './support/pages';

/** Journey 7: a coordinator compiles the annual review; the public page links every figure to its records. */
describe('annual review', () => {
  const browser = useBrowser();

  it('is compiled from the coordination page with visible progress, and its figures link back to their records', async () => {
    const { page } = browser;
    const year = new Date().getFullYear();
    await loginAs(page, 'coordinator', 'Cora Coördinator');
    await page.goto(`${baseUrl()}/coordinatie`);
    await page.fill('#f-year', String(year));
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Jaaroverzicht samenstellen")')]);
    expect(page.url()).toMatch(new RegExp(`/jaaroverzichten/${year}\\?taak=[0-9a-f-]{36}$`));
    expect(await page.locator('#review-progress').count()).toBe(1);

    const deadline = Date.now() + 90000;
    while (!/samengesteld\./.test((await page.textContent('#review-progress')) ?? '')) {
      expect(await page.textContent('#review-progress')).not.toContain('mislukt');
      if (Date.now() > deadline) throw new Error('the review was not compiled in time');
      await new Promise((r) => setTimeout(r, 1000));
      await page.reload();
    }
    // Every figure links to a page listing its records (issue 12, item 4), which links the API's JSON.
    const drillDowns = page.locator(`table a[href^="/jaaroverzichten/${year}/revisies/"]`);
    expect(await drillDowns.count()).toBeGreaterThan(0);
    expect(await page.locator('table a[href^="/api/review/years/"]').count()).toBe(0);
    await screenshot(page, 'annual-review');
    const href = (await drillDowns.first().getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/jaaroverzichten/${year}/revisies/\\d+/cijfers/`));
    await Promise.all([page.waitForNavigation(), drillDowns.first().click()]);
    expect(await page.textContent('h1')).toContain('Waaruit cijfer');
    const json = (await page.locator('a[href^="/api/review/years/"]').getAttribute('href'))!;
    const records = await page.request.get(`${baseUrl()}${json}`);
    expect(records.status()).toBe(200);
    const { total } = (await records.json()) as { total: number };
    expect(await page.textContent('main')).toContain(total === 1 ? '1 record in totaal.' : `${total} records in totaal.`);
    await screenshot(page, 'figure-records');
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${baseUrl()}${href}?lang=${lang}`);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${baseUrl()}/jaaroverzichten/${year}?lang=${lang}`);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
      // The review's own HTML document, one per language (issue 12): accessible too.
      await page.goto(`${baseUrl()}/api/review/years/${year}.html?lang=${lang}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
  });
});
