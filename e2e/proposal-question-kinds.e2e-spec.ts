import { translatorFor } from '@pb/i18n';
import type { Page } from 'playwright-core';
import { api, staffToken } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, useBrowser } from './support/browser';
import { dutchLocal, loginAs, uniqueSuffix } from './support/pages';

interface Proposal {
  id: string;
  questions: { id: string; text: string; kind?: string; options?: { id: string; label: string }[] }[];
}

/**
 * Issue 11 item 6 from the coordinator's side: the proposal form asks per question its kind and a
 * choice's options (no JavaScript needed: fixed rows, empty ones left out), shows the service's
 * errors on the row, and a draft's edit shows the kinds and options it has.
 */
describe("a coordinator's choice questions (no JavaScript)", () => {
  const staff = useBrowser({ javaScriptEnabled: false });
  /** axe runs in the page: the error page checked in a browser with JavaScript. */
  const checker = useBrowser();
  const title = `Werkplaatsen met keuzevragen ${uniqueSuffix()}`;

  /** The new-proposal form filled in with a single-choice question of one option (too few) and a scale question. */
  const fillWithTooFewOptions = async (page: Page): Promise<void> => {
    await page.fill('#f-title', title);
    await page.fill('#f-summary', 'In elke regio een werkplaats waar mkb-ondernemers advies krijgen over digitalisering.');
    await page.fill('#f-body', 'Het kabinet wil ondernemers helpen.\n\nIn elke regio komt een werkplaats.');
    if ((await page.locator('select#f-theme').count()) > 0) await page.selectOption('#f-theme', '1.1');
    else await page.fill('#f-theme', '1.1');
    await page.fill('#f-questions-0-text', 'Steunt u dit voorstel?');
    await page.selectOption('#f-questions-0-kind', 'single-choice');
    await page.fill('#f-questions-0-options', 'Ja');
    // The second row stays empty and is left out; the third is a scale.
    await page.fill('#f-questions-2-text', 'Hoe nuttig is een werkplaats voor u?');
    await page.selectOption('#f-questions-2-kind', 'scale');
    await page.fill('#f-opensAt', dutchLocal(60 * 24));
    await page.fill('#f-closesAt', dutchLocal(60 * 24 * 30));
    await page.check('#f-moderation');
  };

  it('creates a draft with a choice and a scale question, fixing an error on the row it belongs to, and sees them when editing the draft', async () => {
    const page = await staff.newPage();
    await loginAs(page, 'coordinator', 'Cora Coördinator');
    await page.goto(`${baseUrl()}/coordinatie/voorstellen/nieuw`);
    await fillWithTooFewOptions(page);
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Concept opslaan")')]);

    // One option is too few: the proposals service says so, on the row it came from.
    expect(await page.locator('#error-summary a[href="#f-questions-0-options"]').count()).toBe(1);
    expect(await page.inputValue('#f-questions-0-kind')).toBe('single-choice');
    expect(await page.inputValue('#f-questions-2-text')).toBe('Hoe nuttig is een werkplaats voor u?');
    await page.fill('#f-questions-0-options', 'Ja\nNee\nWeet ik niet');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Concept opslaan")')]);
    expect(page.url()).toContain('/coordinatie?gedaan=aangemaakt');

    await Promise.all([page.waitForNavigation(), page.click(`a[href$="/wijzigen"]:has-text("${title}")`)]);
    const id = /\/coordinatie\/voorstellen\/([0-9a-f-]{36})\/wijzigen/.exec(page.url())![1];
    expect(await page.inputValue('#f-questions-0-text')).toBe('Steunt u dit voorstel?');
    expect(await page.inputValue('#f-questions-0-kind')).toBe('single-choice');
    expect(await page.inputValue('#f-questions-0-options')).toBe('Ja\nNee\nWeet ik niet');
    expect(await page.inputValue('#f-questions-1-text')).toBe('Hoe nuttig is een werkplaats voor u?');
    expect(await page.inputValue('#f-questions-1-kind')).toBe('scale');
    expect(await page.inputValue('#f-questions-2-text')).toBe('');

    const stored = await api<Proposal>('GET', `/api/proposals/${id}`, undefined, staffToken(['coordinator']));
    expect(stored.data.questions.map((q) => ({ text: q.text, kind: q.kind, options: q.options?.map((o) => o.label) }))).toEqual([
      { text: 'Steunt u dit voorstel?', kind: 'single-choice', options: ['Ja', 'Nee', 'Weet ik niet'] },
      { text: 'Hoe nuttig is een werkplaats voor u?', kind: 'scale', options: undefined },
    ]);
  });

  it("the form's error page (a choice question with too few options) has no axe violations, in Dutch and in English", async () => {
    const page = await checker.newPage();
    await loginAs(page, 'coordinator', 'Cora Coördinator');
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${baseUrl()}/coordinatie/voorstellen/nieuw?lang=${lang}`);
      await fillWithTooFewOptions(page);
      await Promise.all([page.waitForNavigation(), page.click(`button:has-text("${translatorFor(lang)('staff:coordination.saveDraft')}")`)]);
      await page.locator('#error-summary').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect((await page.textContent('#error-summary-title'))!.trim()).toBe(translatorFor(lang)('layout:components.thereIsAProblemWithYour'));
      // The summary's link leads to the row's field, and the field says what is wrong.
      expect(await page.locator('#error-summary a[href="#f-questions-0-options"]').count()).toBe(1);
      expect(await page.getAttribute('#f-questions-0-options', 'aria-invalid')).toBe('true');
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
  });
});
