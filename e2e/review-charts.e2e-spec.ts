import type { Page } from 'playwright-core';
import { api, staffToken, until } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { loginAs, uniqueSuffix } from './support/pages';
import { reportBody } from './support/report-body';

interface Figure {
  value: number | null;
}
interface Theme {
  code: string;
  title: string;
  reports: { received: Figure; receivedPreviousYear: Figure };
  outcomes: { value: string; figure: Figure }[];
  regulations: { value: string; figure: Figure }[];
}
interface Review {
  year: number;
  revision: number;
  themes: Theme[];
}
interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** Every chart's data table on the page: caption, column headers and rows, as a reader's screen reader finds them. */
async function chartTables(page: Page): Promise<ChartTable[]> {
  return page.$$eval('figure.pb-chart table', (tables) =>
    tables.map((t) => ({
      caption: t.querySelector('caption')?.textContent?.trim() ?? '',
      columns: [...t.querySelectorAll('thead th')].map((c) => c.textContent?.trim() ?? ''),
      rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent?.trim() ?? '')),
    })),
  );
}

const value = (f: Figure | undefined): number => f?.value ?? 0;

/** The sums of a dimension over the themes, largest first, as the review's JSON holds them. */
function sums(review: Review, pick: (t: Theme) => { value: string; figure: Figure }[]): number[] {
  const by = new Map<string, number>();
  for (const t of review.themes) for (const d of pick(t)) by.set(d.value, (by.get(d.value) ?? 0) + value(d.figure));
  return [...by.values()].filter((n) => n > 0).sort((a, b) => b - a);
}

/**
 * Issue 12, item 2: the annual review's charts — on its page and in its HTML document, in Dutch and
 * English — pass axe, and each chart's data table holds exactly the review API's figures.
 * Item 1: a coordinator imports a CBS StatLine CSV export; a bad row is named and nothing is saved.
 */
describe('review charts and indicator values', () => {
  const browser = useBrowser();
  const year = new Date().getFullYear();
  const admin = staffToken(['admin'], { name: 'Charts Admin' });
  const coordinator = staffToken(['coordinator'], { name: 'Charts Coordinator' });

  it('draws the review\'s charts on its page and in its HTML document, accessible, their tables equal to the API\'s figures', async () => {
    const { page } = browser;
    // A report of this year under a theme, resolved: the theme, outcome and regulation charts have something to show.
    const suffix = uniqueSuffix();
    const reported = await api<{ reference: string }>('POST', '/api/loket/reports', reportBody(8101, `charts-${suffix}@example.nl`));
    expect(reported.status).toBe(201);
    const reference = reported.data.reference;
    expect((await api('POST', `/api/loket/reports/${reference}/triage`, { theme: '2.1.2', priority: 'normal', department: 'EZ' }, admin)).status).toBe(200);
    expect((await api('POST', `/api/loket/reports/${reference}/resolution`, { outcome: 'explained', explanation: 'Uitgelegd voor de grafieken.' }, admin)).status).toBeLessThan(300);
    // The review's figures learn of it from Kafka; compile once they have (a figure's records list it).
    const job = await until(
      'a compiled review that counts the report',
      async () => {
        const started = await api<{ id: string }>('POST', `/api/review/years/${year}/compile`, {}, coordinator);
        if (started.status !== 202) return undefined;
        const done = await until('the compile job', async () => {
          const j = await api<{ status: string; revision: number | null }>('GET', `/api/review/jobs/${started.data.id}`);
          return j.data.status === 'completed' || j.data.status === 'failed' ? j.data : undefined;
        }, 90000, 1000);
        if (done.status !== 'completed' || done.revision === null) return undefined;
        const r = await api<Review>('GET', `/api/review/years/${year}?revision=${done.revision}`);
        const theme = r.data.themes.find((t) => t.code === '2.1.2');
        return value(theme?.outcomes.find((o) => o.value === 'explained')?.figure) > 0 ? r.data : undefined;
      },
      120000,
      3000,
    );
    const review = job;
    const reportedThemes = review.themes.filter((t) => value(t.reports.received) + value(t.reports.receivedPreviousYear) > 0);
    expect(reportedThemes.length).toBeGreaterThan(0);

    const pages = [`/jaaroverzichten/${year}`, `/api/review/years/${year}.html`];
    for (const lang of ['nl', 'en'] as const) {
      const number = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
      for (const path of pages) {
        await page.goto(`${baseUrl()}${path}?lang=${lang}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(describeViolations(await axeViolations(page))).toEqual([]);
        // Every chart names itself and says what it shows, for who cannot see it.
        expect(await page.locator('figure.pb-chart svg[role="img"] title').count()).toBe(await page.locator('figure.pb-chart').count());
        expect(await page.locator('figure.pb-chart figcaption').count()).toBe(await page.locator('figure.pb-chart').count());
        const tables = await chartTables(page);
        const themes = tables.find((t) => t.caption === (lang === 'nl' ? `Meldingen per thema, ${year - 1} en ${year}` : `Reports per theme, ${year - 1} and ${year}`));
        expect(themes?.columns).toEqual([lang === 'nl' ? 'Thema' : 'Theme', String(year - 1), String(year)]);
        // The reports not classified yet (code `-`) are named in the reader's language, never by the code.
        const name = (t: Theme) => (t.code === '-' ? (lang === 'nl' ? 'Nog niet ingedeeld' : 'Not classified yet') : `${t.code} ${t.title}`);
        expect(themes?.rows).toEqual(reportedThemes.map((t) => [name(t), number.format(value(t.reports.receivedPreviousYear)), number.format(value(t.reports.received))]));
        const outcomes = tables.find((t) => t.caption.startsWith(lang === 'nl' ? 'Uitkomsten van de afgehandelde meldingen' : 'Outcomes of the reports resolved'));
        expect(outcomes?.rows.map((r) => r[1])).toEqual(sums(review, (t) => t.outcomes).map((n) => number.format(n)));
        const regulations = tables.find((t) => t.caption.startsWith(lang === 'nl' ? 'Meest genoemde regelingen' : 'Most cited regulations'));
        expect(regulations?.rows.map((r) => r[1])).toEqual(sums(review, (t) => t.regulations).slice(0, 10).map((n) => number.format(n)));
      }
    }
    // The document's figures lead to the pages of their records, not to the JSON.
    await page.goto(`${baseUrl()}/api/review/years/${year}.html?lang=nl`);
    expect(await page.locator('a[href^="/api/"]').count()).toBe(0);
    expect(await page.locator(`a[href^="/jaaroverzichten/${year}/revisies/${review.revision}/cijfers/"]`).count()).toBeGreaterThan(0);
    await screenshot(page, 'review-document-charts');
  });

  it('imports a CBS StatLine CSV export from the indicator page: a bad row is named and nothing is saved, the corrected file is recorded, a correction stays visible', async () => {
    const { page } = browser;
    const list = await api<{ items: { id: string; unit: string; history: { period: string; value: number }[] }[] }>('GET', '/api/review/indicators');
    // A percentage: the page writes its values as 61,5%.
    const indicator = list.data.items.find((i) => i.unit === '%')!;
    // Years nobody recorded before on this database (the e2e databases live across runs).
    const first = 1900 + Math.floor(Math.random() * 90) * 2;
    const history = () => api<{ items: { id: string; history: { id: string; period: string; value: number; corrects: string | null }[] }[] }>('GET', '/api/review/indicators').then((r) => r.data.items.find((i) => i.id === indicator.id)!.history);
    const before = (await history()).length;

    await loginAs(page, 'coordinator', 'Cora Coördinator');
    await page.goto(`${baseUrl()}/coordinatie/indicatoren`);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await Promise.all([page.waitForNavigation(), page.click(`a[href="/coordinatie/indicatoren/${indicator.id}"]`)]);
    expect(describeViolations(await axeViolations(page))).toEqual([]);

    const bad = `ID;Perioden;Percentage\n0;${first}JJ00;61,5\n1;${first + 1}XX00;62\n2;${first + 1}JJ00;veel\n`;
    await page.fill('#f-import-csv', bad);
    await page.fill('#f-import-source', 'CBS StatLine 83429NED');
    await page.fill('#f-import-observedOn', '2020-03-01');
    const [rejected] = await Promise.all([page.waitForNavigation(), page.click('button:has-text("CSV inlezen")')]);
    expect(rejected?.status()).toBe(422);
    const summary = (await page.textContent('#error-summary')) ?? '';
    expect(summary).toContain('Regel 3:');
    expect(summary).toContain('Regel 4:');
    expect(await page.locator('#f-row-3-Perioden').count()).toBe(1);
    // The file stays in the form, and nothing of it was saved.
    expect(await page.inputValue('#f-import-csv')).toContain(`${first + 1}XX00`);
    expect(await history()).toHaveLength(before);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await screenshot(page, 'indicator-import-rejected');

    await page.fill('#f-import-csv', `ID;Perioden;Percentage\n0;${first}JJ00;61,5\n1;${first + 1}JJ00;62\n`);
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("CSV inlezen")')]);
    expect(await page.textContent('main')).toContain('Ingelezen: 2 nieuw, 0 gecorrigeerd, 0 ongewijzigd, 0 zonder cijfer.');
    const recorded = (await history()).filter((h) => h.period === String(first) || h.period === String(first + 1));
    expect(recorded.map((h) => [h.period, h.value]).sort()).toEqual([[String(first), 61.5], [String(first + 1), 62]]);

    // A correction of one value: the old one stays in the history, beside what corrects it.
    const corrected = recorded.find((h) => h.period === String(first))!;
    await page.fill('#f-value', '63,5');
    await page.fill('#f-period', String(first));
    await page.fill('#f-source', 'CBS StatLine 83429NED');
    await page.fill('#f-observedOn', '2020-04-01');
    await page.selectOption('#f-corrects', corrected.id);
    await page.fill('#f-reason', 'CBS herzag het cijfer');
    await Promise.all([page.waitForNavigation(), page.click('button:has-text("Waarde vastleggen")')]);
    expect(await page.textContent('main')).toContain('De waarde is vastgelegd.');
    expect(await page.textContent('main')).toContain('corrigeert 61,5%: CBS herzag het cijfer');
    expect((await history()).filter((h) => h.corrects === corrected.id)).toHaveLength(1);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.goto(`${baseUrl()}/coordinatie/indicatoren/${indicator.id}?lang=en`);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });
});
