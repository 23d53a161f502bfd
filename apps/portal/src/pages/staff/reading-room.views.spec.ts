import type { ReadingRoomAnalysis, ReadingRoomPage } from '../../clients/reading-room.types';
import { readingRoomApiQuery, readingRoomFilterOf, reportPickBody, pickedResponseValues } from '../../web/forms';
import { testPageContext } from '../../web/test-page-context';
import { renderConsultationReportForm } from './coordination.views';
import { renderReadingRoom } from './reading-room.views';

const coordinator = { id: 'c1', roles: ['coordinator' as const] };
const P = '11111111-1111-4111-8111-111111111111';
const R1 = '22222222-2222-4222-8222-222222222222';
const R2 = '33333333-3333-4333-8333-333333333333';
const Q = '44444444-4444-4444-8444-444444444444';

const page: ReadingRoomPage = {
  proposalId: P,
  total: 2,
  totalExact: true,
  questions: [{ id: Q, text: 'Wat vindt u?' }],
  analysis: null,
  items: [
    { id: R1, parentId: null, status: 'pending-moderation', public: false, body: '<script>x</script>', answers: [{ questionId: Q, answer: 'Goed' }], onBehalfOf: 'VNO <b>', supportCount: 0, flagCount: 0, submittedAt: '2026-12-01T10:00:00.000Z', publishedAt: null, attachments: [], analysis: null },
    { id: R2, parentId: null, status: 'published', public: true, body: 'Tweede', answers: [], onBehalfOf: null, supportCount: 3, flagCount: 0, submittedAt: '2026-12-01T11:00:00.000Z', publishedAt: '2026-12-01T11:00:00.000Z', attachments: [], analysis: null },
  ],
  next: `/api/proposals/${P}/comments/reading-room?cursor=abc_DEF`,
};

describe('reading room views', () => {
  it('lists every response escaped, with its state, the filters kept in the export links and the pager, and a pick box per response', () => {
    const html = renderReadingRoom(testPageContext('nl', coordinator), {
      proposalId: P,
      proposalTitle: 'Voorstel <i>',
      filter: { zoek: 'digitalisering', organisatie: 'ja', onderwerp: '2' },
      page,
      picks: [{ slot: 1, responseId: R2, excerpt: 'Tweede' }],
    }).value;
    expect(html).toContain('<title>Leeszaal: Voorstel &lt;i&gt; — Permanent Beta</title>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('Namens VNO &lt;b&gt;');
    expect(html).toContain('wacht op moderatie');
    expect(html).toContain('niet openbaar');
    expect(html).toContain('2 reacties gevonden');
    expect(html).toContain(`href="/coordinatie/voorstellen/${P}/leeszaal/export?zoek=digitalisering&amp;organisatie=ja&amp;formaat=xlsx"`);
    expect(html).toContain(`rel="next" href="/coordinatie/voorstellen/${P}/leeszaal?zoek=digitalisering&amp;organisatie=ja&amp;onderwerp=2&amp;vanaf=abc_DEF"`);
    expect(html).toContain(`<input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="kies-${R1}" name="kies" value="${R1}">`);
    expect(html).toContain(`<label class="utrecht-form-label utrecht-form-label--checkbox" for="kies-${R1}">`);
    expect(html).toContain('Gekozen voor onderwerp 1 van het verslag.');
    expect(html).toMatch(/<option value="2" selected>Onderwerp 2<\/option>/);
    expect(html).not.toMatch(/@|e-?mail:/i);
  });

  it('says "more than 10 000" when a filter matched more responses than the service counted, in each language', () => {
    const capped = { ...page, total: 10000, totalExact: false };
    const nl = renderReadingRoom(testPageContext('nl', coordinator), { proposalId: P, proposalTitle: 'T', filter: { organisatie: 'ja' }, page: capped, picks: [] }).value;
    expect(nl).toContain('Meer dan 10.000 reacties gevonden');
    expect(nl).not.toContain('10000 reacties');
    const en = renderReadingRoom(testPageContext('en', coordinator), { proposalId: P, proposalTitle: 'T', filter: { organisatie: 'ja' }, page: capped, picks: [] }).value;
    expect(en).toContain('More than 10,000 responses found');
  });

  it('shows the results per question as a chart with its data table, the zeroes too, and how many answered a free-text question', () => {
    const html = renderReadingRoom(testPageContext('nl', coordinator), {
      proposalId: P,
      proposalTitle: 'T',
      filter: {},
      page,
      picks: [],
      results: [
        { questionId: Q, text: 'Steunt u dit?', kind: 'single-choice', answered: 3, counts: [{ value: 'a', label: 'Ja', count: 3 }, { value: 'b', label: 'Nee <b>', count: 0 }] },
        { questionId: R1, text: 'Wat mist u?', kind: 'text', answered: 1, counts: [] },
      ],
    }).value;
    expect(html).toContain('<h2 class="utrecht-heading-2" id="uitkomsten">Uitkomsten per vraag</h2>');
    expect(html).toContain('<svg');
    expect(html).toContain('Steunt u dit? Gekozen door 3 reacties: Ja: 3, Nee &lt;b&gt;: 0.');
    expect(html).toMatch(/<th class="utrecht-table__header-cell" scope="row">Nee &lt;b&gt;<\/th><td class="utrecht-table__cell utrecht-table__cell--numeric">0<\/td>/);
    expect(html).toContain('1 reactie beantwoordde deze vraag.');
  });

  it('filters on an answer given ("answered \'against\' on question 2"): one select grouped per question, kept after filtering, and options read as labels', () => {
    const A = '55555555-5555-4555-8555-555555555555';
    const B = '66666666-6666-4666-8666-666666666666';
    const results = [
      { questionId: R1, text: 'Wat mist u?', kind: 'text' as const, answered: 1, counts: [] },
      { questionId: Q, text: 'Steunt u dit?', kind: 'single-choice' as const, answered: 1, counts: [{ value: A, label: 'Voor', count: 0 }, { value: B, label: 'Tegen', count: 1 }] },
    ];
    const withChoice = { ...page, items: [{ ...page.items[0], answers: [{ questionId: Q, answer: B }] }] };
    const html = renderReadingRoom(testPageContext('nl', coordinator), { proposalId: P, proposalTitle: 'T', filter: { antwoord: `${Q}:${B}` }, page: withChoice, picks: [], results }).value;
    expect(html).toContain('<label class="utrecht-form-label" for="f-antwoord">Gegeven antwoord</label>');
    expect(html).toContain('<optgroup label="Vraag 2: Steunt u dit?">');
    expect(html).toContain(`<option value="${Q}:${B}" selected>Tegen</option>`);
    expect(html).toContain(`<option value="${Q}:${A}">Voor</option>`);
    expect(html).toContain('<strong>Wat vindt u?</strong><br>Tegen</p>');
    expect(html).toContain(`href="/coordinatie/voorstellen/${P}/leeszaal/export?antwoord=${Q}%3A${B}&amp;formaat=csv"`);
    expect(readingRoomApiQuery(readingRoomFilterOf({ antwoord: `${Q}:${B}`, vraag: R1 }))).toMatchObject({ questionId: Q, answer: B });
    expect(readingRoomApiQuery(readingRoomFilterOf({ antwoord: `${Q}:4` }))).toMatchObject({ questionId: Q, answer: '4' });
    expect(readingRoomFilterOf({ antwoord: `${Q}:' OR 1=1` }).antwoord).toBeUndefined();
  });

  it('filters on a theme and a stance of the analysis (two labelled selects, kept after filtering, in the links) and shows each response\'s theme and stances', () => {
    const analysis: ReadingRoomAnalysis = {
      id: '77777777-7777-4777-8777-777777777777',
      status: 'signed-off',
      themes: [
        { id: 't1', label: 'Fietspaden <b>', terms: ['fiets'] },
        { id: 't2', label: null, terms: ['belasting', 'ondernemer'] },
      ],
      stanceQuestionIds: ['body', Q],
    };
    const analysed: ReadingRoomPage = {
      ...page,
      analysis,
      items: [
        { ...page.items[0], analysis: { themeId: 't2', stances: [{ questionId: 'body', stance: 'against' }, { questionId: Q, stance: 'for' }] } },
        { ...page.items[1], analysis: { themeId: null, stances: [] } },
      ],
    };
    const html = renderReadingRoom(testPageContext('nl', coordinator), { proposalId: P, proposalTitle: 'T', filter: { thema: 't2', standpunt: `${Q}:for` }, page: analysed, picks: [] }).value;
    expect(html).toContain('<label class="utrecht-form-label" for="f-thema">Thema</label>');
    expect(html).toContain('Uit de vastgestelde analyse.');
    expect(html).toContain('<option value="t1">Fietspaden &lt;b&gt;</option>');
    expect(html).toContain('<option value="t2" selected>belasting, ondernemer</option>');
    expect(html).toContain('<label class="utrecht-form-label" for="f-standpunt">Standpunt</label>');
    expect(html).toContain('<optgroup label="Tekst van de reactie">');
    expect(html).toContain('<optgroup label="Wat vindt u?">');
    expect(html).toContain(`<option value="${Q}:for" selected>Voor</option>`);
    expect(html).toContain(`<option value="body:against">Tegen</option>`);
    expect(html).toContain(`<p class="utrecht-paragraph" data-analysis="${R1}">Thema: belasting, ondernemer · Standpunt bij Tekst van de reactie: Tegen · Standpunt bij Wat vindt u?: Voor</p>`);
    expect(html).toContain(`<p class="utrecht-paragraph" data-analysis="${R2}">Thema: geen (te weinig bruikbare woorden)</p>`);
    expect(html).toContain(`href="/coordinatie/voorstellen/${P}/leeszaal/export?thema=t2&amp;standpunt=${Q}%3Afor&amp;formaat=xlsx"`);
    const review = renderReadingRoom(testPageContext('en', coordinator), { proposalId: P, proposalTitle: 'T', filter: {}, page: { ...analysed, analysis: { ...analysis, status: 'review' as const } }, picks: [] }).value;
    expect(review).toContain('From the analysis still under review (not signed off yet).');
    expect(review).toContain('<option value="">All stances</option>');
    // Without an analysis there is nothing to filter on: no such selects.
    expect(renderReadingRoom(testPageContext('nl', coordinator), { proposalId: P, proposalTitle: 'T', filter: {}, page, picks: [] }).value).not.toContain('f-thema');
    expect(readingRoomApiQuery(readingRoomFilterOf({ thema: 't2', standpunt: `${Q}:for` }))).toMatchObject({ themeId: 't2', stanceQuestionId: Q, stance: 'for' });
    expect(readingRoomApiQuery(readingRoomFilterOf({ standpunt: 'body:mixed' }))).toMatchObject({ stanceQuestionId: 'body', stance: 'mixed' });
    expect(readingRoomFilterOf({ thema: "t1' OR 1=1", standpunt: `${Q}:maybe` })).toMatchObject({ thema: undefined, standpunt: undefined });
  });

  it('says so when nothing matches, and shows a refused filter as an error that links to the search field (English)', () => {
    const html = renderReadingRoom(testPageContext('en', coordinator), { proposalId: P, proposalTitle: 'T', filter: {}, page: { ...page, total: 0, items: [], next: null }, picks: [], filterError: 'Too long.' }).value;
    expect(html).toContain('No responses match these filters.');
    expect(html).toContain('<a class="utrecht-link" href="#f-zoek">Too long.</a>');
    expect(html).toContain('0 responses found');
  });

  it('maps the page filters to the API and the pick form to its body; nothing ticked is nothing to send', () => {
    expect(readingRoomApiQuery(readingRoomFilterOf({ zoek: '  mkb ', organisatie: 'nee', openbaar: 'ja', status: 'rejected', vraag: Q, onderwerp: '3' }))).toEqual({ q: 'mkb', questionId: Q, organisation: 'false', public: 'true', status: 'rejected' });
    expect(readingRoomFilterOf({ status: 'awaiting-verification', vraag: "x' OR 1=1", organisatie: 'misschien' })).toEqual({ zoek: undefined, vraag: undefined, organisatie: undefined, openbaar: undefined, status: undefined, onderwerp: undefined });
    expect(reportPickBody({ kies: [R1, 'nope', R2], onderwerp: '2', actie: 'add' })).toEqual({ slot: 2, responseIds: [R1, R2], action: 'add' });
    expect(reportPickBody({ kies: R1, actie: 'remove' })).toEqual({ slot: 1, responseIds: [R1], action: 'remove' });
    expect(reportPickBody({ onderwerp: '2' })).toBeNull();
    expect(pickedResponseValues({ 'responses.1': [R1, R2], 'responses.2': R2, 'responses.3': 'typed-by-hand' })).toEqual({ 'responses.1': `${R1},${R2}`, 'responses.2': R2 });
  });

  it('offers the picked responses on the report form, ticked, with a link to pick more — no field for typed ids', () => {
    const picks = [{ slot: 1, responseId: R1, excerpt: 'Eerste <b>' }, { slot: 2, responseId: R2, excerpt: 'Tweede' }];
    const fresh = renderConsultationReportForm(testPageContext('nl', coordinator), P, 'Voorstel', { values: {}, errors: {} }, undefined, undefined, picks).value;
    expect(fresh).toContain(`name="responses.1" value="${R1}" checked`);
    expect(fresh).toContain('Eerste &lt;b&gt;');
    expect(fresh).toContain(`href="/coordinatie/voorstellen/${P}/leeszaal?onderwerp=3"`);
    expect(fresh).not.toContain('gescheiden door komma');
    // Shown again after an error: what was unticked stays unticked.
    const again = renderConsultationReportForm(testPageContext('nl', coordinator), P, 'Voorstel', { values: { summary: 'x', 'responses.2': R2 }, errors: { summary: 'Te kort.' } }, undefined, undefined, picks).value;
    expect(again).not.toContain(`value="${R1}" checked`);
    expect(again).toContain(`name="responses.2" value="${R2}" checked`);
  });
});
