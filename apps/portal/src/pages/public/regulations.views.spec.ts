import { exampleReviewTheme } from '../../clients/contract-examples';
import type { FigureRecords, RegulationDetail } from '../../clients/review.types';
import { testPageContext } from '../../web/test-page-context';
import { drillDownPage, regulationPage, regulationsByClustersView, renderFigureRecords, renderRegulation, renderRegulationIndex } from './regulations.views';

const wwft: RegulationDetail = {
  bwbId: 'BWBR0024282', title: 'Wet ter voorkoming van witwassen en financieren van terrorisme', abbreviation: 'Wwft', repealed: null, url: 'https://wetten.overheid.nl/BWBR0024282',
  years: [{ year: 2026, reports: 2, clusters: 1, outcomes: { guidance: 1 }, responses: 1, amendments: 1 }],
  articles: [{ article: '33', reports: 2, responses: 1, amendments: 0 }],
  reports: [
    { reportId: 'r1', reference: 'LKT-2026-000001', year: 2026, article: '33', status: 'resolved', outcome: 'guidance', duplicates: 1, published: true },
    { reportId: 'r2', reference: 'LKT-2026-000002', year: 2026, article: null, status: 'received', outcome: null, duplicates: 0, published: false },
  ],
  responses: [
    { responseId: 'c1', proposalId: 'p1', year: 2026, article: '33', visible: true },
    { responseId: 'c2', proposalId: 'p1', year: 2026, article: null, visible: false },
  ],
  amendments: [{ id: 'a1', year: 2026, kind: 'add-action', themeCode: '2.1.2', status: 'proposed', summary: 'Een handreiking', article: '33' }],
};

describe('regulation pages', () => {
  it('lists the regulations with a link to each page, in both languages', () => {
    const items = [{ bwbId: 'BWBR0024282', title: wwft.title, abbreviation: 'Wwft', repealed: null, url: wwft.url, reports: 2, clusters: 1, responses: 1, amendments: 1, firstYear: 2025, lastYear: 2026 }];
    const nl = renderRegulationIndex(testPageContext('nl'), items).value;
    expect(nl).toContain('<a class="utrecht-link" href="/regelgeving/BWBR0024282">Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft)</a>');
    expect(nl).toContain('<td class="utrecht-table__cell">2025–2026</td>');
    expect(nl).toContain('<html lang="nl"');
    expect(renderRegulationIndex(testPageContext('en'), []).value).toContain('No regulation has been cited yet.');
  });

  it('links a regulation to its records’ public pages, and only those that have one', () => {
    const page = renderRegulation(testPageContext('nl'), wwft).value;
    expect(page).toContain('href="https://wetten.overheid.nl/BWBR0024282"');
    expect(page).toContain('<a class="utrecht-link" href="/register/LKT-2026-000001">LKT-2026-000001</a> (in het register)');
    expect(page).toContain('LKT-2026-000002 (niet openbaar)');
    expect(page).not.toContain('reg-LKT-2026-000002');
    expect(page).toContain('href="/consultaties/p1#reactie-c1"');
    expect(page).not.toContain('#reactie-c2');
    expect(page).toContain('<a class="utrecht-link" href="/jaaroverzichten/2026">Een handreiking</a>');
    expect(renderRegulation(testPageContext('en'), { ...wwft, years: [], title: null, abbreviation: null }).value).toContain('Nothing cites this regulation yet.');
  });

  it('gives an EU act (the AVG, no BWB id) a page of its own, linked to EUR-Lex and followable by its EU id', () => {
    const avg: RegulationDetail = {
      ...wwft, bwbId: 'EU-32016R0679', title: 'Algemene verordening gegevensbescherming', abbreviation: 'AVG',
      url: 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679', articles: [{ article: '6', reports: 2, responses: 1, amendments: 0 }],
    };
    const page = renderRegulation(testPageContext('nl'), avg).value;
    expect(page).toContain('<h1 class="utrecht-heading-1">Algemene verordening gegevensbescherming (AVG)</h1>');
    expect(page).toContain('EU-32016R0679 · <a class="utrecht-link" href="https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679">');
    expect(page).toContain('href="/abonnementen/nieuw?soort=regeling&amp;ref=EU-32016R0679"');
    expect(page).toContain('href="/feeds/regeling/EU-32016R0679.atom"');
    expect(page).toContain('href="/api/review/regulations/EU-32016R0679"');
    expect(page).toContain('>Officiële tekst op EUR-Lex (EU-regeling)</a>');
    expect(page).not.toContain('wetten.overheid.nl');
    expect(regulationPage('EU-32016R0679')).toBe('/regelgeving/EU-32016R0679');
    expect(regulationPage('-')).toBeNull();
    expect(regulationPage('CELEX:32016R0679')).toBeNull();
  });

  it('turns the API’s drill-down link into the page of the records', () => {
    expect(drillDownPage('/api/review/years/2026/revisions/2/figures/2.1.2%402018.0%3Areports')).toBe('/jaaroverzichten/2026/revisies/2/cijfers/2.1.2%402018.0%3Areports');
    expect(drillDownPage('/elders')).toBe('/elders');
  });

  it('lists a figure’s records with links to their public pages, and pages on', () => {
    const data: FigureRecords = {
      figure: { id: 'x', kind: 'count', value: 3, year: 2026, revision: 2, asOfPosition: 9 },
      total: 3,
      items: [
        { type: 'barrier-report', id: 'r1', reference: 'LKT-2026-000001', status: 'resolved', outcome: 'guidance', published: true },
        { type: 'response', id: 'c1', proposalId: 'p1', status: 'published', public: true },
        { type: 'proposal', id: 'p1', title: 'Voorstel', status: 'open' },
      ],
      next: '/api/review/years/2026/revisions/2/figures/x?cursor=abc',
    };
    const page = renderFigureRecords(testPageContext('en'), '2026', '2', 'x', data, undefined).value;
    expect(page).toContain('What figure 3 was counted from');
    expect(page).toContain('3 records in total.');
    expect(page).toContain('href="/register/LKT-2026-000001"');
    expect(page).toContain('href="/consultaties/p1#reactie-c1"');
    expect(page).toContain('<a class="utrecht-link" href="/consultaties/p1">Voorstel</a>');
    expect(page).toContain('href="/jaaroverzichten/2026/revisies/2/cijfers/x?vanaf=abc"');
    expect(page).toContain('href="/api/review/years/2026/revisions/2/figures/x"');
  });

  it('lists the endorsements a figure counted by the entry they joined and its theme, never by who endorsed', () => {
    const data: FigureRecords = {
      figure: { id: 'x', kind: 'count', value: 2, year: 2026, revision: 2, asOfPosition: 9 },
      total: 2,
      items: [
        { type: 'endorsement', id: 'e1', reportId: 'r1', reference: 'LKT-2026-000001', theme: '2.1.2', published: true },
        { type: 'endorsement', id: 'e2', reportId: 'r2', reference: 'LKT-2026-000002', theme: null, published: false },
      ],
      next: null,
    };
    const nl = renderFigureRecords(testPageContext('nl'), '2026', '2', 'x', data, undefined).value;
    expect(nl).toContain('Aansluiting (&quot;dit is ook mijn belemmering&quot;)');
    expect(nl).toContain('href="/register/LKT-2026-000001"');
    expect(nl).toContain('Thema 2.1.2');
    expect(nl).not.toContain('href="/register/LKT-2026-000002"');
    expect(nl).toContain('LKT-2026-000002 (');
    expect(renderFigureRecords(testPageContext('en'), '2026', '2', 'x', data, undefined).value).toContain('Endorsement (&quot;this is my barrier too&quot;)');
  });

  it('ranks a theme’s regulations by clusters with the amendments citing them', () => {
    const html = regulationsByClustersView(testPageContext('nl'), {
      ...exampleReviewTheme(),
      code: '2.1.2', title: 'Wetgeving',
      amendments: [{ id: 'a1', kind: 'add-action', summary: 'Een handreiking', status: 'proposed', reason: null, evidence: [] }],
      regulationsByClusters: [
        { bwbId: 'BWBR0024282', clusters: { id: 'f', value: 2, drillDown: '/api/review/years/2026/revisions/1/figures/f' }, amendments: ['a1'] },
        { bwbId: '-', clusters: { id: 'g', value: 1, drillDown: '/api/review/years/2026/revisions/1/figures/g' }, amendments: [] },
      ],
    }).value;
    expect(html).toContain('<a class="utrecht-link" href="/regelgeving/BWBR0024282">BWBR0024282</a>');
    expect(html).toContain('<a class="utrecht-link" href="/jaaroverzichten/2026/revisies/1/cijfers/f">2</a>');
    expect(html).toContain('Een handreiking');
    expect(html).toContain('Niet herkend');
    expect(regulationsByClustersView(testPageContext('nl'), { ...exampleReviewTheme(), code: '1.1', title: 'x', regulationsByClusters: undefined }).value).toBe('');
  });
});
