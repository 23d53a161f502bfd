import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { loginAs, uniqueSuffix } from './support/pages';
import { submitReport } from './support/report-body';

/** A barrier report through the public API, to cite as evidence. */
async function reportBarrier(): Promise<string> {
  return submitReport({
    title: 'Geen wettelijke basis voor digitale handtekening bij huurcontracten',
    description: 'Verhuurders moeten huurcontracten op papier laten tekenen omdat de wet een natte handtekening lijkt te eisen.',
    regulation: { name: 'Burgerlijk Wetboek Boek 7', article: '7:201' },
    technology: 'other',
    sector: 'L',
    company: { name: 'Huurdigitaal B.V.', kvkNumber: '11223344', sizeClass: 'micro' },
    contact: { name: 'Henk Huur', email: `huur-${uniqueSuffix()}@example.nl` },
    consent: { contact: true, publish: false },
  });
}

/** Journey 8: an amendment citing its evidence is accepted and makes the next strategy version, with changelog and diff. */
describe('next strategy version', () => {
  const browser = useBrowser();

  it('a coordinator proposes and accepts an amendment, publishes the next version, and anyone reads its changelog and diff', async () => {
    const { page } = browser;
    const reference = await reportBarrier();
    const action = `Onderzoek digitale ondertekening van huurcontracten ${uniqueSuffix()}`;
    const year = new Date().getFullYear();
    await loginAs(page, 'coordinator', 'Cora Coördinator');
    await page.goto(`${baseUrl()}/coordinatie/wijzigingen?jaar=${year}`);

    // Without evidence it is refused, with the input kept.
    await page.check('#f-kind');
    if ((await page.locator('select#f-themeCode').count()) > 0) await page.selectOption('#f-themeCode', '2.1.2');
    else await page.fill('#f-themeCode', '2.1.2');
    await page.fill('#f-text', action);
    await page.fill('#f-summary', 'Meldingen laten zien dat de natte handtekening innovatie remt.');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Wijziging voorstellen")')]);
    await page.locator('#error-summary a[href="#f-evidence"]').waitFor();
    expect(await page.inputValue('#f-text')).toBe(action);

    await page.fill('#f-evidence', `barrier-report ${reference}`);
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Wijziging voorstellen")')]);
    expect(page.url()).toContain('gedaan=voorgesteld');
    const item = page.locator(`article:has-text("${action}")`);
    await item.locator('input[value="accepted"]').check();
    await item.locator('textarea').fill('Past binnen de ambitie van innovatievriendelijke wetgeving.');
    await Promise.all([page.waitForNavigation(), item.locator('button:has-text("Besluit opslaan")').click()]);
    expect(page.url()).toContain('gedaan=besloten');
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${baseUrl()}/coordinatie/wijzigingen?jaar=${year}&lang=${lang}`);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
    await page.goto(`${baseUrl()}/coordinatie/wijzigingen?jaar=${year}&lang=nl`);
    await screenshot(page, 'amendments');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Volgende strategieversie publiceren")')]);
    expect(page.url()).toContain('gedaan=versie');
    const version = new URL(page.url()).searchParams.get('versie')!;
    expect(version).toMatch(/^\d{4}\.\d+$/);

    // The proposals service publishes it (by event): wait until the strategy page lists it.
    const deadline = Date.now() + 60000;
    for (;;) {
      await page.goto(`${baseUrl()}/strategie`);
      if ((await page.locator(`a[href="/strategie/versies/${version}"]`).count()) === 1) break;
      if (Date.now() > deadline) throw new Error(`version ${version} did not appear`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    await page.click(`a[href="/strategie/versies/${version}"]`);
    await page.waitForURL(`**/strategie/versies/${version}`);
    const text = await page.textContent('main');
    expect(text).toContain('2.1.2');
    expect(text).toContain('Verschil met');
    expect(text).toContain(action.slice(0, 40));
    await screenshot(page, 'strategy-version');
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${baseUrl()}/strategie/versies/${version}?lang=${lang}`);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
  });
});
