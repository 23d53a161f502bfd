import { baseUrl, useBrowser } from './support/browser';
import { loginAs, uniqueSuffix } from './support/pages';
import { submitReport } from './support/report-body';

async function report(title: string): Promise<string> {
  return submitReport({
    title,
    description: 'Voor een pilot met autonome bezorgrobots op de stoep ontbreekt een ontheffing: de wegenverkeerswet kent geen voertuig zonder bestuurder op het trottoir.',
    regulation: { name: 'Wegenverkeerswet 1994', article: '149a', bwbId: 'BWBR0006622' },
    technology: 'iot',
    sector: 'H',
    company: { name: 'Stoeprobot B.V.', kvkNumber: '55667788', sizeClass: 'small' },
    contact: { name: 'Sam Stoep', email: `stoep-${uniqueSuffix()}@example.nl` },
    consent: { contact: true, publish: true },
  });
}

/** Journey 3: possible duplicates (same regulation, similar text) are shown and can be linked. */
describe('duplicates', () => {
  const browser = useBrowser();

  it('an official sees the earlier report as a possible duplicate and links the new one to it', async () => {
    const { page } = browser;
    const suffix = uniqueSuffix();
    const original = await report(`Bezorgrobots op de stoep niet toegestaan ${suffix}`);
    const second = await report(`Geen ontheffing voor bezorgrobots op het trottoir ${suffix}`);
    await loginAs(page, 'official', 'Olga Official', 'EZ');
    await page.goto(`${baseUrl()}/behandelen/${second}`);
    expect(await page.locator(`#dubbel ~ ul a[href="/behandelen/${original}"]`).count()).toBe(1);

    await page.fill('#f-originalReference', original);
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/dubbel"] button[type="submit"]')]);
    expect((await page.textContent('#report-status'))!.trim()).toBe('Dubbele melding');
    expect(await page.locator(`a[href="/behandelen/${original}"]`).count()).toBeGreaterThan(0);
    await page.goto(`${baseUrl()}/behandelen/${original}`);
    expect(await page.locator(`a[href="/behandelen/${second}"]`).count()).toBe(1);
  });
});
