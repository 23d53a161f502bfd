import { chartFigureHtml, renderChart, reviewChartSpecs } from '@pb/charts';
import { dutchLaw } from '@pb/regulations';
import type { RegisterEntry } from '../../clients/loket.types';
import type { CompileJob, OpenDataset, ReviewContent, ReviewFigure, ReviewNarrative, ReviewTheme } from '../../clients/review.types';
import type { StrategyVersion, StrategyVersionList } from '../../clients/strategy.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, formatDate, table } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, HtmlValue, raw, SafeHtml } from '../../web/html';
import { known, label, reviewThemeName, themeLabel } from '../../web/labels';
import { followLinks } from '../../web/follow';
import { registerFilterForm, RegisterFilterValues } from './register-filters.views';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';
import { consultationAnalysesView } from './consultation-analyses.views';
import { figureLink, regulationsByClustersView } from './regulations.views';

/* Journeys 4, 7, 8 and open data: what anyone may read. */


function describe(item: unknown): string {
  if (typeof item === 'string') return item;
  const o = item as { code?: string; themeCode?: string; title?: string; summary?: string; text?: string };
  return [o.code ?? o.themeCode, o.title ?? o.summary ?? o.text].filter(Boolean).join(' ');
}

/**
 * A dataset's title, description and column meanings in the reader's language, from the catalogue
 * (`public:openDataset.<dataset>.*`, keyed by the dataset's and the column's names). The API's own
 * strings are for machines reading the metadata; they show only for a dataset the catalogue does not
 * know yet (the review's datasets spec fails on one).
 */
const datasetTitle = (ctx: PageContext, d: OpenDataset): string => known(ctx.msg(`public:openDataset.${d.name}.title`), d.title);
const datasetDescription = (ctx: PageContext, d: OpenDataset): string => (d.description ? known(ctx.msg(`public:openDataset.${d.name}.description`), d.description) : '');
const columnMeaning = (ctx: PageContext, d: OpenDataset, c: { name: string; description: string }): string => known(ctx.msg(`public:openDataset.${d.name}.columns.${c.name}`), c.description);

/** The columns of a dataset, so a reader knows what each CSV column means before downloading it. */
function datasetSchema(ctx: PageContext, d: OpenDataset): SafeHtml {
  const columns = Array.isArray(d.schema?.columns) ? d.schema.columns : [];
  if (!columns.length) return html``;
  const description = datasetDescription(ctx, d);
  return html`<h2 class="utrecht-heading-2" id="schema-${d.name}">${datasetTitle(ctx, d)}</h2>
${description ? html`<p class="utrecht-paragraph">${description}</p>` : ''}
${table(
  ctx.msg('public:publicData.columnsOfNameCsv', { name: d.name }),
  [ctx.msg('public:publicData.column'), ctx.msg('public:publicData.type'), ctx.msg('public:publicData.meaning')],
  columns.map((c) => [html`<code>${c.name}</code>`, known(ctx.msg(`public:columnType.${c.type}`), c.type), columnMeaning(ctx, d, c)]),
)}`;
}

/** A public page whose service did not answer. */
export function renderPublicUnavailable(ctx: PageContext, title: string, section: string, reason: 'timeout' | 'down' | 'error' | undefined): SafeHtml {
  return layout(ctx, { title, section, body: html`${heading1(title)}${unavailableMessage(ctx, reason ?? 'error')}` });
}

/** The register: resolved barriers whose reporter allowed publication, without personal data. */
export function renderRegister(
  ctx: PageContext,
  r: { items: RegisterEntry[]; total: number; next: string | null },
  cursor: string | undefined,
  themes: readonly ThemeOption[] = [],
  filters: RegisterFilterValues = {},
  invalidFilters = false,
): SafeHtml {
  const title = ctx.msg('public:publicData.registerOfBarriers');
  return layout(ctx, {
    title,
    section: 'register',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${ctx.msg('public:publicData.resolvedBarriersWhoseReporterAllowedPublication')}${Object.keys(filters).length ? '' : html` ${r.total} ${ctx.msg('public:publicData.inTotal')}`}</p>
${registerFilterForm(ctx, { values: filters, errors: {} }, themes)}
${invalidFilters ? alert('warning', html`<p class="utrecht-paragraph">${ctx.msg('register-filters:invalid')}</p>`) : ''}
${Object.keys(filters).length ? html`<p class="utrecht-paragraph" role="status" id="register-results">${ctx.msg('register-filters:results', { count: r.total })}</p>` : ''}
${r.items.map(
  (e) => html`<article class="pb-card pb-section" aria-labelledby="reg-${e.reference}"><h2 class="utrecht-heading-3" id="reg-${e.reference}"><a class="utrecht-link" href="/register/${e.reference}">${e.title}</a></h2>
<p class="utrecht-paragraph">${e.regulation.name}${e.regulation.article ? `, art. ${e.regulation.article}` : ''}${e.regulation.bwbId ? html` (<a class="utrecht-link" href="https://wetten.overheid.nl/${e.regulation.bwbId}">${e.regulation.bwbId}</a>)` : ''} · ${label(ctx, 'technology', e.technology)}${e.theme ? ` · ${ctx.msg('public:publicData.theme')} ${themeLabel(themes, e.theme)}` : ''}</p>
<p class="utrecht-paragraph"><strong>${label(ctx, 'outcome', e.outcome)}</strong> (${formatDate(ctx, e.resolvedAt)})${e.clusterSize > 1 ? ` · ${ctx.msg('register-filters:reported-by', { count: e.clusterSize })}` : ''}</p>
<p class="utrecht-paragraph">${e.explanation}</p></article>`,
)}
${pager(ctx, '/register', filters, r.next, cursor)}`,
  });
}

/** The current strategy, its versions and its themes. */
export function renderStrategy(ctx: PageContext, v: StrategyVersion, versions: StrategyVersionList, cursor: string | undefined): SafeHtml {
  const title = ctx.msg('public:publicData.strategy');
  return layout(ctx, {
    title,
    section: 'strategy',
    body: html`${heading1(v.title)}
<p class="utrecht-paragraph">${ctx.msg('public:publicData.currentVersion')} <strong>${v.version}</strong>, ${ctx.msg('public:publicData.published')} ${formatDate(ctx, v.publishedAt)}.</p>
<h2 class="utrecht-heading-2">${ctx.msg('public:publicData.versions')}</h2>
${table(
  ctx.msg('public:publicData.versionsOfTheStrategy'),
  [ctx.msg('public:publicData.version'), ctx.msg('public:publicData.published2'), ctx.msg('public:publicData.changes')],
  versions.items.map((x) => [
    html`<a class="utrecht-link" href="/strategie/versies/${x.version}">${x.version}</a>`,
    formatDate(ctx, x.publishedAt),
    String(x.changelog?.length ?? 0),
  ]),
)}
${pager(ctx, '/strategie', {}, versions.next, cursor)}
<h2 class="utrecht-heading-2">${ctx.msg('public:publicData.themes')}</h2>
${(v.themes ?? []).map((th) => strategyTheme(ctx, th))}`,
  });
}

type Theme = NonNullable<StrategyVersion['themes']>[number];

/**
 * A theme with its ambition and actions in the page's language (issue 11 item 7): on an English
 * page the English where the strategy has it, else the Dutch marked `lang="nl"` (WCAG 3.1.2) with
 * a visible "(only available in Dutch)".
 */
export function strategyTheme(ctx: PageContext, th: Theme): SafeHtml {
  const english = ctx.lang === 'en';
  const dutchNote = html` <span class="pb-lang-note">${ctx.msg('translations:onlyDutch')}</span>`;
  const title = english && th.en?.title ? th.en.title : th.title;
  const titleHtml = english && !th.en?.title ? html`<span lang="nl">${th.title}</span>${dutchNote}` : html`${title}`;
  const ambition = !th.ambition ? '' : english && !th.en?.ambition ? html`<p class="utrecht-paragraph"><span lang="nl">${th.ambition}</span>${dutchNote}</p>` : html`<p class="utrecht-paragraph">${english ? th.en!.ambition : th.ambition}</p>`;
  const actionsInEnglish = english && th.en?.actions?.length;
  const actions = th.actions?.length
    ? html`${english && !actionsInEnglish ? html`<p class="utrecht-paragraph pb-lang-note">${ctx.msg('translations:actionsOnlyDutch')}</p>` : ''}<ul class="utrecht-unordered-list"${raw(english && !actionsInEnglish ? ' lang="nl"' : '')}>${(actionsInEnglish ? th.en!.actions! : th.actions).map((a) => html`<li class="utrecht-unordered-list__item">${a}</li>`)}</ul>`
    : '';
  return html`<h3 class="utrecht-heading-3">${th.code} ${titleHtml}</h3>${ambition}${actions}${followLinks(ctx, { kind: 'theme', ref: th.code }, title)}`;
}

/** One strategy version: its changelog and, when there is a previous version, the difference. */
export function renderStrategyVersion(ctx: PageContext, version: string, v: StrategyVersion): SafeHtml {
  const title = `${ctx.msg('public:publicData.strategyVersion')} ${version}`;
  const previous = v.previousVersion;
  const list = (items: unknown[] | undefined): HtmlValue => (items?.length ? html`<ul class="utrecht-unordered-list">${items.map((i) => html`<li class="utrecht-unordered-list__item">${describe(i)}</li>`)}</ul>` : html`<p class="utrecht-paragraph">—</p>`);
  return layout(ctx, {
    title,
    section: 'strategy',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/strategie">${ctx.msg('public:publicData.backToTheStrategy')}</a></p>
${heading1(title)}
<p class="utrecht-paragraph">${ctx.msg('public:publicData.published2')} ${formatDate(ctx, v.publishedAt)}${previous ? html` · ${ctx.msg('public:publicData.previousVersion')} <a class="utrecht-link" href="/strategie/versies/${previous}">${previous}</a>` : ''}</p>
<h2 class="utrecht-heading-2">${ctx.msg('public:publicData.changelog')}</h2>
${v.changelog?.length ? table(ctx.msg('public:publicData.changesInThisVersion'), [ctx.msg('public:publicData.kind'), ctx.msg('public:publicData.theme2'), ctx.msg('public:publicData.summary')], v.changelog.map((c) => [known(ctx.msg(`public:publicData.changeKind.${c.kind}`), c.kind), themeLabel(v.themes ?? [], c.themeCode), c.summary])) : html`<p class="utrecht-paragraph">${ctx.msg('public:publicData.thisIsTheStartingVersionThere')}</p>`}
${
  v.diff
    ? html`<h2 class="utrecht-heading-2">${ctx.msg('public:publicData.differenceFrom')} ${v.diff.from}</h2>
<h3 class="utrecht-heading-3">${ctx.msg('public:publicData.added')}</h3>${list(v.diff.added)}
<h3 class="utrecht-heading-3">${ctx.msg('public:publicData.changed')}</h3>${
      v.diff.changed?.length
        ? html`<ul class="utrecht-unordered-list">${v.diff.changed.map(
            (c) => html`<li class="utrecht-unordered-list__item">${describe(c)}
${c.ambition ? html`<p class="utrecht-paragraph"><del>${c.ambition.from}</del><br><ins>${c.ambition.to}</ins></p>` : ''}
${c.actions?.added?.length || c.actions?.removed?.length ? html`<ul class="utrecht-unordered-list">${(c.actions?.added ?? []).map((a) => html`<li class="utrecht-unordered-list__item"><ins>${ctx.msg('public:publicData.newAction')}: ${a}</ins></li>`)}${(c.actions?.removed ?? []).map((a) => html`<li class="utrecht-unordered-list__item"><del>${ctx.msg('public:publicData.retiredAction')}: ${a}</del></li>`)}</ul>` : ''}</li>`,
          )}</ul>`
        : html`<p class="utrecht-paragraph">—</p>`
    }
<h3 class="utrecht-heading-3">${ctx.msg('public:publicData.removed')}</h3>${list(v.diff.removed)}`
    : ''
}`,
  });
}

/** The annual reviews of the last three years. */
export function renderReviews(ctx: PageContext, years: number[]): SafeHtml {
  const title = ctx.msg('public:publicData.annualReviews');
  return layout(ctx, {
    title,
    section: 'reviews',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${ctx.msg('public:publicData.everyYearThePlatformCompilesThe')}</p>
<ul class="utrecht-unordered-list">${years.map((y) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/jaaroverzichten/${y}">${ctx.msg('public:publicData.annualReview')} ${y}</a></li>`)}</ul>`,
  });
}

/**
 * The review's charts: the same definition as its HTML and PDF documents (`reviewChartSpecs`), so
 * the page, the documents and the JSON show the same figures; each SVG with its text alternative
 * and data table.
 */
function reviewChartsView(ctx: PageContext, review: ReviewContent): SafeHtml {
  const specs = reviewChartSpecs(review, {
    t: (key, params) => ctx.msg(key, params),
    outcome: (code) => label(ctx, 'outcome', code),
    regulation: (bwbId) => (bwbId === '-' ? ctx.msg('review:label.unidentified-regulation') : (dutchLaw(bwbId)?.abbreviations[0] ?? dutchLaw(bwbId)?.title ?? bwbId)),
    theme: (th) => reviewThemeName(ctx, th),
    lang: ctx.lang,
    month: (month) => new Intl.DateTimeFormat(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`)),
  });
  if (!specs.length) return html``;
  return html`<h2 class="utrecht-heading-2" id="grafieken">${ctx.msg('review-charts:heading')}</h2>
${specs.map((spec) => html`<h3 class="utrecht-heading-3">${spec.title}</h3>${raw(chartFigureHtml(renderChart(spec, ctx.lang), { table: ctx.msg('review-charts:show-table') }))}`)}`;
}

/** One year's review (when compiled), with the progress of a compile the coordinator just started. */
export function renderAnnualReview(ctx: PageContext, year: string, review: ReviewContent | undefined, job: CompileJob | undefined, narrative?: ReviewNarrative, dutchNarrative?: ReviewNarrative): SafeHtml {
  const title = `${ctx.msg('public:publicData.annualReview')} ${year}`;
  const running = job && (job.status === 'queued' || job.status === 'running');
  // A figure links to the page of the records it counted (the API's JSON is linked from there).
  const figure = (f: ReviewFigure | undefined): HtmlValue => figureLink(f);
  // Only text of the revision shown here, and only what a coordinator signed off.
  const signedOff = (n: ReviewNarrative | undefined) => new Map((n && review && n.revision === review.revision ? n.themes : []).filter((t) => t.status === 'signed-off').map((t) => [t.code, t]));
  const texts = signedOff(narrative);
  // An English page without the English text shows the signed-off Dutch one, marked as Dutch (as the review's documents do).
  const dutchTexts = ctx.lang === 'en' ? signedOff(dutchNarrative) : new Map<string, ReviewNarrative['themes'][number]>();
  const themes = (review?.themes ?? []).filter(
    (th) =>
      texts.has(th.code) ||
      dutchTexts.has(th.code) ||
      (th.reports?.received?.value ?? 0) > 0 ||
      (th.consultations?.responses?.value ?? 0) > 0 ||
      th.consultationReports?.length ||
      th.consultationAnalyses?.length ||
      th.amendments?.length,
  );
  const themeSection = (th: ReviewTheme): SafeHtml => {
    const dutch = !texts.has(th.code) && dutchTexts.has(th.code);
    const text = texts.get(th.code) ?? dutchTexts.get(th.code);
    // A year can hold one code under two strategy versions: the version keeps ids and names unique.
    const id = `thema-${th.code}-${th.version ?? 'geen'}`;
    return html`<section class="pb-section" aria-labelledby="${id}">
<h3 class="utrecht-heading-3" id="${id}">${reviewThemeName(ctx, th)}${th.version ? ` (${ctx.msg('public:publicData.strategy2')} ${th.version})` : ''}</h3>
${
  text
    ? html`${dutch ? html`<p class="utrecht-paragraph pb-lang-note">${ctx.msg('translations:onlyDutch')}</p>` : ''}<ul class="pb-narrative"${dutch ? raw(' lang="nl"') : ''}>${text.sentences.map(
        (s) =>
          html`<li>${s.text}${s.figures.length ? html` <span class="pb-hint"${dutch ? raw(' lang="en"') : ''}>(${ctx.msg('public:publicData.figures')}: ${s.figures.map((f, i) => html`${i ? ', ' : ''}${figure(f)}`)})</span>` : ''}</li>`,
      )}</ul>`
    : html`<p class="utrecht-paragraph pb-hint">${ctx.msg('public:publicData.theTextForThisThemeHas')}</p>`
}
${th.consultationReports?.length ? html`<h4 class="utrecht-heading-4">${ctx.msg('public:publicData.consultationReports')}</h4><ul class="utrecht-unordered-list">${th.consultationReports.map((c) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/consultaties/${c.proposalId}#verslag">${c.title}</a> (${c.responses} ${c.responses === 1 ? ctx.msg('public:publicData.response') : ctx.msg('public:publicData.responses')})</li>`)}</ul>` : ''}
${consultationAnalysesView(ctx, th)}
${regulationsByClustersView(ctx, th)}
${th.amendments?.length ? html`<h4 class="utrecht-heading-4">${ctx.msg('public:publicData.proposedAmendments')}</h4><ul class="utrecht-unordered-list">${th.amendments.map((a) => html`<li class="utrecht-unordered-list__item">${label(ctx, 'amendmentKind', a.kind)}: ${a.summary} — ${label(ctx, 'amendmentStatus', a.status)}</li>`)}</ul>` : ''}
</section>`;
  };
  return layout(ctx, {
    title,
    section: 'reviews',
    body: html`${heading1(title)}
${
  job
    ? alert(
        job.status === 'failed' ? 'error' : running ? 'info' : 'ok',
        html`<p class="utrecht-paragraph" id="review-progress">${
          job.status === 'failed'
            ? ctx.msg('public:publicData.compilingFailed')
            : running
              ? html`${ctx.msg('public:publicData.theAnnualReviewIsBeingCompiled')}: <progress max="100" value="${job.progress.percent}" aria-label="${ctx.msg('public:publicData.progress')}">${job.progress.percent}%</progress> ${job.progress.percent}% <a class="utrecht-link" href="/jaaroverzichten/${year}?taak=${job.id}">${ctx.msg('public:publicData.refresh')}</a>`
              : ctx.msg('public:publicData.theAnnualReviewHasBeenCompiled')
        }</p>`,
      )
    : ''
}
${
  !review
    ? html`<p class="utrecht-paragraph">${ctx.msg('public:publicData.noReviewHasBeenCompiledFor')}</p>`
    : html`<p class="utrecht-paragraph">${ctx.msg('public:publicData.revision')} ${review.revision}, ${ctx.msg('public:publicData.compiled')} ${formatDate(ctx, review.compiledAt, true)}${review.strategyVersion ? ` · ${ctx.msg('public:publicData.strategy2')} ${review.strategyVersion}` : ''}. ${ctx.msg('public:publicData.alsoAs')} <a class="utrecht-link" href="/api/review/years/${year}.html?lang=${ctx.lang}" hreflang="${ctx.lang}">HTML</a>, <a class="utrecht-link" href="/api/review/years/${year}.pdf?lang=${ctx.lang}" hreflang="${ctx.lang}">PDF</a>, <a class="utrecht-link" href="/api/review/years/${year}">JSON</a>. ${ctx.msg('public:publicData.everyFigureLinksToTheRecords')}</p>
${table(ctx.msg('public:publicData.totals'), [ctx.msg('public:publicData.reports'), ctx.msg('public:publicData.previousYear'), ctx.msg('public:publicData.resolved'), ctx.msg('public:publicData.overdue'), ctx.msg('public:publicData.clusters'), ctx.msg('public:publicData.proposals'), ctx.msg('public:publicData.responses2'), ctx.msg('public:publicData.participants')], [[figure(review.totals?.barrierReports), figure(review.totals?.barrierReportsPreviousYear), figure(review.totals?.resolvedBarrierReports), figure(review.totals?.overdueBarrierReports), figure(review.totals?.duplicateClusters), figure(review.totals?.proposals), figure(review.totals?.responses), figure(review.totals?.respondents)]])}
<h2 class="utrecht-heading-2">${ctx.msg('public:publicData.perTheme')}</h2>
${themes.length ? themes.map(themeSection) : html`<p class="utrecht-paragraph">${ctx.msg('public:publicData.nothingCameInUnderAnyTheme')}</p>`}
${reviewChartsView(ctx, review)}
<h2 class="utrecht-heading-2">${ctx.msg('public:publicData.allFiguresPerTheme')}</h2>
${table(
  ctx.msg('public:publicData.perTheme'),
  [ctx.msg('public:publicData.theme2'), ctx.msg('public:publicData.reports'), ctx.msg('public:publicData.previousYear'), ctx.msg('public:publicData.resolved'), ctx.msg('public:publicData.medianHandlingTimeWorkingDays'), ctx.msg('public:publicData.responses2')],
  (review.themes ?? []).map((th) => [reviewThemeName(ctx, th), figure(th.reports?.received), figure(th.reports?.receivedPreviousYear), figure(th.reports?.resolved), figure(th.handlingWorkingDays?.median), figure(th.consultations?.responses)]),
)}`
}`,
  });
}

/** The open datasets, each with a download and its columns explained. */
export function renderOpenData(ctx: PageContext, sets: OpenDataset[]): SafeHtml {
  const title = ctx.msg('public:publicData.openData');
  return layout(ctx, {
    title,
    section: 'open-data',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${ctx.msg('public:publicData.allFiguresOfThePlatformAs')}</p>
${sets.length ? html`${table(ctx.msg('public:publicData.datasets'), [ctx.msg('public:publicData.dataset'), ctx.msg('public:publicData.download')], sets.map((d) => [datasetTitle(ctx, d), html`<a class="utrecht-link" href="${d.url.startsWith('/') ? d.url : '#'}" download>${d.name}.csv</a>`]))}
${sets.map((d) => datasetSchema(ctx, d))}` : html`<p class="utrecht-paragraph">${ctx.msg('public:publicData.noDatasetsYet')}</p>`}`,
  });
}
