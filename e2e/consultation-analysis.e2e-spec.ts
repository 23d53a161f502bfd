import { api, staffToken, until } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { loginAs, uniqueSuffix } from './support/pages';
import { confirmedResponse } from './support/seed';

const RESPONSES = [
  'Mijn persoonsgegevens in de wallet moeten beschermd blijven, privacy voorop.',
  'Wie kan mijn persoonsgegevens in de wallet inzien? Privacy is belangrijk.',
  'De privacy van persoonsgegevens in de wallet moet wettelijk geregeld zijn.',
  'De kosten van de invoering zijn hoog en gemeenten betalen de kosten.',
  'Wie betaalt de kosten van de invoering bij gemeenten?',
  'Gemeenten kunnen de kosten van de invoering niet dragen.',
];

/**
 * Issue 11 item 4: the coordinator starts an analysis of the responses, reviews it (renames a
 * theme, merges two), signs it off, and the consultation report starts from it and shows it.
 */
describe('the analysis of a consultation’s responses', () => {
  const browser = useBrowser();

  it('is started, reviewed and signed off by the coordinator, and feeds the consultation report', async () => {
    const { page } = browser;
    const suffix = uniqueSuffix();
    const coordinator = staffToken(['coordinator'], { name: 'Cora' });
    const now = Date.now();
    // Closes in a minute: the analysis normally runs while it is open (the steps up to the sign-off
    // take 20–35 s here), and the report needs it closed. A slow run that closes it earlier still
    // holds, since a closed proposal can be analysed too. (It was two minutes: 123 s of CI waiting.)
    const created = await api<{ id: string }>(
      'POST',
      '/api/proposals',
      { title: `Wallet ${suffix}`, summary: 'Een wallet voor iedereen.', body: 'De tekst van het voorstel over de wallet.', theme: '1.3', questions: [{ text: 'Wat vindt u?' }], opensAt: new Date(now + 1500).toISOString(), closesAt: new Date(now + 60000).toISOString(), moderation: 'post' },
      coordinator,
    );
    expect(created.status).toBe(201);
    const proposal = created.data.id;
    expect((await api('POST', `/api/proposals/${proposal}/publish`, {}, coordinator)).status).toBeLessThan(300);
    await until('the consultation to open', async () => (await api<{ status: string }>('GET', `/api/proposals/${proposal}`)).data?.status === 'open', 60000, 300);
    // The last one is not public: analysed like the others, counted but never shown on the public page.
    for (const [i, body] of RESPONSES.entries()) await confirmedResponse(proposal, body, { name: 'Inspreker', email: `analyse-${i}-${suffix}@example.nl` }, undefined, { public: i < RESPONSES.length - 1 });

    await loginAs(page, 'coordinator', 'Cora Coördinator');
    const analysisPage = `${baseUrl()}/coordinatie/voorstellen/${proposal}/analyse`;
    await page.goto(analysisPage);
    expect(await page.textContent('main')).toContain('Er is nog geen analyse van dit voorstel.');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Analyse starten")')]);
    expect(await page.textContent('main')).toContain('De analyse is gestart.');
    await until('the analysis to be ready for review', async () => {
      await page.goto(analysisPage);
      return (await page.locator('[data-analysis-status="review"]').count()) === 1;
    }, 60000, 1000);
    expect(await page.textContent('main')).toContain('6 reacties geanalyseerd');
    expect(await page.locator('section[id^="thema-"]').count()).toBe(2);
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${analysisPage}?lang=${lang}`);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
    await page.goto(`${analysisPage}?lang=nl`);

    // Rename t1, merge t2 into it.
    await page.click('#thema-t1 details summary');
    await page.fill('#naam-t1', `Privacy en kosten ${suffix}`);
    await Promise.all([page.waitForNavigation(), page.click('#thema-t1 button:has-text("Naam wijzigen")')]);
    expect(await page.textContent('main')).toContain('De wijziging is opgeslagen.');
    await page.click('#thema-t2 details summary');
    await page.selectOption('#samen-t2', 't1');
    await Promise.all([page.waitForNavigation(), page.click('#thema-t2 button:has-text("Samenvoegen")')]);
    expect(await page.locator('section[id^="thema-"]').count()).toBe(1);
    expect(await page.textContent('#thema-t1')).toContain('6 reacties');
    const log = await page.textContent('main');
    expect(log).toContain(`hernoemd van`);
    expect(log).toContain('thema t2 samengevoegd met t1 (3 reacties)');

    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Analyse vaststellen")')]);
    expect(await page.textContent('main')).toContain('De analyse is vastgesteld.');
    expect(await page.textContent('main')).toContain('vastgesteld met 1 thema');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await screenshot(page, 'consultation-analysis');

    // The report, once the consultation closed, starts from the signed-off theme.
    await until('the consultation to close', async () => (await api<{ status: string }>('GET', `/api/proposals/${proposal}`)).data?.status === 'closed', 180000, 1000);
    await page.goto(`${baseUrl()}/coordinatie/voorstellen/${proposal}/verslag`);
    expect(await page.textContent('main')).toContain('U zei: de thema');
    expect(await page.inputValue('#f-topic-1')).toBe(`Privacy en kosten ${suffix}`);
    expect(await page.locator('input[type="hidden"][name="responses.1"]').count()).toBe(6);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.fill('#f-summary', 'De reacties gingen over privacy en kosten.');
    await page.fill('#f-answer-1', 'Wij regelen de privacy in de wet en betalen de gemeenten.');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Verslag publiceren")')]);
    expect(page.url()).toMatch(/\/consultaties\/[0-9a-f-]{36}#verslag$/);
    expect(await page.textContent('body')).toContain(`Privacy en kosten ${suffix}`);
    expect(await page.textContent('body')).toContain('Wij regelen de privacy in de wet en betalen de gemeenten.');

    // "You said, we did": the topic links to the public responses it rests on, wherever they are in
    // the list; the one that is not public is counted, not shown.
    await Promise.all([page.waitForNavigation(), page.click('#verslag ~ p a:has-text("Beantwoordt 6 reacties")')]);
    expect(page.url()).toMatch(/\/consultaties\/[0-9a-f-]{36}\?onderwerp=1#reacties$/);
    expect((await page.textContent('h2#reacties'))!.trim()).toBe(`Reacties bij: Privacy en kosten ${suffix}`);
    expect((await page.textContent('[data-not-shown]'))!.trim()).toBe('1 reactie staat hier niet: niet openbaar, of een antwoord op een reactie die hier niet staat.');
    const shown = await page.locator('article.pb-message .pb-response-body').allTextContents();
    expect(shown.sort()).toEqual(RESPONSES.slice(0, -1).sort());
    const topicPage = page.url().split('#')[0];
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${topicPage}&lang=${lang}`);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
    expect(await page.textContent('[data-not-shown]')).toContain('1 response is not shown here');
    await screenshot(page, 'consultation-report-topic');
    await Promise.all([page.waitForNavigation(), page.click('a:has-text("All responses")')]);
    expect((await page.textContent('h2#reacties'))!.trim()).toBe('Public responses');
  });
});
