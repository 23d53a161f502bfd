import { baseUrl, screenshot, useBrowser } from './support/browser';
import { leftEdges } from './support/page-grid';
import { loginAs } from './support/pages';

const PAGES = ['/', '/consultaties', '/register', '/monitor', '/open-data', '/meldingen/nieuw'];
const WIDTHS = [1280, 375];

/**
 * Issue 13, item 3: one page grid. The header's title, the menu, the main column and the footer
 * start at one left edge, on a wide screen and on a phone (NL Design System's page layout with one
 * content width and gutter, apps/portal/assets/theme.css). And the icon every page asks for exists.
 */
describe('page grid: one left edge for title, menu, main column and footer', () => {
  const browser = useBrowser();

  it('the measurement sees a part that is out of line', async () => {
    const page = browser.page;
    await page.goto(`${baseUrl()}/`);
    const before = await leftEdges(page);
    await page.evaluate('document.querySelector("main#main > :first-child").style.marginInlineStart = "40px"');
    const after = await leftEdges(page);
    expect(after.main).toBe(before.main + 40);
  });

  for (const width of WIDTHS) {
    it(`at ${width} px every public page and a staff page share one left edge`, async () => {
      const page = browser.page;
      await browser.context.clearCookies();
      await page.setViewportSize({ width, height: 900 });
      const misaligned: string[] = [];
      const check = async (path: string) => {
        await page.goto(`${baseUrl()}${path}`);
        const edges = await leftEdges(page);
        if (new Set(Object.values(edges)).size !== 1) misaligned.push(`${path}: ${JSON.stringify(edges)}`);
      };
      for (const path of PAGES) await check(path);
      await page.goto(`${baseUrl()}/`);
      await screenshot(page, `page-grid-home-${width}`, { fullPage: false });
      await loginAs(page, 'coordinator', 'Grid Coördinator');
      await check('/coordinatie');
      expect(misaligned).toEqual([]);
    });
  }

  it('serves the icon pages link to, and /favicon.ico, instead of a 404 on every page', async () => {
    const page = browser.page;
    await page.goto(`${baseUrl()}/`);
    const icons = (await page.evaluate('[...document.querySelectorAll("link[rel=icon]")].map((l) => l.getAttribute("href"))')) as string[];
    expect(icons).toContain('/favicon.ico');
    for (const href of icons) expect((await page.request.get(`${baseUrl()}${href}`)).status()).toBe(200);
    const ico = await page.request.get(`${baseUrl()}/favicon.ico`);
    expect(ico.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  });
});
