import { exampleChangedTheme, exampleCounts, exampleDataset, exampleIndicator, exampleMonitor, exampleMonitorTheme, exampleRegisterEntry, exampleReview, exampleReviewTheme, exampleStrategyVersion } from '../../clients/contract-examples';
import { testPageContext } from '../../web/test-page-context';
import { renderHome } from './home.views';
import { renderMonitor } from './monitor.views';
import { renderAnnualReview, renderOpenData, renderRegister, renderStrategyVersion } from './public-data.views';

describe('public views', () => {
  it('offers the visitor every task from the home page, in both languages', () => {
    const nl = renderHome(testPageContext('nl')).value;
    for (const href of ['/meldingen/nieuw', '/consultaties', '/register', '/monitor', '/jaaroverzichten', '/strategie']) expect(nl).toContain(`href="${href}"`);
    expect(renderHome(testPageContext('en')).value).toContain('Report a barrier');
  });

  it('shows the monitor\'s figures as text and a meter per theme; says when the review did not answer', () => {
    const page = renderMonitor(testPageContext('nl'), { ...exampleMonitor(), totals: { ...exampleCounts(), barrierReports: 7 }, themes: [{ ...exampleMonitorTheme(), code: '1.3', title: 'Open data', barrierReports: 2 }] }).value;
    expect(page).toContain('<span class="pb-figure" data-figure="barrierReports">7</span> Meldingen van belemmeringen');
    expect(page).toContain('<meter class="pb-meter" min="0" max="2" value="2" aria-label="1.3: 2"></meter>');
    expect(renderMonitor(testPageContext('en'), undefined, 'timeout').value).toContain('did not answer in time');
  });

  it('shows per theme how its reports ended and the median handling time, in words', () => {
    const theme = { ...exampleMonitorTheme(), code: '1.3', title: 'Open data', barrierReports: 4, resolvedBarrierReports: 3, outcomes: [{ outcome: 'explained', count: 2 }, { outcome: 'forwarded', count: 1 }], medianHandlingWorkingDays: 6, satisfaction: { answered: 3, satisfied: 2 } };
    const nl = renderMonitor(testPageContext('nl'), { ...exampleMonitor(), themes: [theme, { ...exampleMonitorTheme(), code: '1.4', title: 'Stil', barrierReports: 1 }] }).value;
    expect(nl).toContain('<th class="utrecht-table__header-cell" scope="col">Mediane doorlooptijd</th>');
    expect(nl).toContain('<td class="utrecht-table__cell">6 werkdagen</td>');
    expect(nl).toContain('<td class="utrecht-table__cell">2 van 3 meldingen</td>');
    expect(nl).toMatch(/<td class="utrecht-table__cell">[^<]+: 2; [^<]+: 1<\/td>/);
    expect(nl).toContain('<td class="utrecht-table__cell">–</td>');
    const en = renderMonitor(testPageContext('en'), { ...exampleMonitor(), themes: [{ ...theme, medianHandlingWorkingDays: 1 }] }).value;
    expect(en).toContain('<td class="utrecht-table__cell">1 working day</td>');
    expect(en).toContain('Outcomes (all years)');
  });

  it('shows per theme how many companies said "this is my barrier too", in a column of its own (nl and en)', () => {
    const theme = { ...exampleMonitorTheme(), code: '1.3', title: 'Open data', barrierReports: 4, endorsements: 7 };
    const nl = renderMonitor(testPageContext('nl'), { ...exampleMonitor(), themes: [theme] }).value;
    const headers = [...nl.matchAll(/<th class="utrecht-table__header-cell" scope="col">([^<]+)<\/th>/g)].map((m) => m[1]);
    const column = headers.indexOf('Ook mijn belemmering (bedrijven)');
    expect(column).toBeGreaterThan(0);
    const row = /<tr class="utrecht-table__row">((?:(?!<\/tr>).)*1\.3 Open data(?:(?!<\/tr>).)*)<\/tr>/s.exec(nl)![1];
    const cells = [...row.matchAll(/<t[hd][^>]*>((?:(?!<\/t[hd]>).)*)<\/t[hd]>/gs)].map((m) => m[1]);
    expect(cells[column]).toBe('7');
    expect(renderMonitor(testPageContext('en'), { ...exampleMonitor(), themes: [theme] }).value).toContain('My barrier too (companies)');
  });

  it('shows per theme how many took part in its consultations, in a column of its own under the totals\' word (nl and en)', () => {
    const theme = { ...exampleMonitorTheme(), code: '1.3', title: 'Open data', proposals: 2, responses: 9, respondents: 5 };
    const cellOf = (page: string, header: string) => {
      const headers = [...page.matchAll(/<th class="utrecht-table__header-cell" scope="col">([^<]+)<\/th>/g)].map((m) => m[1]);
      const column = headers.indexOf(header);
      expect(column).toBeGreaterThan(0);
      const row = /<tr class="utrecht-table__row">((?:(?!<\/tr>).)*1\.3 Open data(?:(?!<\/tr>).)*)<\/tr>/s.exec(page)![1];
      return [...row.matchAll(/<t[hd][^>]*>((?:(?!<\/t[hd]>).)*)<\/t[hd]>/gs)].map((m) => m[1])[column];
    };
    const nl = renderMonitor(testPageContext('nl'), { ...exampleMonitor(), themes: [theme] }).value;
    expect(cellOf(nl, 'Deelnemers')).toBe('5');
    expect(cellOf(nl, 'Reacties')).toBe('9');
    const en = renderMonitor(testPageContext('en'), { ...exampleMonitor(), themes: [theme] }).value;
    expect(cellOf(en, 'Participants')).toBe('5');
  });

  it('shows the strategy\'s targets per theme on the monitor, and says so when they are not available', () => {
    const view = { ...exampleMonitor(), themes: [{ ...exampleMonitorTheme(), code: '1.5', title: 'Kwaliteit van leven' }] };
    const indicator = {
      ...exampleIndicator(),
      id: 'i1',
      theme: '1.5',
      code: 'ehealth-self-measurement',
      definition: { nl: 'Zelf metingen doen', en: 'Own measurements' },
      unit: '%',
      source: 'Nictiz',
      target: { value: 75, year: 2019, comparison: 'at-least' as const, source: { section: '3.3', quote: 'in 2019 kan 75%' } },
      values: [],
      history: [],
      latest: null,
    };
    const page = renderMonitor(testPageContext('nl'), view, undefined, [indicator]).value;
    expect(page).toContain('<h2 class="utrecht-heading-2" id="doelen">Doelen van de strategie</h2>');
    expect(page).toContain('<h3 class="utrecht-heading-3" id="doelen-1.5">1.5 Kwaliteit van leven</h3>');
    expect(page).toContain('ten minste 75% in 2019. Nog geen waarde vastgelegd.');
    expect(renderMonitor(testPageContext('en'), view).value).toContain('The targets are not available at the moment.');
  });

  it('names a register entry\'s theme with its title and its outcome in words, escaped', () => {
    const entry = { ...exampleRegisterEntry(), reference: 'LKT-2026-000001', title: 'Drones <b>', regulation: { name: 'Wet luchtvaart' }, technology: 'drones' as const, theme: '1.3', outcome: 'guidance' as const, explanation: 'Zie.', resolvedAt: '2026-06-01T10:00:00Z', clusterSize: 2 };
    const page = renderRegister(testPageContext('nl'), { items: [entry], total: 1, next: null }, undefined, [{ code: '1.3', title: 'Open data' }]).value;
    expect(page).toContain('thema 1.3 Open data');
    expect(page).toContain('<strong>Handreiking gegeven</strong>');
    expect(page).toContain('Drones &lt;b&gt;');
    expect(page).toContain('gemeld door 2 bedrijven');
  });

  it('links each dataset only to a local address and explains its columns', () => {
    const page = renderOpenData(testPageContext('en'), [
      { ...exampleDataset(), name: 'reports', title: 'Reports', url: '/api/review/open-data/reports.csv', schema: { columns: [{ name: 'theme', type: 'string' as const, description: 'Strategy theme' }] } },
      { ...exampleDataset(), name: 'evil', title: 'Evil', url: 'https://example.org/x.csv' },
    ]).value;
    expect(page).toContain('href="/api/review/open-data/reports.csv" download>reports.csv</a>');
    expect(page).toContain('href="#" download>evil.csv</a>');
    expect(page).toContain('<code>theme</code>');
  });

  it('reads each dataset, its description and its columns in the page\'s language, never "Dutch / English" as the API names them', () => {
    // As GET /api/review/open-data answers: bilingual titles and English descriptions, for machines.
    const fromTheApi = {
      ...exampleDataset(),
      name: 'barrier-reports',
      title: 'Gemelde belemmeringen / Reported barriers',
      description: 'One row per barrier report, without description, company or contact details.',
      url: '/api/review/open-data/barrier-reports.csv',
      schema: { columns: [{ name: 'reference', type: 'string' as const, description: 'Public reference, LKT-<year>-<number>' }, { name: 'overdue', type: 'boolean' as const, description: 'Resolved after the deadline' }] },
    };
    const nl = renderOpenData(testPageContext('nl'), [fromTheApi]).value;
    expect(nl).toContain('<td class="utrecht-table__cell">Gemelde belemmeringen</td>');
    expect(nl).toContain('<h2 class="utrecht-heading-2" id="schema-barrier-reports">Gemelde belemmeringen</h2>');
    expect(nl).toContain('Eén rij per melding van een belemmering, zonder beschrijving, bedrijf of contactgegevens.');
    expect(nl).toContain('Openbaar kenmerk, LKT-&lt;jaar&gt;-&lt;nummer&gt;');
    expect(nl).toContain('Na de termijn afgehandeld');
    expect(nl).toContain('ja/nee (true/false)');
    for (const english of ['Reported barriers', 'One row per', 'Public reference', 'Resolved after the deadline', ' / ']) expect(nl).not.toContain(english);
    const en = renderOpenData(testPageContext('en'), [fromTheApi]).value;
    expect(en).toContain('<h2 class="utrecht-heading-2" id="schema-barrier-reports">Reported barriers</h2>');
    expect(en).toContain('One row per barrier report, without description, company or contact details.');
    expect(en).toContain('Public reference, LKT-&lt;year&gt;-&lt;number&gt;');
    expect(en).toContain('yes/no (true/false)');
    for (const dutch of ['Gemelde belemmeringen', 'Openbaar kenmerk', 'Na de termijn', ' / ']) expect(en).not.toContain(dutch);
  });

  it('names the reports not classified yet in the page\'s language, not by the code "-" and the title the revision stored in both', () => {
    const theme = { ...exampleReviewTheme(), code: '-', version: null, title: 'Nog niet ingedeeld / Not classified yet' };
    const review = { ...exampleReview(), year: 2026, revision: 1, compiledAt: '2026-12-01T10:00:00Z', themes: [theme] };
    const en = renderAnnualReview(testPageContext('en'), '2026', review, undefined).value;
    expect(en).toContain('<td class="utrecht-table__cell">Not classified yet</td>');
    expect(en).not.toContain('Nog niet ingedeeld');
    const nl = renderAnnualReview(testPageContext('nl'), '2026', review, undefined).value;
    expect(nl).toContain('<td class="utrecht-table__cell">Nog niet ingedeeld</td>');
    expect(nl).not.toContain('Not classified yet');
  });

  it('names a review\'s amendments in words and shows a compile in progress', () => {
    // The review holds amendments and consultation reports per theme (they never showed when read at the top level).
    const theme = { ...exampleReviewTheme(), code: '1.3', title: 'Open overheid', amendments: [{ id: 'a1', kind: 'add-action', summary: 'Meer open data', status: 'accepted', reason: null, evidence: [] }], consultationReports: [{ proposalId: 'p1', title: 'Open data', answeredAt: '2026-11-01T10:00:00Z', responses: 1 }] };
    const review = { ...exampleReview(), year: 2026, revision: 2, compiledAt: '2026-12-01T10:00:00Z', strategyVersion: '2026.2', themes: [theme] };
    const page = renderAnnualReview(testPageContext('nl'), '2026', review, { id: 'j1', year: 2026, status: 'running', progress: { percent: 40, step: 2, totalSteps: 5 }, revision: null, review: null, createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z' }).value;
    expect(page).toContain('Actie toevoegen: Meer open data — Aangenomen');
    expect(page).toContain('<a class="utrecht-link" href="/consultaties/p1#verslag">Open data</a> (1 reactie)');
    expect(page).toContain('<progress max="100" value="40"');
    expect(renderAnnualReview(testPageContext('en'), '2025', undefined, undefined).value).toContain('No review has been compiled for this year yet.');
  });

  it('reads per theme: the signed-off text first, each sentence linking to its figures, the table last', () => {
    const received = { id: 'f1', value: 12, drillDown: '/api/review/years/2026/revisions/2/figures/f1' };
    const theme = exampleReviewTheme();
    const review = { ...exampleReview(), year: 2026, revision: 2, compiledAt: '2026-12-01T10:00:00Z', strategyVersion: '2018.0', themes: [{ ...theme, code: '2.1.2', title: 'Wetgeving', reports: { ...theme.reports, received } }, { ...theme, code: '1.1', title: 'Mkb' }] };
    const narrative = { year: 2026, revision: 2, lang: 'nl' as const, themes: [{ code: '2.1.2', title: 'Wetgeving', status: 'signed-off' as const, signedOff: null, sentences: [{ key: 'reports' as const, text: 'In 2026 zijn 12 belemmeringen gemeld.', drafted: 'In 2026 zijn 12 belemmeringen gemeld.', edited: false, figures: [received] }] }] };
    const page = renderAnnualReview(testPageContext('nl'), '2026', review, undefined, narrative).value;
    expect(page).toContain('<li>In 2026 zijn 12 belemmeringen gemeld. <span class="pb-hint">(cijfers: <a class="utrecht-link" href="/jaaroverzichten/2026/revisies/2/cijfers/f1">12</a>)</span></li>');
    // A theme with nothing in it gets no section; the table still lists every theme, after the text.
    expect(page).not.toContain('id="thema-1.1-');
    expect(page.indexOf('id="thema-2.1.2-geen"')).toBeLessThan(page.indexOf('Alle cijfers per thema'));
    // One code under two strategy versions: two sections with distinct ids and names.
    const twice = renderAnnualReview(testPageContext('nl'), '2026', { ...review, themes: [{ ...review.themes[0], version: '2018.0' }, { ...review.themes[0], version: '2026.1' }] }, undefined).value;
    expect(twice).toContain('<h3 class="utrecht-heading-3" id="thema-2.1.2-2018.0">2.1.2 Wetgeving (strategie 2018.0)</h3>');
    expect(twice).toContain('<h3 class="utrecht-heading-3" id="thema-2.1.2-2026.1">2.1.2 Wetgeving (strategie 2026.1)</h3>');
    // A text of another revision, or a draft, is not shown.
    const stale = renderAnnualReview(testPageContext('nl'), '2026', { ...review, revision: 3 }, undefined, narrative).value;
    expect(stale).not.toContain('In 2026 zijn 12 belemmeringen gemeld.');
    expect(stale).toContain('De tekst bij dit thema is nog niet vastgesteld');
  });

  it('draws the review\'s charts (the same as its documents) after the theme sections and before the table, with the figures as data tables', () => {
    const theme = exampleReviewTheme();
    const fig = (id: string, value: number) => ({ id, value, drillDown: `/api/review/years/2026/revisions/2/figures/${id}` });
    const review = {
      ...exampleReview(),
      year: 2026,
      revision: 2,
      themes: [{ ...theme, code: '2.1.2', title: 'Wetgeving', reports: { ...theme.reports, received: fig('r', 7), receivedPreviousYear: fig('p', 3) }, regulations: [{ value: 'BWBR0024282', figure: fig('w', 4) }], outcomes: [] }],
    };
    const nl = renderAnnualReview(testPageContext('nl'), '2026', review, undefined).value;
    expect(nl).toContain('<h2 class="utrecht-heading-2" id="grafieken">Grafieken</h2>');
    expect(nl).toContain('<th class="utrecht-table__header-cell" scope="row">2.1.2 Wetgeving</th><td class="utrecht-table__cell utrecht-table__cell--numeric">3</td><td class="utrecht-table__cell utrecht-table__cell--numeric">7</td>');
    expect(nl).toContain('<th class="utrecht-table__header-cell" scope="row">Wwft</th><td class="utrecht-table__cell utrecht-table__cell--numeric">4</td>');
    expect(nl.indexOf('id="thema-2.1.2-')).toBeLessThan(nl.indexOf('id="grafieken"'));
    expect(nl.indexOf('id="grafieken"')).toBeLessThan(nl.indexOf('Alle cijfers per thema'));
    const en = renderAnnualReview(testPageContext('en'), '2026', review, undefined).value;
    expect(en).toContain('<figcaption>In 2026, 7 reports came in under 1 theme (in 2025: 3). Most under 2.1.2 Wetgeving: 7.</figcaption>');
    expect(en).toContain('<summary>Show the figures as a table</summary>');
  });

  it('names the reports not classified yet in the reader\'s language, in their section, the charts and the table, never by the code "-"', () => {
    const theme = exampleReviewTheme();
    const fig = (id: string, value: number) => ({ id, value, drillDown: `/api/review/years/2026/revisions/2/figures/${id}` });
    // The review's JSON keeps the code `-` and its placeholder title for them (a public contract).
    const review = { ...exampleReview(), year: 2026, revision: 2, themes: [{ ...theme, code: '-', version: null, title: 'Nog niet ingedeeld / Not classified yet', reports: { ...theme.reports, received: fig('r', 2), receivedPreviousYear: fig('p', 1) } }] };
    for (const [lang, own, other] of [['nl', 'Nog niet ingedeeld', 'Not classified yet'], ['en', 'Not classified yet', 'Nog niet ingedeeld']] as const) {
      const page = renderAnnualReview(testPageContext(lang), '2026', review, undefined).value;
      expect(page).toContain(`<h3 class="utrecht-heading-3" id="thema---geen">${own}</h3>`);
      expect(page).toContain(`<th class="utrecht-table__header-cell" scope="row">${own}</th><td class="utrecht-table__cell utrecht-table__cell--numeric">1</td><td class="utrecht-table__cell utrecht-table__cell--numeric">2</td>`);
      expect(page).not.toContain(other);
      expect(page).not.toMatch(/>- /);
    }
  });

  it('shows what a strategy version changed against the previous one', () => {
    const page = renderStrategyVersion(testPageContext('en'), '2026.2', {
      ...exampleStrategyVersion(),
      version: '2026.2',
      previousVersion: '2026.1',
      title: 'NDS',
      publishedAt: '2026-06-01T10:00:00Z',
      changelog: [{ kind: 'add-action', themeCode: '1.3', summary: 'Meer' }],
      diff: { from: '2026.1', to: '2026.2', added: [], removed: [], changed: [{ ...exampleChangedTheme(), code: '1.3', title: 'Open data', actions: { added: ['Publiceer <alles>'], removed: [] } }] },
    }).value;
    expect(page).toContain('href="/strategie/versies/2026.1"');
    expect(page).toContain('Action added');
    expect(page).toContain('<ins>New action: Publiceer &lt;alles&gt;</ins>');
  });
});
