import { useBrowser } from './support/browser';
import { LANGUAGES, PUBLIC_PAGES, STAFF_PAGES } from './support/accessibility-pages';
import { expectAccessible, loginAs } from './support/pages';

/** axe-core in the browser: zero violations on every page, in Dutch and in English. */
describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  const browser = useBrowser();

  it('the check itself finds violations on an inaccessible page (so a pass means something)', async () => {
    const { page } = browser;
    const { axeViolations } = await import('./support/axe');
    await page.setContent('<html><body><img src="x.png"><input type="text"><a href="#"></a></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label']));
  });

  for (const lang of LANGUAGES) {
    it.each(PUBLIC_PAGES)(`public page %s has no violations (${lang})`, async (path) => {
      const { page } = browser;
      await expectAccessible(page, path, lang);
    });
  }

  it('the report form with an error summary has no violations, in Dutch and English', async () => {
    const { page } = browser;
    for (const lang of LANGUAGES) {
      await expectAccessible(page, '/meldingen/nieuw', lang);
      await Promise.all([page.waitForNavigation(), page.click('form[action="/meldingen/nieuw"] button[type="submit"]')]);
      await page.locator('#error-summary').waitFor();
      const { axeViolations, describeViolations } = await import('./support/axe');
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
  });

  for (const { role, paths } of STAFF_PAGES) {
    it(`${role} pages have no violations in Dutch and English`, async () => {
      const { page } = browser;
      await loginAs(page, role, `Toegankelijkheid ${role}`);
      for (const path of paths) for (const lang of LANGUAGES) await expectAccessible(page, path, lang);
    });
  }
});
