import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { loginAs, uniqueSuffix } from './support/pages';
import { reportBody, submitReport } from './support/report-body';

/**
 * Issue 10 item 5 end to end: an official resolves a report, the reporter gets the outcome by
 * mail, follows its link (without JavaScript), says "no, because…", and the official sees the
 * report back in the work queue as reopened, with the reason.
 */
describe('reopening: resolve → mail → "no, because…" → the official sees it reopened', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });
  const browser = useBrowser();

  it('goes from a resolved report back to its handler through the reporter’s page', async () => {
    const email = `heropen-${uniqueSuffix()}@example.nl`;
    const reference = await submitReport(reportBody(7, email));

    // 1. The official triages and resolves it.
    const official = await browser.newPage();
    await loginAs(official, 'official', 'Olga Official', 'EZ');
    await official.goto(`${baseUrl()}/behandelen/${reference}`);
    if ((await official.locator('select#f-theme').count()) > 0) await official.selectOption('#f-theme', '2.1.2');
    else await official.fill('#f-theme', '2.1.2');
    await official.check('#f-priority-normal');
    await official.selectOption('#f-department', 'EZ');
    await Promise.all([official.waitForNavigation(), official.click('#triage-form button[type="submit"]')]);
    expect((await official.textContent('#report-status'))!.trim()).toBe('Beoordeeld');
    await official.check('#f-outcome-guidance');
    await official.fill('#f-explanation', 'Zie de handreiking bij artikel 3: daarin staat hoe u een ontheffing aanvraagt.');
    await Promise.all([official.waitForNavigation(), official.click('form[action$="/afhandelen"] button[type="submit"]')]);
    expect((await official.textContent('#report-status'))!.trim()).toBe('Afgehandeld');

    // 2. The outcome mail asks whether it helped; its link opens the reporter's page.
    const outcome = await waitForMail(email, (m) => m.subject === `Uitkomst melding ${reference}`);
    expect(outcome.text).toContain('Heeft dit antwoord u geholpen?');
    const link = new URL(linkIn(outcome, `/meldingen/${reference}`));
    const reporter = await noJs.newPage();
    await reporter.goto(`${baseUrl()}${link.pathname}${link.search}`);
    expect((await reporter.textContent('#report-status'))!.trim()).toBe('Afgehandeld');
    expect((await reporter.textContent('#satisfaction-title'))!.trim()).toBe('Heeft dit antwoord u geholpen?');
    await screenshot(reporter, 'reporter-satisfaction');

    // axe needs JavaScript: the page with the question, in both languages.
    const checker = await browser.newPage();
    for (const lang of ['en', 'nl'] as const) {
      await checker.goto(`${baseUrl()}${link.pathname}${link.search}&lang=${lang}`);
      expect(describeViolations(await axeViolations(checker))).toEqual([]);
    }

    // 3. "No" without a reason: an error summary that points at the reason.
    await reporter.check('#f-helped-no');
    await Promise.all([reporter.waitForNavigation(), reporter.click('form[action$="/tevredenheid"] button[type="submit"]')]);
    expect(await reporter.locator('#error-summary a[href="#f-reason"]').count()).toBe(1);
    expect(await reporter.isChecked('#f-helped-no')).toBe(true);

    // 4. "No, because…": reopened, confirmed on the page and by mail.
    await reporter.fill('#f-reason', 'De handreiking gaat over drones boven land; mijn vraag gaat over drones boven zee.');
    await Promise.all([reporter.waitForNavigation(), reporter.click('form[action$="/tevredenheid"] button[type="submit"]')]);
    expect(reporter.url()).toContain('beoordeeld=reopened');
    expect((await reporter.textContent('#report-status'))!.trim()).toBe('Heropend');
    expect(await reporter.textContent('#judged')).toContain('Uw melding is heropend');
    expect(await reporter.locator('#satisfaction-title').count()).toBe(0);
    const reopened = await waitForMail(email, (m) => m.subject === `Uw melding ${reference} is heropend`);
    const reopenedLink = new URL(linkIn(reopened, `/meldingen/${reference}`));
    expect(reopenedLink.searchParams.get('token')).not.toBe(link.searchParams.get('token'));
    await reporter.goto(`${baseUrl()}${reopenedLink.pathname}${reopenedLink.search}`);
    expect((await reporter.textContent('#report-status'))!.trim()).toBe('Heropend');

    // 5. The official sees it back in the queue as reopened, with the reason.
    await official.goto(`${baseUrl()}/behandelen?status=reopened`);
    expect(await official.locator(`a[href="/behandelen/${reference}"]`).count()).toBe(1);
    await screenshot(official, 'official-queue-reopened');
    await official.goto(`${baseUrl()}/behandelen/${reference}`);
    expect((await official.textContent('#report-status'))!.trim()).toBe('Heropend');
    expect(await official.content()).toContain('mijn vraag gaat over drones boven zee');
  });
});
