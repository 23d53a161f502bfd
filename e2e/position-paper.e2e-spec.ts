import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api, staffToken, until } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { linkIn, waitForMail } from './support/maildev';
import { loginAs, uniqueSuffix } from './support/pages';
import { openConsultation } from './support/seed';

const PDF = join(__dirname, '..', 'apps', 'comments', 'test', 'fixtures', 'attachments', 'positiepapier.pdf');

/**
 * Issue 11 item 1, position papers: an organisation responds with a PDF through the public form
 * (multipart, no script needed), the coordinator finds the response by a word that is only in the
 * PDF, and anyone downloads the document from the public response.
 */
describe('a position paper', () => {
  const browser = useBrowser();

  it('an organisation responds with a PDF; the coordinator finds it by a word of the PDF; the public downloads it', async () => {
    const { page } = browser;
    const suffix = uniqueSuffix();
    const title = `Positiepapiervoorstel ${suffix}`;
    const coordinator = staffToken(['coordinator'], { name: 'Cora' });
    const proposal = await openConsultation(coordinator, { title, summary: 'Een voorstel om positiepapieren te toetsen.', body: 'De tekst van het voorstel.', question: 'Wat vindt u ervan?' });
    // The comments service learns of the proposal (and its opening) from Kafka.
    await until('the comments service to know the proposal', async () => ((await api('GET', `/api/proposals/${proposal}/comments/passages`)).status === 200 ? true : undefined));
    await until('the consultation to be open', async () => ((await api<{ status: string }>('GET', `/api/proposals/${proposal}`)).data.status === 'open' ? true : undefined));

    // The public form, as a visitor: on behalf of an organisation, with the PDF.
    const email = `branche-${suffix}@example.nl`;
    await page.goto(`${baseUrl()}/consultaties/${proposal}`);
    expect(await page.getAttribute('form[action$="/reacties"]', 'enctype')).toBe('multipart/form-data');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.fill('#f-body', 'Namens onze leden: zie het positiepapier in de bijlage.');
    await page.fill('#f-author-name', 'Bea Bakker');
    await page.fill('#f-author-email', email);
    await page.check('input[name="onBehalf"][value="organisation"]');
    await page.fill('#f-onBehalfOf', 'Vereniging Digitaal Ondernemen');
    await page.check('input[name="public"][value="true"]');
    await page.setInputFiles('#f-bijlagen', PDF);
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Reactie versturen")')]);
    expect(page.url()).toContain('verstuurd=1');

    // The organisation confirms its address; post-moderation: the response is published at once.
    const link = new URL(linkIn(await waitForMail(email), '/reacties/bevestigen'));
    const confirmed = await api<{ responseId: string; status: string }>('POST', '/api/comments/verifications', { token: link.searchParams.get('token') });
    expect(confirmed.data.status).toBe('published');
    const responseId = confirmed.data.responseId;

    // Its text is read off the request: wait until the word only the PDF holds finds it.
    await until('the PDF’s text to be searchable', async () => {
      const r = await api<{ items: { id: string }[] }>('GET', `/api/proposals/${proposal}/comments/reading-room?q=gegevensdeling`, undefined, coordinator);
      return r.data.items?.some((i) => i.id === responseId) ? true : undefined;
    });

    // The coordinator searches the reading room by that word, with the "with attachment" filter.
    await loginAs(page, 'coordinator', 'Cora Coördinator');
    await page.goto(`${baseUrl()}/coordinatie/voorstellen/${proposal}/leeszaal`);
    await page.fill('#f-zoek', 'gegevensdeling');
    await page.selectOption('#f-bijlage', 'ja');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Filteren")')]);
    expect(await page.textContent('#resultaten')).toContain('1 reactie gevonden');
    const item = page.locator(`#reactie-${responseId}`);
    expect(await item.textContent()).toContain('Namens Vereniging Digitaal Ondernemen');
    expect(await item.textContent()).toContain('positiepapier.pdf');
    expect(await item.textContent()).toContain('tekst doorzoekbaar');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await screenshot(page, 'reading-room-position-paper');

    // The public page lists the document; anyone downloads it as the PDF it is.
    await page.context().clearCookies();
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${baseUrl()}/consultaties/${proposal}?lang=${lang}`);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    }
    await page.goto(`${baseUrl()}/consultaties/${proposal}`);
    const href = await page.locator(`#reactie-${responseId} a:has-text("positiepapier.pdf")`).getAttribute('href');
    expect(href).toMatch(/^\/consultaties\/bijlagen\/[0-9a-f-]{36}$/);
    const download = await page.request.get(`${baseUrl()}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toContain('attachment; filename="positiepapier.pdf"');
    expect(download.headers()['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(await download.body(), readFileSync(PDF))).toBe(0);
    await screenshot(page, 'proposal-with-position-paper');
  });
});
