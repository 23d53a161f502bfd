import type { Page } from 'playwright-core';
import { BrowserSession, launchBrowser } from './support/browser';
import { expectAccessible, loginAs } from './support/pages';

const PUBLIC_PAGES = ['/', '/meldingen/nieuw', '/meldingen/nieuw/ontvangen?referentie=LKT-2026-000001', '/monitor', '/inloggen', '/consultaties', '/register', '/jaaroverzichten', '/strategie', '/strategie/versies/2018.0', '/open-data', '/bestaat-niet'];
const STAFF_PAGES: { role: 'official' | 'moderator' | 'coordinator'; paths: string[] }[] = [
  { role: 'official', paths: ['/behandelen'] },
  { role: 'moderator', paths: ['/moderatie'] },
  { role: 'coordinator', paths: ['/coordinatie', '/coordinatie/voorstellen/nieuw'] },
];

/** axe-core in the browser: zero violations on every page, in Dutch and in English. */
describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  let browser: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the check itself finds violations on an inaccessible page (so a pass means something)', async () => {
    const { axeViolations } = await import('./support/axe');
    await page.setContent('<html><body><img src="x.png"><input type="text"><a href="#"></a></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label']));
  });

  for (const lang of ['nl', 'en'] as const) {
    it.each(PUBLIC_PAGES)(`public page %s has no violations (${lang})`, async (path) => {
      await expectAccessible(page, path, lang);
    });
  }

  it('the report form with an error summary has no violations, in Dutch and English', async () => {
    for (const lang of ['nl', 'en'] as const) {
      await expectAccessible(page, '/meldingen/nieuw', lang);
      await Promise.all([page.waitForNavigation(), page.click('form[action="/meldingen/nieuw"] button[type="submit"]')]);
      await page.locator('#error-summary').waitFor();
      const { axeViolations, describeViolations } = await import('./support/axe');
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
  });

  for (const { role, paths } of STAFF_PAGES) {
    it(`${role} pages have no violations in Dutch and English`, async () => {
      await loginAs(page, role, `Toegankelijkheid ${role}`);
      for (const path of paths) for (const lang of ['nl', 'en'] as const) await expectAccessible(page, path, lang);
    });
  }
});
