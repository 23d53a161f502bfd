import { AMENDMENT_KINDS, OUTCOMES, SBI_SECTIONS, TECHNOLOGIES } from '@pb/contracts';
import { translatorFor } from '@pb/i18n';
import type { Figure, ReviewContent, ThemeSection } from '../../domain/review-content';
import { renderReviewHtml } from './review-html.renderer';
import { renderReviewPdf } from './review-pdf.renderer';

// pdf-parse's index runs a self-test when it has no parent module (as under jest); its lib entry does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const parse: (data: Uint8Array) => Promise<{ text: string }> = require('pdf-parse/lib/pdf-parse.js');
// Its pdf.js (1.10) misreads some valid PDFs handed over as a Node Buffer ("bad XRef entry") and
// reads the same bytes as a plain Uint8Array.
const pdfParse = (data: Buffer) => parse(new Uint8Array(data));

const WWFT = 'BWBR0024282';
const STATUSES = ['proposed', 'accepted', 'declined', 'applied'];

let n = 0;
const figure = (id: string): Figure => ({ id, value: ++n, drillDown: `/api/review/years/2026/revisions/2/figures/${id}` });

function theme(code: string, version: string | null, title: string, extra: Partial<ThemeSection> = {}): ThemeSection {
  const f = (key: string) => figure(`${code}.${key}`);
  return {
    code,
    version,
    title,
    reports: { received: f('received'), receivedPreviousYear: f('previous'), change: 1, resolved: f('resolved'), open: f('open'), rejected: f('rejected'), duplicates: f('duplicates'), clusters: f('clusters'), overdue: f('overdue') },
    handlingWorkingDays: { median: f('median'), p90: f('p90') },
    outcomes: [],
    regulations: [],
    technologies: [],
    sectors: [],
    consultations: { proposals: f('p'), proposalsPreviousYear: f('pp'), responses: f('r'), responsesPreviousYear: f('rp'), responsesFromOrganisations: f('ro'), responsesFromIndividuals: f('ri'), respondents: f('re'), reports: f('cr') },
    consultationReports: [],
    notableResponses: [],
    amendments: [],
    ...extra,
  };
}

// Every code the review can carry: each outcome, technology and sector, each amendment kind in each status.
const amendments = AMENDMENT_KINDS.flatMap((kind, k) => STATUSES.map((status, s) => ({ id: `am-${k}-${s}`, kind, status, summary: `Wijziging ${k}.${s}`, reason: null, evidence: [], citedRegulations: [WWFT] })));
const health = theme('1.1', '2018.0', 'Gezondheid', {
  outcomes: OUTCOMES.map((code) => ({ value: code, figure: figure(`outcome.${code}`) })),
  regulations: [{ value: WWFT, figure: figure('regulation.wwft') }, { value: '-', figure: figure('regulation.none') }],
  regulationsByClusters: [
    { bwbId: WWFT, clusters: figure('clusters.wwft'), amendments: ['am-0-1'] },
    { bwbId: '-', clusters: figure('clusters.none'), amendments: [] },
  ],
  technologies: TECHNOLOGIES.map((code) => ({ value: code, figure: figure(`technology.${code}`) })),
  sectors: SBI_SECTIONS.map((code) => ({ value: code, figure: figure(`sector.${code}`) })),
  amendments,
});
const unclassified = theme('-', null, 'Nog niet ingedeeld / Not classified yet');
const totals = Object.fromEntries(['barrierReports', 'barrierReportsPreviousYear', 'resolvedBarrierReports', 'overdueBarrierReports', 'duplicateClusters', 'proposals', 'responses', 'respondents'].map((k) => [k, figure(`totals.${k}`)]));
const review = { year: 2026, revision: 2, compiledAt: '2026-12-01T10:00:00Z', asOfPosition: 1, strategyVersion: '2018.0', totals, themes: [health, unclassified] } as unknown as ReviewContent;

/** Every code with its catalogue key: the labels a reader must see instead. */
const CODES: { code: string; key: string }[] = [
  ...OUTCOMES.map((code) => ({ code, key: `review:outcome.${code}` })),
  ...TECHNOLOGIES.map((code) => ({ code, key: `labels:technology.${code}` })),
  ...SBI_SECTIONS.map((code) => ({ code, key: `labels:sector.${code}` })),
  ...AMENDMENT_KINDS.map((code) => ({ code, key: `labels:amendmentKind.${code}` })),
  ...STATUSES.map((code) => ({ code, key: `labels:amendmentStatus.${code}` })),
];
const nl = translatorFor('nl');
const en = translatorFor('en');

/** The text a reader sees: the HTML without its tags (addresses, ids and classes are no text), entities decoded. */
const textOf = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A code standing as a word of its own; a sector letter as the whole of a text or before its figure
 * ("J 12"), since its label starts with it ("J – Informatie en communicatie").
 */
const leaks = (text: string, code: string): boolean =>
  code.length === 1
    ? text.split('\n').some((t) => t.trim() === code) || new RegExp(`(^|[\\s,:])${code} \\d`).test(text)
    : new RegExp(`(^|[^\\w-])${escapeRe(code)}(?![\\w-])`).test(text);

describe("the review's documents speak the reader's language, never the codes", () => {
  const documents = async (lang: 'nl' | 'en') => ({
    html: textOf(renderReviewHtml(review, lang)),
    pdf: (await pdfParse(await renderReviewPdf(review, lang, [], 'https://permanentbeta.example'))).text,
  });

  it('labels every outcome, technology, sector and amendment kind and status in Dutch, and shows no English label', async () => {
    const { html, pdf } = await documents('nl');
    for (const text of [html, pdf]) {
      const flat = text.replace(/\s+/g, ' ');
      for (const { code, key } of CODES) {
        expect(flat).toContain(nl(key));
        expect({ code, leaks: leaks(text, code) }).toEqual({ code, leaks: false });
        if (en(key) !== nl(key)) expect({ key, english: flat.includes(en(key)) }).toEqual({ key, english: false });
      }
    }
  });

  it('labels every code in English, and shows no Dutch label', async () => {
    const { html, pdf } = await documents('en');
    for (const text of [html, pdf]) {
      const flat = text.replace(/\s+/g, ' ');
      for (const { code, key } of CODES) {
        expect(flat).toContain(en(key));
        // "forwarded" is its own English label; "proposed" is a word of the English labels.
        if (code.length > 1 && en(key) !== code && !['proposed'].includes(code)) expect({ code, leaks: leaks(text.replace(new RegExp(escapeRe(en(key)), 'g'), ''), code) }).toEqual({ code, leaks: false });
        if (en(key) !== nl(key)) expect({ key, dutch: flat.includes(nl(key)) }).toEqual({ key, dutch: false });
      }
    }
  });

  it('names the reports not classified yet in the reader’s language, never by the code "-" or both languages at once', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const [own, other] = lang === 'nl' ? ['Nog niet ingedeeld', 'Not classified yet'] : ['Not classified yet', 'Nog niet ingedeeld'];
      const html = renderReviewHtml(review, lang);
      expect(html).toContain(`<h2 id="h---none">${own}</h2>`);
      expect(html).toContain(`<li><a href="#theme---none">${own}</a></li>`);
      const { pdf } = await documents(lang);
      for (const text of [textOf(html), pdf]) {
        expect(text).toContain(own);
        expect(text).not.toContain(other);
        expect(text).not.toMatch(/(^|\s)- (Nog|Not)/m);
      }
    }
  });

  it('ranks the regulations by clusters with the amendments citing them, each regulation a link to its page (absolute in the PDF)', async () => {
    const html = renderReviewHtml(review, 'nl');
    expect(html).toContain('<caption>Regelingen naar het aantal clusters van dubbele meldingen, met de wijzigingen die ze als grond aanhalen</caption>');
    expect(html).toMatch(
      new RegExp(
        `<tr><th scope="row"><a href="/regelgeving/${WWFT}">Wet ter voorkoming van witwassen en financieren van terrorisme \\(${WWFT}\\)</a></th><td><a href="[^"]*clusters\\.wwft"[^>]*>\\d+</a></td><td><a href="[^"]*regulation\\.wwft"[^>]*>\\d+</a></td><td class="text">Actie toevoegen: Wijziging 0\\.1 \\(Aangenomen\\)</td></tr>`,
      ),
    );
    expect(html).toMatch(/<tr><th scope="row">Onbekend \/ niet herkend<\/th><td><a [^>]*clusters\.none[^>]*>\d+<\/a><\/td><td><a [^>]*>\d+<\/a><\/td><td class="text">—<\/td><\/tr>/);
    const pdf = await renderReviewPdf(review, 'en', [], 'https://permanentbeta.example/');
    expect(pdf.toString('latin1')).toContain(`/URI (https://permanentbeta.example/regelgeving/${WWFT})`);
    expect((await pdfParse(pdf)).text.replace(/\s+/g, ' ')).toMatch(/Regulations by clusters of barriers Wet ter voorkoming van witwassen en financieren van terrorisme \(BWBR0024282\): Clusters \d+, Reports \d+; Amendments on this evidence: Add an action: Wijziging 0\.1 \(Accepted\)/);
  });
});
