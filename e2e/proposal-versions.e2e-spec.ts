import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { dutchLocal, loginAs, uniqueSuffix } from './support/pages';
import { until } from './support/api';

async function expectNoViolations(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

/**
 * Issue 11, items 5 and 2: a published proposal whose text is corrected and which is withdrawn,
 * with a response to one paragraph that keeps its place (and says it answered the earlier version).
 */
describe('a proposal that changes: respond to a paragraph, correct the text, withdraw (no JavaScript for the citizen)', () => {
  const staff = useBrowser();
  const citizen = useBrowser({ javaScriptEnabled: false });
  const title = `Werkplaatsen per regio ${uniqueSuffix()}`;
  const body = `Twaalf werkplaatsen is te veel voor ons kleine bedrijf ${uniqueSuffix()}.`;
  let proposalUrl = '';
  let proposalId = '';
  let coordinator: Page;
  let reader: Page;

  it('a coordinator creates a proposal of three paragraphs and publishes it', async () => {
    coordinator = await staff.newPage();
    await loginAs(coordinator, 'coordinator', 'Cora Coördinator');
    await coordinator.goto(`${baseUrl()}/coordinatie/voorstellen/nieuw`);
    await coordinator.fill('#f-title', title);
    await coordinator.fill('#f-summary', 'In elke regio een werkplaats waar mkb-ondernemers advies krijgen over digitalisering.');
    await coordinator.fill('#f-body', 'Het kabinet wil ondernemers helpen.\n\nIn elke provincie komt een werkplaats, twaalf in totaal.\n\nDe kosten draagt het Rijk.');
    if ((await coordinator.locator('select#f-theme').count()) > 0) await coordinator.selectOption('#f-theme', '1.1');
    else await coordinator.fill('#f-theme', '1.1');
    await coordinator.fill('#f-opensAt', dutchLocal(-2));
    await coordinator.fill('#f-closesAt', dutchLocal(60 * 24 * 30));
    await coordinator.check('#f-moderation');
    await Promise.all([coordinator.waitForNavigation(), coordinator.click('button:has-text("Concept opslaan")')]);
    await Promise.all([coordinator.waitForNavigation(), coordinator.click(`button[aria-label="Publiceren: ${title}"]`)]);
    expect(coordinator.url()).toContain('gedaan=gepubliceerd');
  });

  it('a citizen responds to the second paragraph, quoting it, and confirms by mail', async () => {
    reader = await citizen.newPage();
    await until('the proposal is open and listed', async () => {
      await reader.goto(`${baseUrl()}/consultaties?status=open&thema=1.1`);
      return (await reader.locator(`a:has-text("${title}")`).count()) === 1;
    });
    await Promise.all([reader.waitForNavigation(), reader.click(`a:has-text("${title}")`)]);
    proposalUrl = reader.url().split('?')[0];
    proposalId = proposalUrl.split('/').pop()!;
    expect(await reader.locator('#alinea-a2').textContent()).toContain('twaalf in totaal');
    const email = `alinea-${uniqueSuffix()}@example.nl`;
    // The comments service learns of the opening from Kafka: retry while it says "not open".
    await until('the response is accepted', async () => {
      await reader.goto(proposalUrl);
      await Promise.all([reader.waitForNavigation(), reader.click('#alinea-a2 a:has-text("Reageer op alinea 2")')]);
      expect(await reader.locator('#f-passage').inputValue()).toBe('a2');
      await reader.fill('#f-quote', 'twaalf in totaal');
      await reader.fill('#f-body', body);
      await reader.fill('#f-author-name', 'Bert Burger');
      await reader.fill('#f-author-email', email);
      await reader.check('#f-onBehalf');
      await reader.check('#f-public');
      await Promise.all([reader.waitForNavigation(), reader.click('button:has-text("Reactie versturen")')]);
      return reader.url().includes('verstuurd=1');
    });
    const mail = await waitForMail(email);
    const confirm = new URL(linkIn(mail, '/reacties/bevestigen'));
    await reader.goto(`${baseUrl()}${confirm.pathname}${confirm.search}`);
    await Promise.all([reader.waitForNavigation(), reader.click('button:has-text("Bevestigen")')]);
    expect(reader.url()).toContain('bevestigd=');
    await until('the paragraph counts the response', async () => {
      await reader.goto(proposalUrl);
      return (await reader.locator('#alinea-a2 a:has-text("1 reactie op deze alinea")').count()) === 1;
    });
  });

  it('the coordinator corrects the second paragraph: a new text version', async () => {
    await coordinator.goto(`${baseUrl()}/coordinatie/voorstellen/${proposalId}/wijzigen`);
    await expectNoViolations(coordinator);
    await screenshot(coordinator, 'proposal-changes');
    await coordinator.fill('#f-body', 'Het kabinet wil ondernemers helpen.\n\nIn elke regio komt een werkplaats, zes in totaal.\n\nDe kosten draagt het Rijk.');
    await Promise.all([coordinator.waitForNavigation(), coordinator.click('button:has-text("Tekst corrigeren")')]);
    expect(coordinator.url()).toContain('gedaan=tekst');
  });

  it('the page shows the count per paragraph and that the response answered an earlier version, and opens just those responses', async () => {
    await until('the correction reached the page and the comments service', async () => {
      await reader.goto(proposalUrl);
      const meta = (await reader.locator('#alinea-a2 .pb-paragraph-meta').textContent()) ?? '';
      return meta.includes('waarvan 1 over een eerdere versie');
    });
    expect(await reader.locator('#alinea-a2').textContent()).toContain('zes in totaal');
    expect(await reader.locator('body').textContent()).toContain('dit is versie 2');
    expect(await reader.locator('#alinea-a1 .pb-paragraph-meta').textContent()).toContain('0 reacties op deze alinea');
    await Promise.all([reader.waitForNavigation(), reader.click('#alinea-a2 a:has-text("1 reactie op deze alinea")')]);
    expect(reader.url()).toContain('alinea=a2');
    expect(await reader.locator('#alinea-filter').textContent()).toContain('Reacties op alinea 2');
    const response = reader.locator(`article:has(.pb-response-body:has-text("${body}"))`);
    expect(await response.locator('.pb-passage').textContent()).toContain('Over alinea 2: twaalf in totaal');
    expect(await response.locator('.pb-passage-note').textContent()).toContain('eerdere versie van deze alinea (tekstversie 1)');
    await screenshot(reader, 'paragraph-responses');
    const checker = await staff.newPage();
    for (const lang of ['nl', 'en'] as const) {
      await checker.goto(`${proposalUrl}?alinea=a2&lang=${lang}`);
      await expectNoViolations(checker);
    }
  });

  it('the coordinator withdraws it with a reason: the page says so and responding stops', async () => {
    await coordinator.goto(`${baseUrl()}/coordinatie/voorstellen/${proposalId}/wijzigen`);
    await coordinator.selectOption('#f-reason', 'policy-changed');
    await coordinator.fill('#f-explanation', 'Het kabinet kiest voor een landelijke aanpak.');
    await screenshot(coordinator, 'proposal-withdraw');
    await Promise.all([coordinator.waitForNavigation(), coordinator.locator(`form[action="/coordinatie/voorstellen/${proposalId}/intrekken"] button[type="submit"]`).click()]);
    expect(coordinator.url()).toContain('gedaan=ingetrokken');
    await reader.goto(proposalUrl);
    expect(await reader.locator('#ingetrokken').textContent()).toContain('Dit voorstel is ingetrokken');
    expect(await reader.locator('body').textContent()).toContain('Het kabinet kiest voor een landelijke aanpak.');
    expect(await reader.locator(`form[action="/consultaties/${proposalId}/reacties"]`).count()).toBe(0);
    await expectNoViolations(coordinator);
  });
});
