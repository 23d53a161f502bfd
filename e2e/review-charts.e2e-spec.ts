import { translatorFor } from '@pb/i18n';
import { dutchLaw } from '@pb/regulations';
import type { Page } from 'playwright-core';
import { api, staffToken, until } from './support/api';
import { axeViolations, describeViolations } from './support/axe';
import { baseUrl, screenshot, useBrowser } from './support/browser';
import { loginAs, uniqueSuffix } from './support/pages';
import { reportBody } from './support/report-body';
import { confirmedResponse, openConsultation } from './support/seed';

interface Figure {
  value: number | null;
}
interface Theme {
  code: string;
  title: string;
  reports: { received: Figure; receivedPreviousYear: Figure };
  outcomes: { value: string; figure: Figure }[];
  regulations: { value: string; figure: Figure }[];
  consultations: { responses: Figure; responsesPreviousYear: Figure };
  indicators?: { definition: { nl: string; en: string }; values: { period: string }[] }[];
}
interface Review {
  year: number;
  revision: number;
  themes: Theme[];
  reportsPerMonth?: { month: string; reports: number }[];
}
interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
}
interface Trends {
  months: { month: string; reported: number; resolved: number; responses: number }[];
  years: { year: number; reported: number; resolved: number; responses: number }[];
  themes: { theme: string; year: number; reported: number }[];
  outcomes: { outcome: string; year: number; resolved: number }[];
  regulations: { bwbId: string; reported: number }[];
}
interface IndicatorFigures {
  id: string;
  theme: string;
  definition: { nl: string; en: string };
  unit: string;
  target: { value: number | null };
  values: { period: string; value: number }[];
  history: { id: string; period: string; value: number; corrects: string | null }[];
}
interface MonitorThemes {
  themes: { code: string; title: string }[];
}

/**
 * The data tables /monitor must show for these API figures, in page order: an indicator's chart per
 * indicator with values (theme by theme, as the API lists them), then the trends (per month, per
 * year, and per theme, outcome and regulation where there are any). Texts from the catalogue.
 */
function expectedMonitorTables(lang: 'nl' | 'en', indicators: IndicatorFigures[], trends: Trends, monitor: MonitorThemes): ChartTable[] {
  const t = translatorFor(lang);
  const number = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  const withUnit = (n: number, unit: string) => `${number.format(n)}${unit === '%' ? '%' : ` ${unit}`}`;
  const tables: ChartTable[] = [];
  for (const theme of [...new Set(indicators.map((i) => i.theme))]) {
    for (const i of indicators.filter((x) => x.theme === theme && x.values.length > 0)) {
      const target = i.target.value;
      tables.push({
        caption: lang === 'nl' ? i.definition.nl : i.definition.en,
        columns: [t('public:indicators.period'), t('public:indicators.measured'), ...(target !== null ? [t('public:indicators.target')] : [])],
        rows: i.values.map((v) => [v.period, withUnit(v.value, i.unit), ...(target !== null ? [withUnit(target, i.unit)] : [])]),
      });
    }
  }
  const month = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const series = [t('monitor-trends:reported'), t('monitor-trends:resolved'), t('monitor-trends:responses')];
  tables.push({
    caption: t('monitor-trends:months.title'),
    columns: [t('monitor-trends:month'), ...series],
    rows: trends.months.map((m) => [month.format(new Date(`${m.month}-01T00:00:00Z`)), ...[m.reported, m.resolved, m.responses].map((n) => number.format(n))]),
  });
  tables.push({
    caption: t('monitor-trends:years.title'),
    columns: [t('monitor-trends:year'), ...series],
    rows: trends.years.slice(-5).map((y) => [String(y.year), ...[y.reported, y.resolved, y.responses].map((n) => number.format(n))]),
  });
  const years = [...new Set([...trends.themes.map((x) => x.year), ...trends.outcomes.map((x) => x.year)])].sort().slice(-3);
  const themes = [...new Set(trends.themes.map((x) => x.theme))].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
  const titles = new Map(monitor.themes.map((th) => [th.code, th.title]));
  if (themes.length) {
    tables.push({
      caption: t('monitor-trends:themes.title'),
      columns: [t('monitor-trends:theme'), ...years.map(String)],
      rows: themes.map((code) => [titles.has(code) ? `${code} ${titles.get(code)}` : code, ...years.map((y) => number.format(trends.themes.find((x) => x.theme === code && x.year === y)?.reported ?? 0))]),
    });
  }
  const outcomes = [...new Set(trends.outcomes.map((x) => x.outcome))];
  if (outcomes.length) {
    tables.push({
      caption: t('monitor-trends:outcomes.title'),
      columns: [t('monitor-trends:outcome'), ...years.map(String)],
      rows: outcomes.map((o) => [t(`labels:outcome.${o}`), ...years.map((y) => number.format(trends.outcomes.find((x) => x.outcome === o && x.year === y)?.resolved ?? 0))]),
    });
  }
  if (trends.regulations.length) {
    tables.push({
      caption: t('monitor-trends:regulations.title'),
      columns: [t('monitor-trends:regulation'), t('monitor-trends:reported')],
      rows: trends.regulations.map((r) => [dutchLaw(r.bwbId)?.abbreviations[0] ?? dutchLaw(r.bwbId)?.title ?? r.bwbId, number.format(r.reported)]),
    });
  }
  return tables;
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
    // A confirmed response this year to a consultation on theme 1.3: the responses chart has something to show.
    const consultation = await openConsultation(coordinator, { title: `Grafiekvoorstel ${suffix}`, summary: 'Een voorstel voor de grafieken.', body: 'De tekst van het voorstel.', question: 'Wat vindt u ervan?' });
    await confirmedResponse(consultation, 'Een reactie voor de grafieken van het jaaroverzicht.', { name: 'Grafiek Reageerder', email: `charts-response-${suffix}@example.nl` });
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
        // A year that saw a new strategy version (e2e/strategy-version publishes one) has a section per
        // theme and version: the code alone may name two.
        const of = (code: string) => r.data.themes.filter((t) => t.code === code);
        const explained = of('2.1.2').reduce((n, t) => n + value(t.outcomes.find((o) => o.value === 'explained')?.figure), 0);
        const responses = of('1.3').reduce((n, t) => n + value(t.consultations.responses), 0);
        return explained > 0 && responses > 0 ? r.data : undefined;
      },
      120000,
      3000,
    );
    const review = job;
    const reportedThemes = review.themes.filter((t) => value(t.reports.received) + value(t.reports.receivedPreviousYear) > 0);
    expect(reportedThemes.length).toBeGreaterThan(0);
    const consultedThemes = review.themes.filter((t) => value(t.consultations.responses) + value(t.consultations.responsesPreviousYear) > 0);
    expect(consultedThemes.length).toBeGreaterThan(0);

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
        const responses = tables.find((t) => t.caption === (lang === 'nl' ? `Consultatiereacties per thema, ${year - 1} en ${year}` : `Consultation responses per theme, ${year - 1} and ${year}`));
        expect(responses?.columns).toEqual([lang === 'nl' ? 'Thema' : 'Theme', String(year - 1), String(year)]);
        expect(responses?.rows).toEqual(consultedThemes.map((t) => [`${t.code} ${t.title}`, number.format(value(t.consultations.responsesPreviousYear)), number.format(value(t.consultations.responses))]));
        // The year's reports per month, first: one row a month, its count as the review holds it.
        const months = tables.find((t) => t.caption === (lang === 'nl' ? `Meldingen per maand in ${year}` : `Reports per month in ${year}`));
        expect(months?.rows.map((r) => r[1])).toEqual((review.reportsPerMonth ?? []).map((m) => number.format(m.reports)));
        expect(months?.rows.length).toBe(12);
        // Each theme's indicators with values, against their targets: one row a period measured.
        const measured = review.themes.flatMap((t) => (t.indicators ?? []).filter((i) => i.values.length));
        const indicatorTables = tables.filter((t) => measured.some((i) => t.caption.includes(i.definition[lang])));
        expect(indicatorTables.map((t) => t.rows.map((r) => r[0]))).toEqual(measured.map((i) => i.values.map((v) => v.period)));
        // Those are every chart of the review: none is left unchecked.
        expect(tables.map((t) => t.caption)).toEqual([months, themes, outcomes, regulations, responses, ...indicatorTables].map((t) => t!.caption));
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

  it('draws the monitor\'s indicator and trend charts accessible, each chart\'s table equal to the API\'s figures; a coordinator defines an indicator for the latest strategy version on the indicators page', async () => {
    const { page } = browser;
    const suffix = uniqueSuffix();
    const versions = await api<{ items: { version: string }[] }>('GET', '/api/review/strategy/versions?limit=100');
    const latest = versions.data.items.at(-1)!.version;

    // The coordinator's form: an indicator of an ambition of the latest version, with a target.
    await loginAs(page, 'coordinator', 'Cora Coördinator');
    await page.goto(`${baseUrl()}/coordinatie/indicatoren`);
    expect(await page.inputValue('#f-strategyVersion')).toBe(latest);
    const theme = (await page.getAttribute('#f-theme option:not([value=""]) >> nth=0', 'value'))!;
    await page.selectOption('#f-theme', theme);
    await page.fill('#f-code', `e2e-charts-${suffix}`.toLowerCase().replace(/[^a-z0-9-]/g, '-'));
    await page.fill('#f-definitionNl', `Aandeel bedrijven met e-facturen ${suffix}`);
    await page.fill('#f-definitionEn', `Share of companies with e-invoices ${suffix}`);
    await page.fill('#f-unit', '%');
    await page.fill('#f-source', 'CBS, ICT-gebruik bij bedrijven');
    await page.fill('#f-targetValue', '70');
    await page.selectOption('#f-targetComparison', 'at-least');
    await page.fill('#f-targetYear', '2030');
    const [defined] = await Promise.all([page.waitForNavigation(), page.click('button:has-text("Indicator toevoegen")')]);
    expect(defined?.status()).toBe(200);
    expect(await page.textContent('main')).toContain('De indicator is toegevoegd.');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    const id = /\/coordinatie\/indicatoren\/([0-9a-f-]{36})/.exec(page.url())![1];
    const mine = (await api<{ items: IndicatorFigures[] }>('GET', `/api/review/indicators?strategyVersion=${latest}`)).data.items.find((i) => i.id === id)!;
    expect(mine).toMatchObject({ theme, target: { value: 70 } });

    // Two values and a correction, so its chart has a line and the monitor a correction to show.
    const record = (body: object) => api<{ id: string }>('POST', `/api/review/indicators/${id}/values`, { source: 'CBS', observedOn: '2026-03-01', ...body }, coordinator);
    const first = await record({ value: 52.5, period: '2024' });
    expect(first.status).toBe(201);
    expect((await record({ value: 61, period: '2025' })).status).toBe(201);
    expect((await record({ value: 55.25, period: '2024', corrects: first.data.id, reason: 'CBS herzag het cijfer' })).status).toBe(201);

    for (const lang of ['nl', 'en'] as const) {
      // The figures can move while the page is read (projections of other tests' events): read the
      // API, the page, and the API again, until both readings of the API agree.
      const figures = async () => {
        const [indicators, trends, monitor] = await Promise.all([
          api<{ items: IndicatorFigures[] }>('GET', '/api/review/indicators'),
          api<Trends>('GET', '/api/review/monitor/trends'),
          api<MonitorThemes>('GET', '/api/review/monitor'),
        ]);
        // The monitor's own answer carries the moment it was made: only its theme names matter here.
        return { indicators: indicators.data.items, trends: trends.data, monitor: { themes: monitor.data.themes.map(({ code, title }) => ({ code, title })) } };
      };
      const seen = await until(`a reading of /monitor?lang=${lang} between two equal readings of the API`, async () => {
        const before = await figures();
        await page.goto(`${baseUrl()}/monitor?lang=${lang}`);
        const tables = await chartTables(page);
        const after = await figures();
        return JSON.stringify(before) === JSON.stringify(after) ? { tables, api: after } : undefined;
      });
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
      expect(await page.locator('figure.pb-chart svg[role="img"] title').count()).toBe(await page.locator('figure.pb-chart').count());
      // Every chart on the page, in page order, with exactly the API's figures.
      expect(seen.tables).toEqual(expectedMonitorTables(lang, seen.api.indicators, seen.api.trends, seen.api.monitor));
      expect(seen.tables.find((t) => t.caption.endsWith(suffix))?.rows).toEqual(
        lang === 'nl'
          ? [['2024', '55,3%', '70%'], ['2025', '61%', '70%']]
          : [['2024', '55.3%', '70%'], ['2025', '61%', '70%']],
      );
      expect(await page.textContent('main')).toContain(lang === 'nl' ? '2024: was 52,5%, nu 55,3% (CBS herzag het cijfer, ' : '2024: was 52.5%, now 55.3% (CBS herzag het cijfer, ');
    }
    await screenshot(page, 'monitor-charts');
  });
});
