import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { expectAccessible, uniqueSuffix } from './support/pages';
import { reportBody, submitReport } from './support/report-body';

/** "Link kwijt?": a reporter asks a fresh private link, without JavaScript; the old link stops working. */
describe('a reporter who lost the private link', () => {
  const browser = useBrowser({ javaScriptEnabled: false });
  // axe runs as a script in the page, so the accessibility check needs a browser with JavaScript.
  const axeBrowser = useBrowser();

  const pathOf = (link: string): string => {
    const url = new URL(link);
    return `${url.pathname}${url.search}`;
  };

  it('requests a new link by reference and e-mail address, gets it by mail, and the old link leads back to the form', async () => {
    const { page } = browser;
    const email = `kwijt-${uniqueSuffix()}@example.nl`;
    const reference = await submitReport(reportBody(1, email));
    const oldLink = pathOf(linkIn(await waitForMail(email, (m) => m.subject.includes(reference)), `/meldingen/${reference}`));

    await page.goto(`${baseUrl()}/meldingen/nieuw/ontvangen?referentie=${reference}`);
    await Promise.all([page.waitForNavigation(), page.click('#lost-link')]);
    expect(await page.textContent('h1')).toContain('Link kwijt?');
    expect(await page.inputValue('#f-reference')).toBe(reference);
    await page.fill('#f-email', email.toUpperCase());
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]:has-text("Nieuwe link aanvragen")')]);
    expect(new URL(page.url()).pathname).toBe('/meldingen/link-kwijt/aangevraagd');
    expect(await page.textContent('h1')).toContain('Nieuwe link aangevraagd');
    await screenshot(page, 'lost-link-requested');

    const fresh = await waitForMail(email, (m) => m.subject.startsWith(`Nieuwe link voor melding ${reference}`));
    const newLink = pathOf(linkIn(fresh, `/meldingen/${reference}`));
    expect(newLink).not.toBe(oldLink);

    await page.goto(`${baseUrl()}${newLink}`);
    expect(await page.textContent('h1')).toContain(reference);
    expect(await page.textContent('#link-expires')).toMatch(/^Deze persoonlijke link werkt tot \d{1,2} \w+ \d{4}\./);
    const axePage = await axeBrowser.newPage();
    try {
      for (const lang of ['nl', 'en'] as const) await expectAccessible(axePage, newLink, lang);
    } finally {
      await axePage.close();
    }

    const old = await page.goto(`${baseUrl()}${oldLink}`);
    expect(old?.status()).toBe(404);
    expect(await page.textContent('h1')).toContain('Link niet (meer) geldig');
    await Promise.all([page.waitForNavigation(), page.click('#lost-link')]);
    expect(await page.inputValue('#f-reference')).toBe(reference);
  });

  it('gives the same answer when reference and address do not belong together', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/meldingen/link-kwijt`);
    await page.fill('#f-reference', 'LKT-1999-999999');
    await page.fill('#f-email', `niemand-${uniqueSuffix()}@example.nl`);
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    expect(new URL(page.url()).pathname).toBe('/meldingen/link-kwijt/aangevraagd');
  });

  it('shows the errors of a malformed request in an error summary', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl()}/meldingen/link-kwijt`);
    await page.fill('#f-reference', 'ABC');
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    const links = await page.locator('#error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['#f-reference', '#f-email']));
    expect(await page.title()).toMatch(/^Fout: /);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`the form, its confirmation and the page of an invalid link have no axe violations (${lang})`, async () => {
      const axePage = await axeBrowser.newPage();
      try {
        await expectAccessible(axePage, '/meldingen/link-kwijt', lang);
        await expectAccessible(axePage, '/meldingen/link-kwijt/aangevraagd', lang);
        await expectAccessible(axePage, '/meldingen/LKT-1999-999999?token=verlopen', lang);
      } finally {
        await axePage.close();
      }
    });
  }
});
