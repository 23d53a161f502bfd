import type { Page } from 'playwright-core';
import { translatorFor } from '@pb/i18n';
import { api, staffToken, until } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { loginAs, uniqueSuffix } from './support/pages';

const en = translatorFor('en');

async function expectNoViolations(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

interface Proposal {
  id: string;
  questions: { id: string; text: string; kind?: string; options?: { id: string; label: string }[] }[];
}

/**
 * Issue 11 item 7: a coordinator enters a proposal's English text on its page (axe, nl and en) and
 * the proposals API serves it without a new text version; an English reader sees it (by ?lang=en
 * and by the language switch), and the Dutch marked lang="nl" with a note where there is none; a
 * respondent answers on English pages without JavaScript and the confirmation mail names the
 * proposal by its English title. The results once closed are covered by the results specs
 * (waiting here for a proposal to close made this journey time out on the loaded e2e machine).
 */
describe('a proposal in English, and questions of more than one kind (no JavaScript for the citizen)', () => {
  const staff = useBrowser();
  /** A reader with JavaScript: axe runs in the page. */
  const reader = useBrowser();
  const respondent = useBrowser({ javaScriptEnabled: false });
  const coordinatorToken = staffToken(['coordinator'], { name: 'Cora Coördinator' });
  const suffix = uniqueSuffix();
  let translated: Proposal;
  let dutchOnly: Proposal;

  const aProposal = async (title: string, closesInMinutes: number): Promise<Proposal> => {
    const created = await api<Proposal>(
      'POST',
      '/api/proposals',
      {
        title,
        summary: 'In elke provincie een werkplaats waar mkb-ondernemers advies krijgen over digitalisering.',
        body: 'Het kabinet wil ondernemers helpen.\n\nIn elke provincie komt een werkplaats.',
        theme: '1.1',
        questions: [
          { text: 'Wat mist u nog in dit voorstel?' },
          { text: 'Steunt u dit voorstel?', kind: 'single-choice', options: ['Voor', 'Tegen'] },
          { text: 'Hoe belangrijk is een werkplaats voor u?', kind: 'scale' },
        ],
        opensAt: new Date(Date.now() - 120000).toISOString(),
        closesAt: new Date(Date.now() + closesInMinutes * 60000).toISOString(),
        moderation: 'post',
      },
      coordinatorToken,
    );
    expect(created.status).toBe(201);
    expect((await api('POST', `/api/proposals/${created.data.id}/publish`, undefined, coordinatorToken)).status).toBe(200);
    return created.data;
  };

  it('a coordinator enters the English text of a published proposal on its page', async () => {
    // Open for a day: the steps below respond to it.
    translated = await aProposal(`Werkplaatsen in elke provincie ${suffix}`, 60 * 24);
    const page = await staff.newPage();
    await loginAs(page, 'coordinator', 'Cora Coördinator');
    await page.goto(`${baseUrl()}/coordinatie/voorstellen/${translated.id}/vertaling`);
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${baseUrl()}/coordinatie/voorstellen/${translated.id}/vertaling?lang=${lang}`);
      await expectNoViolations(page);
    }
    await page.goto(`${baseUrl()}/coordinatie/voorstellen/${translated.id}/vertaling?lang=nl`);
    const [, choice] = translated.questions;
    await page.fill('#f-title', `Workshops in every province ${suffix}`);
    await page.fill('#f-summary', 'A workshop in every province where small businesses get advice on digitalisation.');
    await page.fill('#f-body', 'The cabinet wants to help entrepreneurs.\n\nEvery province gets a workshop.');
    await page.fill(`#f-question-${choice.id}`, 'Do you support this proposal?');
    await page.fill(`#f-option-${choice.options![1].id}`, 'Against');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Engelse tekst opslaan")')]);
    expect(page.url()).toContain('opgeslagen=1');
    expect(await page.inputValue('#f-title')).toBe(`Workshops in every province ${suffix}`);
    // A correction of the translation, not of the proposal: the Dutch text keeps its version.
    const served = await api<{ textVersion: number; title: string; translation: { title: string } }>('GET', `/api/proposals/${translated.id}`);
    expect(served.data).toMatchObject({ textVersion: 1, title: `Werkplaatsen in elke provincie ${suffix}`, translation: { title: `Workshops in every province ${suffix}` } });
  });

  it('an English reader sees the translation by ?lang=en and by the language switch, and the Dutch with a note where there is none', async () => {
    dutchOnly = await aProposal(`Werkplaatsen zonder vertaling ${suffix}`, 60 * 24);
    const page = await reader.newPage();
    // The scheduler opens it (the response form shows) within a second or so.
    await until('the proposal is open', async () => {
      await page.goto(`${baseUrl()}/consultaties/${translated.id}?lang=en`);
      return (await page.locator('#f-body').count()) === 1;
    });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.textContent('h1'))!.trim()).toBe(`Workshops in every province ${suffix}`);
    expect(await page.textContent('main')).toContain('Every province gets a workshop.');
    // The Dutch text, the one responses refer to per paragraph, is there too: marked as Dutch.
    expect(await page.locator('main [lang="nl"]:has-text("In elke provincie komt een werkplaats.")').count()).toBeGreaterThan(0);
    const [open, choice, scale] = translated.questions;
    expect(await page.textContent(`fieldset:has(#f-choice-${choice.id}) legend`)).toContain('Do you support this proposal?');
    expect((await page.textContent(`label[for="f-choice-${choice.id}-${choice.options![1].id}"]`))!.trim()).toBe('Against');
    // What was not translated (the option "Voor", the free-text and scale questions) is shown in Dutch, marked so.
    expect(await page.getAttribute(`label[for="f-choice-${choice.id}"] span`, 'lang')).toBe('nl');
    expect(await page.getAttribute(`label[for="f-answers-${open.id}"] span[lang]`, 'lang')).toBe('nl');
    expect(await page.getAttribute(`fieldset:has(#f-value-${scale.id}) legend span[lang]`, 'lang')).toBe('nl');
    expect((await page.textContent('button:has-text("Send response")'))!.trim()).toBe(en('consultations:consultations.sendResponse'));
    await expectNoViolations(page);

    // The language switch of a Dutch page leads to the same page in English.
    await page.goto(`${baseUrl()}/consultaties/${translated.id}?lang=nl`);
    expect((await page.textContent('h1'))!.trim()).toBe(`Werkplaatsen in elke provincie ${suffix}`);
    await Promise.all([page.waitForNavigation(), page.click('a.pb-lang[hreflang="en"]')]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(new URL(page.url()).pathname).toBe(`/consultaties/${translated.id}`);
    expect((await page.textContent('h1'))!.trim()).toBe(`Workshops in every province ${suffix}`);

    // Without a translation: the Dutch title marked lang="nl", with the note.
    await until('the untranslated proposal is open', async () => {
      await page.goto(`${baseUrl()}/consultaties/${dutchOnly.id}?lang=en`);
      return (await page.locator('#f-body').count()) === 1;
    });
    expect((await page.textContent('h1 span[lang="nl"]'))!.trim()).toBe(`Werkplaatsen zonder vertaling ${suffix}`);
    expect(await page.textContent('h1')).toContain(en('translations:onlyDutch'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectNoViolations(page);

    // The list in English names the translated proposal by its English title.
    await page.goto(`${baseUrl()}/consultaties?lang=en&status=open&thema=1.1`);
    expect(await page.textContent('main')).toContain(`Workshops in every province ${suffix}`);
  });

  it('a respondent answers on the English pages (no JavaScript): the form, its error summary, the sent notice, the English title in the mail and the confirmation', async () => {
    const page = await respondent.newPage();
    const [, choice, scale] = translated.questions;
    const against = choice.options![1].id;
    const email = `english-${suffix}@example.nl`;
    const formUrl = `${baseUrl()}/consultaties/${translated.id}?lang=en`;
    const fillIn = async (target: Page): Promise<void> => {
      await target.check(`#f-choice-${choice.id}-${against}`);
      await target.check(`#f-value-${scale.id}-4`);
      await target.fill('#f-body', `A workshop is too far away for us ${suffix}.`);
      await target.fill('#f-author-name', 'Bert Burger');
    };
    await page.goto(formUrl);
    await fillIn(page);
    // No e-mail address: refused, in English, and what was chosen is still chosen.
    await Promise.all([page.waitForNavigation(), page.click(`button:has-text("${en('consultations:consultations.sendResponse')}")`)]);
    await page.locator('#error-summary').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.textContent('#error-summary-title'))!.trim()).toBe(en('layout:components.thereIsAProblemWithYour'));
    expect(await page.locator('#error-summary a[href="#f-author-email"]').count()).toBe(1);
    expect(await page.isChecked(`#f-choice-${choice.id}-${against}`)).toBe(true);
    expect(await page.isChecked(`#f-value-${scale.id}-4`)).toBe(true);
    expect(await page.inputValue('#f-body')).toBe(`A workshop is too far away for us ${suffix}.`);

    // axe needs JavaScript: the same bad submission in the reader's browser, checked there.
    const checker = await reader.newPage();
    await checker.goto(formUrl);
    await fillIn(checker);
    await Promise.all([checker.waitForNavigation(), checker.click(`button:has-text("${en('consultations:consultations.sendResponse')}")`)]);
    await checker.locator('#error-summary').waitFor();
    expect(await checker.getAttribute('html', 'lang')).toBe('en');
    await expectNoViolations(checker);

    await page.fill('#f-author-email', email);
    await Promise.all([page.waitForNavigation(), page.click(`button:has-text("${en('consultations:consultations.sendResponse')}")`)]);
    expect(page.url()).toContain('verstuurd=1');
    expect(await page.textContent('main')).toContain(en('consultations:consultations.thankYouConfirmYourResponseThrough'));
    expect((await page.textContent('h1'))!.trim()).toBe(`Workshops in every province ${suffix}`);
    await checker.goto(page.url());
    await expectNoViolations(checker);

    // The mail is in the respondent's language (answered on the English page): English only, the proposal by its English title.
    const mail = await waitForMail(email);
    expect(mail.text).toContain(`"Workshops in every province ${suffix}"`);
    expect(mail.text).not.toContain(`"Werkplaatsen in elke provincie ${suffix}"`);
    const confirm = new URL(linkIn(mail, '/reacties/bevestigen'));
    await page.goto(`${baseUrl()}${confirm.pathname}${confirm.search}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.textContent('h1'))!.trim()).toBe(en('consultations:consultations.confirmYourEMailAddress'));
    // The confirmation page only shows a button (a GET confirms nothing), so the checker may load it too.
    await checker.goto(`${baseUrl()}${confirm.pathname}${confirm.search}&lang=en`);
    await expectNoViolations(checker);
    await Promise.all([page.waitForNavigation(), page.click(`button:has-text("${en('consultations:consultations.confirm')}")`)]);
    expect(page.url()).toContain('bevestigd=');
    expect(await page.textContent('main')).toContain(en('consultations:consultations.yourEMailAddressHasBeen'));
    await checker.goto(page.url());
    await expectNoViolations(checker);
    await screenshot(page, 'consultation-english-confirmed');
  });

  it("the respondent's form with a choice and a scale question after a bad submission: the error summary links to each field (axe, nl and en)", async () => {
    const page = await reader.newPage();
    const [, choice, scale] = translated.questions;
    for (const lang of ['nl', 'en'] as const) {
      const t = translatorFor(lang);
      await page.goto(`${baseUrl()}/consultaties/${translated.id}?lang=${lang}`);
      // What the form cannot send by itself but a tampered post can: an option that is no option, a 9 on the 1–5 scale.
      await page.evaluate(`document.getElementById('f-choice-${choice.id}').value = 'geen-optie'; document.getElementById('f-value-${scale.id}-5').value = '9';`);
      await page.check(`#f-choice-${choice.id}`);
      await page.check(`#f-value-${scale.id}-5`);
      await page.fill('#f-body', `Een werkplaats is te ver weg ${suffix}.`);
      await page.fill('#f-author-name', 'Bert Burger');
      // And no e-mail address.
      await Promise.all([page.waitForNavigation(), page.click(`button:has-text("${t('consultations:consultations.sendResponse')}")`)]);
      await page.locator('#error-summary').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect((await page.textContent('#error-summary-title'))!.trim()).toBe(t('layout:components.thereIsAProblemWithYour'));
      const targets = await page.locator('#error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect([...targets].sort()).toEqual([`#f-author-email`, `#f-choice-${choice.id}`, `#f-value-${scale.id}`].sort());
      // Each link leads to a control on the page, which is marked invalid.
      for (const target of targets) {
        expect(await page.locator(target!).count()).toBe(1);
        expect(await page.getAttribute(target!, 'aria-invalid')).toBe('true');
      }
      expect(await page.inputValue('#f-body')).toBe(`Een werkplaats is te ver weg ${suffix}.`);
      // The summary names the question as the form does: translated on the English page, and the untranslated scale question marked Dutch.
      expect(await page.textContent(`#error-summary a[href="#f-choice-${choice.id}"]`)).toContain(lang === 'en' ? 'Do you support this proposal?' : 'Steunt u dit voorstel?');
      expect(await page.locator(`#error-summary a[href="#f-value-${scale.id}"] span[lang="nl"]`).count()).toBe(lang === 'en' ? 1 : 0);
      await expectNoViolations(page);
    }
  });
});
