import type { Page } from 'playwright-core';
import { baseUrl, useBrowser } from './support/browser';

async function focusedId(page: Page): Promise<string> {
  return page.evaluate('document.activeElement && (document.activeElement.id || document.activeElement.getAttribute("name") || document.activeElement.textContent.trim())') as Promise<string>;
}

/** WCAG 2.1 keyboard use and focus order: skip link first, fields in reading order, errors get focus. */
describe('keyboard use', () => {
  const browser = useBrowser();

  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/meldingen/nieuw`);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('Ga direct naar de inhoud');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    expect(await focusedId(page)).toBe('main');
  });

  it('the report form is filled in reading order by keyboard, and a submit with Enter puts focus on the error summary', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/meldingen/nieuw#main`);
    await page.focus('#main');
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      order.push(await focusedId(page));
    }
    expect(order).toEqual(['f-title', 'f-description', 'f-technology', 'f-sector', 'f-impact', 'f-suggestedSolution', 'f-regulation-name', 'f-regulation-article']);
    await page.focus('#f-title');
    await page.keyboard.type('Kort');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await page.waitForFunction('document.activeElement && document.activeElement.id === "error-summary"');
    expect(await focusedId(page)).toBe('error-summary');
    // The summary's first link moves focus to its field.
    await page.keyboard.press('Tab');
    const href = await page.evaluate('document.activeElement.getAttribute("href")');
    await page.keyboard.press('Enter');
    expect(`#${await focusedId(page)}`).toBe(href);
  });
});
