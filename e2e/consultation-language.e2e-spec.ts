import type { Page } from 'playwright-core';
import { api, staffToken, until } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { loginAs, uniqueSuffix } from './support/pages';

async function expectNoViolations(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

interface Proposal {
  id: string;
  questions: { id: string; text: string; kind?: string; options?: { id: string; label: string }[] }[];
}

/**
 * Issue 11 items 6 and 7: a coordinator enters a proposal's English text and an English reader
 * sees it (a proposal without one shows the Dutch, marked lang="nl" with a note); a respondent
 * answers a choice and a scale question without JavaScript and sees the results once it closed.
 */
describe('a proposal in English, and questions of more than one kind (no JavaScript for the citizen)', () => {
  const staff = useBrowser();
  const citizen = useBrowser({ javaScriptEnabled: false });
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
    // Closes in five minutes: time to translate and respond first, then the results show.
    translated = await aProposal(`Werkplaatsen in elke provincie ${suffix}`, 5);
    dutchOnly = await aProposal(`Werkplaatsen zonder vertaling ${suffix}`, 60 * 24);
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

  it('an English reader sees the translation, and the Dutch marked lang="nl" with a note where there is none', async () => {
    const reader = await citizen.newPage();
    // The scheduler opens it (the response form shows) within its interval.
    await until('the proposal is open', async () => {
      await reader.goto(`${baseUrl()}/consultaties/${translated.id}?lang=en`);
      return (await reader.locator('#f-body').count()) === 1;
    });
    expect((await reader.textContent('h1'))!.trim()).toBe(`Workshops in every province ${suffix}`);
    expect(await reader.textContent('body')).toContain('Every province gets a workshop.');
    const [open, choice] = translated.questions;
    expect((await reader.textContent(`label[for="f-choice-${choice.id}-${choice.options![1].id}"]`))!.trim()).toBe('Against');
    // Untranslated: the option "Voor" and the free-text question, each marked Dutch.
    expect(await reader.getAttribute(`label[for="f-choice-${choice.id}"] span`, 'lang')).toBe('nl');
    expect(await reader.getAttribute(`label[for="f-answers-${open.id}"] span[lang]`, 'lang')).toBe('nl');
    await expectNoViolations(reader);

    await reader.goto(`${baseUrl()}/consultaties/${dutchOnly.id}?lang=en`);
    expect(await reader.getAttribute('h1 span[lang]', 'lang')).toBe('nl');
    expect((await reader.textContent('h1 span[lang="nl"]'))!.trim()).toBe(`Werkplaatsen zonder vertaling ${suffix}`);
    expect(await reader.textContent('h1')).toContain('(only available in Dutch)');
    await expectNoViolations(reader);
    await reader.goto(`${baseUrl()}/consultaties?lang=en&status=open&thema=1.1`);
    expect(await reader.textContent('body')).toContain(`Workshops in every province ${suffix}`);
    await screenshot(reader, 'consultation-language');
  });

  it('a respondent answers a choice and a scale question; a validation error keeps the answers', async () => {
    const reader = await citizen.newPage();
    const [, choice, scale] = translated.questions;
    const against = choice.options![1].id;
    const email = `keuze-${suffix}@example.nl`;
    await until('the response is accepted', async () => {
      await reader.goto(`${baseUrl()}/consultaties/${translated.id}?lang=nl`);
      await reader.check(`#f-choice-${choice.id}-${against}`);
      await reader.check(`#f-value-${scale.id}-4`);
      await reader.fill('#f-body', `Een werkplaats is te ver weg voor ons ${suffix}.`);
      await reader.fill('#f-author-name', 'Bert Burger');
      // No e-mail address: refused, and what was chosen is still chosen.
      await Promise.all([reader.waitForNavigation(), reader.click('button:has-text("Reactie versturen")')]);
      if (!(await reader.locator('#error-summary').count())) return false;
      expect(await reader.isChecked(`#f-choice-${choice.id}-${against}`)).toBe(true);
      expect(await reader.isChecked(`#f-value-${scale.id}-4`)).toBe(true);
      await expectNoViolations(reader);
      await reader.fill('#f-author-email', email);
      await Promise.all([reader.waitForNavigation(), reader.click('button:has-text("Reactie versturen")')]);
      return reader.url().includes('verstuurd=1');
    });
    const mail = await waitForMail(email);
    const confirm = new URL(linkIn(mail, '/reacties/bevestigen'));
    await reader.goto(`${baseUrl()}${confirm.pathname}${confirm.search}`);
    await Promise.all([reader.waitForNavigation(), reader.click('button:has-text("Bevestigen")')]);
    expect(reader.url()).toContain('bevestigd=');
  });

  it('once closed, the public page shows the results per question as a chart with its data table', async () => {
    const reader = await citizen.newPage();
    const [, choice] = translated.questions;
    await until(
      'the consultation closed and shows its results',
      async () => {
        await reader.goto(`${baseUrl()}/consultaties/${translated.id}?lang=nl`);
        return (await reader.locator('#uitkomsten').count()) === 1;
      },
      360000,
      3000,
    );
    const results = reader.locator('section[aria-labelledby="uitkomsten"]');
    expect(await results.locator('svg').count()).toBeGreaterThan(0);
    expect(await results.locator('table').count()).toBeGreaterThan(0);
    const row = results.locator(`tr:has(th:text-is("Tegen"))`);
    expect((await row.locator('td').first().textContent())!.trim()).toBe('1');
    expect(await results.textContent()).toContain(choice.text);
    await expectNoViolations(reader);
    await reader.goto(`${baseUrl()}/consultaties/${translated.id}?lang=en`);
    await expectNoViolations(reader);
  }, 420000);
});
