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
    const drillDowns = await page.locator('table a[href^="/api/review/years/"]').count();
    expect(drillDowns).toBeGreaterThan(0);
    const href = await page.locator('table a[href^="/api/review/years/"]').first().getAttribute('href');
    const records = await page.request.get(`${baseUrl()}${href}`);
    expect(records.status()).toBe(200);
    await screenshot(page, 'annual-review');
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
