import { api, staffToken, until } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { loginAs, uniqueSuffix } from './support/pages';
import { openConsultation } from './support/seed';

/** A response confirmed through the link mailed to its author (public or not, for an organisation or not). */
async function confirmed(proposalId: string, body: string, email: string, extra: { public: boolean; onBehalfOf?: string }): Promise<string> {
  const submitted = await until('the comments service to know the consultation is open', async () => {
    const r = await api<{ id: string }>('POST', `/api/proposals/${proposalId}/comments`, { body, author: { name: 'Inspreker', email }, ...extra });
    return r.status < 300 ? r : undefined;
  });
  const link = new URL(linkIn(await waitForMail(email), '/reacties/bevestigen'));
  expect((await api('POST', '/api/comments/verifications', { token: link.searchParams.get('token') })).status).toBeLessThan(300);
  return submitted.data.id;
}

/** Issue 11: the coordinator reads every response (also the non-public ones), filters, exports and picks for the report. */
describe('the coordinator’s reading room', () => {
  const browser = useBrowser();

  it('opens the reading room, filters, exports and picks responses that the report form then offers', async () => {
    const { page } = browser;
    const suffix = uniqueSuffix();
    const title = `Leeszaalvoorstel ${suffix}`;
    const proposal = await openConsultation(staffToken(['coordinator'], { name: 'Cora' }), { title, summary: 'Een voorstel om de leeszaal te toetsen.', body: 'De tekst van het voorstel.', question: 'Wat vindt u ervan?' });
    const secret = `geheim-${suffix}@example.nl`;
    const hidden = await confirmed(proposal, 'De digitaliseringen in het mkb gaan te langzaam.', secret, { public: false, onBehalfOf: 'Brancheorganisatie' });
    await confirmed(proposal, 'Fietsen is gezond.', `open-${suffix}@example.nl`, { public: true });

    await loginAs(page, 'coordinator', 'Cora Coördinator');
    await page.goto(`${baseUrl()}/coordinatie`);
    await Promise.all([page.waitForNavigation(), page.click(`a[aria-label="Leeszaal van ${title}"]`)]);
    expect(page.url()).toContain(`/coordinatie/voorstellen/${proposal}/leeszaal`);
    expect(await page.textContent('#resultaten')).toContain('2 reacties gevonden');
    // The non-public response is there, its author's address is not.
    expect(await page.textContent('body')).toContain('Namens Brancheorganisatie');
    expect(await page.textContent('body')).not.toContain(secret);

    // Filter: Dutch stemming finds "digitaliseringen" by "digitalisering"; organisation only.
    await page.fill('#f-zoek', 'digitalisering');
    await page.selectOption('#f-organisatie', 'ja');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Filteren")')]);
    expect(await page.textContent('#resultaten')).toContain('1 reactie gevonden');
    expect(await page.locator(`#reactie-${hidden}`).count()).toBe(1);
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${page.url().replace(/&lang=\w+/, '')}&lang=${lang}`);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
    await page.goto(`${page.url().replace(/&lang=\w+/, '')}&lang=nl`);

    // Export: the same filter, through the portal, as CSV and as XLSX (the session cookie of the page).
    const csv = await page.request.get(`${baseUrl()}/coordinatie/voorstellen/${proposal}/leeszaal/export?zoek=digitalisering&organisatie=ja&formaat=csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(hidden);
    expect(lines.join('\n')).not.toContain(secret);
    const xlsx = await page.request.get(`${baseUrl()}/coordinatie/voorstellen/${proposal}/leeszaal/export?formaat=xlsx`);
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

    // Pick the response for topic 2 of the report; the report form offers it, ticked.
    await page.check(`#kies-${hidden}`);
    await page.selectOption('#f-onderwerp', '2');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Aangevinkte reacties kiezen")')]);
    expect(await page.textContent('body')).toContain('1 reactie gekozen.');
    expect(await page.textContent(`#reactie-${hidden}`)).toContain('Gekozen voor onderwerp 2 van het verslag.');
    await screenshot(page, 'reading-room');
    await Promise.all([page.waitForNavigation(), page.click('a:has-text("Naar het consultatieverslag")')]);
    expect(await page.isChecked(`input[name="responses.2"][value="${hidden}"]`)).toBe(true);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('is not for a moderator', async () => {
    const { page } = browser;
    await loginAs(page, 'moderator', 'Mo Moderator');
    const res = await page.goto(`${baseUrl()}/coordinatie/voorstellen/00000000-0000-4000-8000-000000000000/leeszaal`);
    expect(res!.status()).toBe(403);
  });
});
