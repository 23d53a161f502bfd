import { EU_ACT_ID_PATTERN, REGULATION_ID_PATTERN } from '@pb/contracts/vocabulary';
import { followLinks } from '../../web/follow';
import type { FigureRecord, FigureRecords, RegulationDetail, RegulationSummary, ReviewFigure, ReviewTheme } from '../../clients/review.types';
import { formatDate, table } from '../../web/components';
import { html, HtmlValue, query, SafeHtml } from '../../web/html';
import { label, reviewThemeName } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';

/** How many records of each kind the review's regulation endpoint lists (GetRegulationHandler). */
const LISTED = 200;

/** A regulation as people know it: its abbreviation and title, or its id when the index does not know it. */
export function regulationLabel(ctx: PageContext, r: Pick<RegulationSummary, 'bwbId' | 'title' | 'abbreviation'>): string {
  if (!r.title) return ctx.msg('regulations:page.unknownTitle', { bwbId: r.bwbId });
  return r.abbreviation ? `${r.title} (${r.abbreviation})` : r.title;
}

/** The page of a regulation, for an index key (a BWB id or an EU act's `EU-…`); none for "-" (not identified). */
export const regulationPage = (bwbId: string): string | null => (REGULATION_ID_PATTERN.test(bwbId) ? `/regelgeving/${bwbId}` : null);

/**
 * The portal page listing a figure's records, for the review API's drill-down link
 * (`/api/review/years/2026/revisions/2/figures/<id>` → `/jaaroverzichten/2026/revisies/2/cijfers/<id>`);
 * anything else stays as it is.
 */
export function drillDownPage(apiUrl: string): string {
  const m = /^\/api\/review\/years\/(\d{4})\/revisions\/(\d+)\/figures\/([^/?#]+)$/.exec(apiUrl);
  return m ? `/jaaroverzichten/${m[1]}/revisies/${m[2]}/cijfers/${m[3]}` : apiUrl;
}

/** A figure as a link to the page of its records. */
export function figureLink(f: ReviewFigure | undefined): HtmlValue {
  if (!f) return '—';
  const value = f.value === null ? '—' : String(f.value);
  return f.drillDown?.startsWith('/') ? html`<a class="utrecht-link" href="${drillDownPage(f.drillDown)}">${value}</a>` : value;
}

/** `/regelgeving`: every regulation cited anywhere, most reported first. */
export function renderRegulationIndex(ctx: PageContext, items: RegulationSummary[]): SafeHtml {
  const m = ctx.msg;
  const title = m('regulations:index.title');
  return layout(ctx, {
    title,
    section: 'monitor',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${m('regulations:index.intro')}</p>
${
  items.length
    ? table(
        m('regulations:index.caption'),
        [m('regulations:col.regulation'), m('regulations:col.reports'), m('regulations:col.clusters'), m('regulations:col.responses'), m('regulations:col.amendments'), m('regulations:col.years')],
        items.map((r) => [
          html`<a class="utrecht-link" href="/regelgeving/${r.bwbId}">${regulationLabel(ctx, r)}</a>`,
          r.reports,
          r.clusters,
          r.responses,
          r.amendments,
          r.firstYear === r.lastYear ? String(r.firstYear) : `${r.firstYear}–${r.lastYear}`,
        ]),
      )
    : html`<p class="utrecht-paragraph">${m('regulations:index.empty')}</p>`
}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/api/review/regulations">${m('regulations:index.json')}</a></p>`,
  });
}

const outcomesText = (ctx: PageContext, outcomes: Record<string, number>): string =>
  Object.entries(outcomes)
    .map(([code, n]) => `${label(ctx, 'outcome', code)}: ${n}`)
    .join(', ') || '—';

/** `/regelgeving/BWBR…` or `/regelgeving/EU-…`: a regulation's figures per year and every record citing it, each linked to its public page. */
export function renderRegulation(ctx: PageContext, r: RegulationDetail): SafeHtml {
  const m = ctx.msg;
  const title = regulationLabel(ctx, r);
  const empty = html`<p class="utrecht-paragraph">${m('regulations:page.none')}</p>`;
  const nothing = !r.years.length;
  return layout(ctx, {
    title,
    section: 'monitor',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${r.bwbId} · <a class="utrecht-link" href="${r.url}">${m(EU_ACT_ID_PATTERN.test(r.bwbId) ? 'regulations:page.officialEu' : 'regulations:page.official')}</a>${r.repealed ? html` · ${m('regulations:page.repealed', { date: formatDate(ctx, r.repealed) })}` : ''}</p>
${followLinks(ctx, { kind: 'regulation', ref: r.bwbId })}
${
  nothing
    ? html`<p class="utrecht-paragraph">${m('regulations:page.nothing')}</p>`
    : html`<h2 class="utrecht-heading-2">${m('regulations:page.perYear')}</h2>
${table(
  m('regulations:page.perYearCaption'),
  [m('regulations:col.year'), m('regulations:col.reports'), m('regulations:col.clusters'), m('regulations:col.outcomes'), m('regulations:col.responses'), m('regulations:col.amendments')],
  r.years.map((y) => [html`<a class="utrecht-link" href="/jaaroverzichten/${y.year}">${y.year}</a>`, y.reports, y.clusters, outcomesText(ctx, y.outcomes), y.responses, y.amendments]),
)}
<h2 class="utrecht-heading-2">${m('regulations:page.articles')}</h2>
${
  r.articles.length
    ? table(
        m('regulations:page.articlesCaption'),
        [m('regulations:col.article'), m('regulations:col.reports'), m('regulations:col.responses'), m('regulations:col.amendments')],
        r.articles.map((a) => [a.article, a.reports, a.responses, a.amendments]),
      )
    : empty
}
<h2 class="utrecht-heading-2">${m('regulations:page.reports')}</h2>
${
  r.reports.length
    ? table(
        m('regulations:page.reportsCaption'),
        [m('regulations:col.reference'), m('regulations:col.year'), m('regulations:col.article'), m('regulations:col.status'), m('regulations:col.outcome'), m('regulations:col.duplicates')],
        r.reports.map((p) => [
          // Only a report in the public register has a public page; the others are counted, not shown.
          p.published && p.reference ? html`<a class="utrecht-link" href="/register/${p.reference}">${p.reference}</a> (${m('regulations:page.inRegister')})` : html`${p.reference ?? '—'} (${m('regulations:page.notPublic')})`,
          p.year,
          p.article ?? '—',
          label(ctx, 'status', p.status),
          label(ctx, 'outcome', p.outcome),
          p.duplicates,
        ]),
      )
    : empty
}
<h2 class="utrecht-heading-2">${m('regulations:page.responses')}</h2>
${
  r.responses.length
    ? table(
        m('regulations:page.responsesCaption'),
        [m('regulations:col.record'), m('regulations:col.year'), m('regulations:col.article'), m('regulations:col.consultation')],
        r.responses.map((p) => [
          p.visible ? html`<a class="utrecht-link" href="/consultaties/${p.proposalId}#reactie-${p.responseId}">${m('regulations:page.response')}</a>` : html`${m('regulations:page.response')} (${m('regulations:page.notPublic')})`,
          p.year,
          p.article ?? '—',
          html`<a class="utrecht-link" href="/consultaties/${p.proposalId}">${m('regulations:col.consultation')}</a>`,
        ]),
      )
    : empty
}
<h2 class="utrecht-heading-2">${m('regulations:page.amendments')}</h2>
${
  r.amendments.length
    ? table(
        m('regulations:page.amendmentsCaption'),
        [m('regulations:col.summary'), m('regulations:col.kind'), m('regulations:col.theme'), m('regulations:col.article'), m('regulations:col.status')],
        r.amendments.map((a) => [
          html`<a class="utrecht-link" href="/jaaroverzichten/${a.year}">${a.summary}</a> (${m('regulations:page.inReview', { year: a.year })})`,
          label(ctx, 'amendmentKind', a.kind),
          a.themeCode,
          a.article ?? '—',
          label(ctx, 'amendmentStatus', a.status),
        ]),
      )
    : empty
}
<p class="utrecht-paragraph pb-hint">${m('regulations:page.limit', { count: LISTED })}</p>`
}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/regelgeving">${m('regulations:page.back')}</a> · <a class="utrecht-link" href="/api/review/regulations/${r.bwbId}">${m('regulations:index.json')}</a></p>`,
  });
}

/** One record of a figure, linked to its public page where it has one. */
function recordCells(ctx: PageContext, r: FigureRecord): HtmlValue[] {
  const m = ctx.msg;
  // An endorsement is counted by the review, but says nothing of who endorsed: the entry it joined, and its theme.
  if (r.type === 'endorsement') {
    return [
      m('desk2:drill.endorsement'),
      r.published && r.reference ? html`<a class="utrecht-link" href="/register/${r.reference}">${r.reference}</a>` : html`${r.reference ?? r.reportId ?? r.id} (${m('regulations:page.notPublic')})`,
      r.theme ? m('desk2:drill.endorsement-theme', { theme: r.theme }) : '—',
    ];
  }
  const type = m(`regulations:drill.type.${r.type}`);
  switch (r.type) {
    case 'barrier-report':
      return [
        type,
        r.published && r.reference ? html`<a class="utrecht-link" href="/register/${r.reference}">${r.reference}</a>` : html`${r.reference ?? r.id} (${m('regulations:page.notPublic')})`,
        [label(ctx, 'status', r.status), r.outcome ? ` · ${label(ctx, 'outcome', r.outcome)}` : '', r.dimension ? ` · ${r.dimension}` : ''],
      ];
    case 'response':
      return [
        type,
        r.public && r.status === 'published' && r.proposalId
          ? html`<a class="utrecht-link" href="/consultaties/${r.proposalId}#reactie-${r.id}">${m('regulations:page.response')}</a>`
          : html`${m('regulations:page.response')} (${m('regulations:page.notPublic')})`,
        r.proposalId ? html`<a class="utrecht-link" href="/consultaties/${r.proposalId}">${m('regulations:col.consultation')}</a>` : '—',
      ];
    case 'proposal':
      return [type, html`<a class="utrecht-link" href="/consultaties/${r.id}">${r.title ?? r.id}</a>`, r.status ?? '—'];
    default:
      return [type, r.id, m('regulations:drill.respondent')];
  }
}

/** `/jaaroverzichten/2026/revisies/2/cijfers/<id>`: the records a figure of a revision counted, a page at a time. */
export function renderFigureRecords(ctx: PageContext, year: string, revision: string, figureId: string, data: FigureRecords, cursor: string | undefined): SafeHtml {
  const m = ctx.msg;
  const value = data.figure.value === null ? '—' : String(data.figure.value);
  const title = m('regulations:drill.title', { value });
  const path = `/jaaroverzichten/${year}/revisies/${revision}/cijfers/${encodeURIComponent(figureId)}`;
  return layout(ctx, {
    title,
    section: 'reviews',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${m('regulations:drill.intro', { year, revision })} ${m('regulations:drill.total', { count: data.total })}</p>
${
  data.items.length
    ? table(m('regulations:drill.caption'), [m('regulations:col.type'), m('regulations:col.record'), m('regulations:col.status')], data.items.map((r) => recordCells(ctx, r)))
    : html`<p class="utrecht-paragraph">${m('regulations:drill.empty')}</p>`
}
${pager(ctx, path, {}, data.next, cursor)}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/jaaroverzichten/${year}">${m('regulations:drill.back', { year })}</a> · <a class="utrecht-link" href="/api/review/years/${year}/revisions/${revision}/figures/${encodeURIComponent(figureId)}${query({ cursor })}">${m('regulations:drill.json')}</a></p>`,
  });
}

/**
 * The annual review's per-theme ranking of regulations by barrier clusters, each linked to its page
 * and to the records of its figure, with the amendments that cite it as evidence.
 */
export function regulationsByClustersView(ctx: PageContext, th: ReviewTheme): SafeHtml {
  const ranked = th.regulationsByClusters ?? [];
  if (!ranked.length) return html``;
  const m = ctx.msg;
  const amendments = new Map((th.amendments ?? []).map((a) => [a.id, a]));
  return html`<h4 class="utrecht-heading-4">${m('regulations:review.byClusters')}</h4>
${table(
  `${m('regulations:review.byClustersCaption')} (${reviewThemeName(ctx, th)})`,
  [m('regulations:col.regulation'), m('regulations:col.clusters'), m('regulations:review.evidence')],
  ranked.map((r) => {
    const page = regulationPage(r.bwbId);
    return [
      page ? html`<a class="utrecht-link" href="${page}">${r.bwbId}</a>` : m('regulations:review.notIdentified'),
      figureLink(r.clusters),
      r.amendments.length ? r.amendments.map((id, i) => html`${i ? '; ' : ''}${amendments.get(id)?.summary ?? id}`) : '—',
    ];
  }),
)}`;
}
