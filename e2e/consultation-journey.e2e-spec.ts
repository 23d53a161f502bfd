import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { dutchLocal, loginAs, uniqueSuffix } from './support/pages';
import { until } from './support/api';

async function expectNoViolations(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

/** Journeys 5 and 6: a coordinator publishes, citizens respond and support, a moderator decides. */
describe('consultation journey: publish, respond, confirm, moderate, support, flag', () => {
  const staff = useBrowser();
  const citizen = useBrowser({ javaScriptEnabled: false });

  // Steps of one journey, sharing state; each step is a test so a failure says where it broke.
  const title = `Open data over laadpalen ${uniqueSuffix()}`;
  const body = `Graag ook de locatie en het vermogen per laadpunt ${uniqueSuffix()}.`;
  let proposalUrl = '';
  let reader: Page;
  let moderator: Page;

  it('a coordinator creates a proposal with a question and publishes it', async () => {
    const coordinator = await staff.newPage();
    await loginAs(coordinator, 'coordinator', 'Cora Coördinator');
    await coordinator.goto(`${baseUrl()}/coordinatie/voorstellen/nieuw`);
    await coordinator.fill('#f-title', title);
    await coordinator.fill('#f-summary', 'Gemeenten publiceren de bezetting van openbare laadpalen als open data.');
    await coordinator.fill('#f-body', 'Wij stellen voor dat **alle gemeenten** de actuele bezetting van laadpalen publiceren.\n\n- realtime\n- open licentie');
    if ((await coordinator.locator('select#f-theme').count()) > 0) await coordinator.selectOption('#f-theme', '1.3');
    else await coordinator.fill('#f-theme', '1.3');
    await coordinator.fill('#f-questions-0-text', 'Welke gegevens heeft u nodig?');
    await coordinator.fill('#f-opensAt', dutchLocal(-2));
    await coordinator.fill('#f-closesAt', dutchLocal(60 * 24 * 30));
    await coordinator.check('#f-moderation-pre');
    await screenshot(coordinator, 'coordinator-new-proposal');
    await Promise.all([coordinator.waitForNavigation(), coordinator.click('button:has-text("Concept opslaan")')]);
    expect(coordinator.url()).toContain('/coordinatie?gedaan=aangemaakt');
    await Promise.all([coordinator.waitForNavigation(), coordinator.click(`button[aria-label="Publiceren: ${title}"]`)]);
    expect(coordinator.url()).toContain('gedaan=gepubliceerd');
    await screenshot(coordinator, 'coordinator-overview');
  });

  it('a citizen finds it under its theme, gets an error summary for an empty response, responds and confirms by mail (no JavaScript)', async () => {
    // The scheduler opens it; citizens find it under its theme.
    reader = await citizen.newPage();
    await until('the proposal is open and listed', async () => {
      await reader.goto(`${baseUrl()}/consultaties?status=open&thema=1.3`);
      return (await reader.locator(`a:has-text("${title}")`).count()) === 1;
    });
    await Promise.all([reader.waitForNavigation(), reader.click(`a:has-text("${title}")`)]);
    proposalUrl = reader.url();
    expect(await reader.innerHTML('.utrecht-rich-text')).toContain('<strong>alle gemeenten</strong>');
    await screenshot(reader, 'consultation-detail');

    // An empty response: the error summary names the fields, without JavaScript.
    await Promise.all([reader.waitForNavigation(), reader.click('button:has-text("Reactie versturen")')]);
    await reader.locator('#error-summary').waitFor();
    expect(await reader.locator('#error-summary a[href="#f-body"]').count()).toBe(1);
    expect(await reader.locator('#error-summary a[href="#f-author-email"]').count()).toBe(1);

    const email = `burger-${uniqueSuffix()}@example.nl`;
    // The comments service learns that the consultation opened from Kafka: retry while it says "not open".
    await until('the response is accepted', async () => {
      await reader.goto(proposalUrl);
      await reader.fill('#f-body', body);
      const answer = reader.locator('textarea[name^="answers."]');
      await answer.fill('Bezetting per kwartier.');
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
  });

  it('pre-moderation: a moderator publishes it', async () => {
    moderator = await staff.newPage();
    await loginAs(moderator, 'moderator', 'Mo Moderator');
    await until('the response reaches the moderation queue', async () => {
      await moderator.goto(`${baseUrl()}/moderatie`);
      return (await moderator.locator(`article:has-text("${body}")`).count()) === 1;
    });
    await expectNoViolations(moderator);
    await screenshot(moderator, 'moderation-queue');
    const item = moderator.locator(`article:has-text("${body}")`);
    await item.locator('input[value="publish"]').check();
    await Promise.all([moderator.waitForNavigation(), item.locator('button[type="submit"]').click()]);
    expect(moderator.url()).toContain('gedaan=1');
  });

  it('it appears publicly; another citizen supports it (confirmed by mail) and someone flags it back to moderation', async () => {
    // It appears publicly; another citizen supports it (confirmed by mail) and someone flags it.
    await until('the response is public', async () => {
      await reader.goto(proposalUrl);
      return (await reader.locator(`.pb-response-body:has-text("${body}")`).count()) === 1;
    });
    const article = reader.locator(`article:has(.pb-response-body:has-text("${body}"))`);
    const supporter = `steun-${uniqueSuffix()}@example.nl`;
    await article.locator('summary').first().click();
    await article.locator('input[name="email"]').fill(supporter);
    await Promise.all([reader.waitForNavigation(), article.locator('button:has-text("Steunen")').click()]);
    expect(reader.url()).toContain('steun=1');
    const supportMail = await waitForMail(supporter);
    const supportLink = new URL(linkIn(supportMail, '/reacties/bevestigen'));
    await reader.goto(`${baseUrl()}${supportLink.pathname}${supportLink.search}`);
    await Promise.all([reader.waitForNavigation(), reader.click('button:has-text("Bevestigen")')]);
    await until('the support is counted', async () => {
      await reader.goto(proposalUrl);
      const count = await reader.locator(`article:has(.pb-response-body:has-text("${body}")) [data-support-count]`).first().textContent();
      return count?.trim() === '1';
    });

    const flagged = reader.locator(`article:has(.pb-response-body:has-text("${body}"))`);
    await flagged.locator('summary').first().click();
    await flagged.locator('select[name^="flag."]').selectOption('off-topic');
    await Promise.all([reader.waitForNavigation(), flagged.locator('button:has-text("Melden bij de moderator")').click()]);
    expect(reader.url()).toContain('gemeld=1');
    await until('the flagged response is back in the moderation queue', async () => {
      await moderator.goto(`${baseUrl()}/moderatie`);
      return (await moderator.locator(`article:has-text("${body}"):has-text("Gemeld door lezers")`).count()) === 1;
    });

    // axe needs JavaScript: check the page with published, supported responses in a browser that has it.
    const checker = await staff.newPage();
    for (const lang of ['nl', 'en'] as const) {
      await checker.goto(`${proposalUrl}?lang=${lang}`);
      await expectNoViolations(checker);
    }
    await screenshot(checker, 'consultation-with-responses');
  });
});
