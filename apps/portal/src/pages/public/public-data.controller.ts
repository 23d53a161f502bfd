import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceClient } from '../../clients/service-client';
import { alert, formatDate, table } from '../../web/components';
import { renderNotFound, unavailableMessage } from '../../web/error-pages';
import { html, HtmlValue, query, SafeHtml } from '../../web/html';
import { label, OUTCOME_LABELS, TECHNOLOGY_LABELS } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor, pager } from '../../web/pager';

interface RegisterEntry {
  reference: string;
  title: string;
  regulation: { name: string; article?: string; bwbId?: string };
  technology: string;
  theme: string | null;
  outcome: string;
  explanation: string;
  resolvedAt: string;
  clusterSize: number;
}

interface Theme {
  code: string;
  title: string;
  ambition?: string;
  actions?: string[];
}

interface StrategyVersion {
  version: string;
  previousVersion: string | null;
  title: string;
  publishedAt: string;
  themes?: Theme[];
  changelog?: { kind: string; themeCode: string; summary: string }[];
  diff?: { from: string; to: string; added?: unknown[]; removed?: unknown[]; changed?: unknown[] };
}

const VERSION = /^\d{4}\.\d+$/;

interface ReviewFigure {
  id: string;
  value: number | null;
  drillDown?: string;
}

interface ReviewContent {
  year: number;
  revision: number;
  compiledAt: string;
  strategyVersion: string | null;
  totals?: Record<string, ReviewFigure>;
  themes?: { code: string; title: string; reports?: Record<string, ReviewFigure>; handlingWorkingDays?: { median?: ReviewFigure }; consultations?: Record<string, ReviewFigure> }[];
  consultationReports?: { proposalId: string; title: string; responses: number }[];
  amendments?: { id: string; kind: string; summary: string; status: string }[];
}

interface CompileJob {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  progress: { percent: number };
}

interface ChangedTheme {
  code: string;
  title?: string;
  ambition?: { before?: string; after?: string };
  actions?: { added?: string[]; removed?: string[] };
}

const KIND_LABELS = {
  'add-action': { nl: 'Actie toegevoegd', en: 'Action added' },
  'change-action': { nl: 'Actie gewijzigd', en: 'Action changed' },
  'retire-action': { nl: 'Actie vervallen', en: 'Action retired' },
  'change-ambition': { nl: 'Ambitie gewijzigd', en: 'Ambition changed' },
};

function describe(item: unknown): string {
  if (typeof item === 'string') return item;
  const o = item as { code?: string; themeCode?: string; title?: string; summary?: string; text?: string };
  return [o.code ?? o.themeCode, o.title ?? o.summary ?? o.text].filter(Boolean).join(' ');
}

/** Journeys 4, 7, 8 and open data: what anyone may read. */
/** A dataset as the review's open-data list describes it: its schema is the list of its columns. */
interface OpenDataset {
  name: string;
  title: string;
  description?: string;
  url: string;
  schema?: { columns?: { name: string; type: string; description: string }[] };
}

/** The columns of a dataset, so a reader knows what each CSV column means before downloading it. */
function datasetSchema(ctx: PageContext, d: OpenDataset): SafeHtml {
  const columns = Array.isArray(d.schema?.columns) ? d.schema.columns : [];
  if (!columns.length) return html``;
  return html`<h2 class="utrecht-heading-2" id="schema-${d.name}">${d.title}</h2>
${d.description ? html`<p class="utrecht-paragraph">${d.description}</p>` : ''}
${table(ctx.t(`Kolommen van ${d.name}.csv`, `Columns of ${d.name}.csv`), [ctx.t('Kolom', 'Column'), ctx.t('Type', 'Type'), ctx.t('Betekenis', 'Meaning')], columns.map((c) => [html`<code>${c.name}</code>`, c.type, c.description]))}`;
}

@Controller()
export class PublicDataController {
  constructor(private readonly services: ServiceClient) {}

  private unavailable(ctx: PageContext, res: Response, title: string, section: string, reason?: 'timeout' | 'down' | 'error'): void {
    res.status(503).type('html').send(layout(ctx, { title, section, body: html`${heading1(title)}${unavailableMessage(ctx, reason ?? 'error')}` }).value);
  }

  @Get('register')
  async register(@Page() ctx: PageContext, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    const t = ctx.t;
    const title = t('Register van belemmeringen', 'Register of barriers');
    const cursor = pageCursor(from);
    const result = await this.services.call<{ items: RegisterEntry[]; total: number; next: string | null }>('loket', `/api/loket/register${query({ cursor })}`, { lang: ctx.lang });
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, '/register'); // a stale or edited cursor: start over
    if (!result.ok) return this.unavailable(ctx, res, title, 'register', result.unavailable);
    const r = result.data;
    res.type('html').send(
      layout(ctx, {
        title,
        section: 'register',
        body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Afgehandelde belemmeringen waarvan de melder publicatie toestond, zonder persoonsgegevens.', 'Resolved barriers whose reporter allowed publication, without personal data.')} ${r.total} ${t('in totaal.', 'in total.')}</p>
${r.items.map(
  (e) => html`<article class="pb-card pb-section" aria-labelledby="reg-${e.reference}"><h2 class="utrecht-heading-3" id="reg-${e.reference}">${e.title}</h2>
<p class="utrecht-paragraph">${e.regulation.name}${e.regulation.article ? `, art. ${e.regulation.article}` : ''}${e.regulation.bwbId ? html` (<a class="utrecht-link" href="https://wetten.overheid.nl/${e.regulation.bwbId}">${e.regulation.bwbId}</a>)` : ''} · ${label(TECHNOLOGY_LABELS, e.technology, ctx.lang)}${e.theme ? ` · ${t('thema', 'theme')} ${e.theme}` : ''}</p>
<p class="utrecht-paragraph"><strong>${label(OUTCOME_LABELS, e.outcome, ctx.lang)}</strong> (${formatDate(ctx, e.resolvedAt)})${e.clusterSize > 1 ? ` · ${e.clusterSize} ${t('melders', 'reporters')}` : ''}</p>
<p class="utrecht-paragraph">${e.explanation}</p></article>`,
)}
${pager(ctx, '/register', {}, r.next, cursor)}`,
      }).value,
    );
  }

  @Get('strategie')
  async strategy(@Page() ctx: PageContext, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    const t = ctx.t;
    const title = t('Strategie', 'Strategy');
    const cursor = pageCursor(from);
    const [current, versions] = await Promise.all([
      this.services.call<StrategyVersion>('proposals', '/api/strategy', { lang: ctx.lang }),
      this.services.call<{ items: StrategyVersion[]; next: string | null }>('proposals', `/api/strategy/versions${query({ cursor })}`, { lang: ctx.lang }),
    ]);
    if (!versions.ok && versions.status === 400 && cursor) return res.redirect(303, '/strategie');
    if (!current.ok || !versions.ok) return this.unavailable(ctx, res, title, 'strategy', (!current.ok ? current.unavailable : undefined) ?? (!versions.ok ? versions.unavailable : undefined));
    const v = current.data;
    res.type('html').send(
      layout(ctx, {
        title,
        section: 'strategy',
        body: html`${heading1(v.title)}
<p class="utrecht-paragraph">${t('Huidige versie', 'Current version')} <strong>${v.version}</strong>, ${t('gepubliceerd', 'published')} ${formatDate(ctx, v.publishedAt)}.</p>
<h2 class="utrecht-heading-2">${t('Versies', 'Versions')}</h2>
${table(
  t('Versies van de strategie', 'Versions of the strategy'),
  [t('Versie', 'Version'), t('Gepubliceerd', 'Published'), t('Wijzigingen', 'Changes')],
  versions.data.items.map((x) => [
    html`<a class="utrecht-link" href="/strategie/versies/${x.version}">${x.version}</a>`,
    formatDate(ctx, x.publishedAt),
    String(x.changelog?.length ?? 0),
  ]),
)}
${pager(ctx, '/strategie', {}, versions.data.next, cursor)}
<h2 class="utrecht-heading-2">${t('Thema’s', 'Themes')}</h2>
${(v.themes ?? []).map((th) => html`<h3 class="utrecht-heading-3">${th.code} ${th.title}</h3>${th.ambition ? html`<p class="utrecht-paragraph">${th.ambition}</p>` : ''}${th.actions?.length ? html`<ul class="utrecht-unordered-list">${th.actions.map((a) => html`<li class="utrecht-unordered-list__item">${a}</li>`)}</ul>` : ''}`)}`,
      }).value,
    );
  }

  @Get('strategie/versies/:version')
  async version(@Page() ctx: PageContext, @Param('version') version: string, @Res() res: Response): Promise<void> {
    const t = ctx.t;
    if (!VERSION.test(version)) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    const first = await this.services.call<StrategyVersion>('proposals', `/api/strategy/versions/${version}`, { lang: ctx.lang });
    const title = `${t('Strategieversie', 'Strategy version')} ${version}`;
    if (!first.ok) {
      if (first.status === 404 || first.status === 400) {
        res.status(404).type('html').send(renderNotFound(ctx).value);
        return;
      }
      return this.unavailable(ctx, res, title, 'strategy', first.unavailable);
    }
    const previous = first.data.previousVersion;
    const withDiff = previous ? await this.services.call<StrategyVersion>('proposals', `/api/strategy/versions/${version}?diff=${previous}`, { lang: ctx.lang }) : undefined;
    const v = withDiff?.ok ? withDiff.data : first.data;
    const list = (items: unknown[] | undefined): HtmlValue => (items?.length ? html`<ul class="utrecht-unordered-list">${items.map((i) => html`<li class="utrecht-unordered-list__item">${describe(i)}</li>`)}</ul>` : html`<p class="utrecht-paragraph">—</p>`);
    res.type('html').send(
      layout(ctx, {
        title,
        section: 'strategy',
        body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/strategie">${t('Terug naar de strategie', 'Back to the strategy')}</a></p>
${heading1(title)}
<p class="utrecht-paragraph">${t('Gepubliceerd', 'Published')} ${formatDate(ctx, v.publishedAt)}${previous ? html` · ${t('vorige versie', 'previous version')} <a class="utrecht-link" href="/strategie/versies/${previous}">${previous}</a>` : ''}</p>
<h2 class="utrecht-heading-2">${t('Wijzigingslog', 'Changelog')}</h2>
${v.changelog?.length ? table(t('Wijzigingen in deze versie', 'Changes in this version'), [t('Soort', 'Kind'), t('Thema', 'Theme'), t('Samenvatting', 'Summary')], v.changelog.map((c) => [label(KIND_LABELS, c.kind, ctx.lang), c.themeCode, c.summary])) : html`<p class="utrecht-paragraph">${t('Dit is de startversie; er zijn geen wijzigingen.', 'This is the starting version; there are no changes.')}</p>`}
${
  v.diff
    ? html`<h2 class="utrecht-heading-2">${t('Verschil met', 'Difference from')} ${v.diff.from}</h2>
<h3 class="utrecht-heading-3">${t('Toegevoegd', 'Added')}</h3>${list(v.diff.added)}
<h3 class="utrecht-heading-3">${t('Gewijzigd', 'Changed')}</h3>${
      v.diff.changed?.length
        ? html`<ul class="utrecht-unordered-list">${(v.diff.changed as ChangedTheme[]).map(
            (c) => html`<li class="utrecht-unordered-list__item">${describe(c)}
${c.ambition && typeof c.ambition === 'object' ? html`<p class="utrecht-paragraph"><del>${c.ambition.before ?? ''}</del><br><ins>${c.ambition.after ?? ''}</ins></p>` : ''}
${c.actions?.added?.length || c.actions?.removed?.length ? html`<ul class="utrecht-unordered-list">${(c.actions?.added ?? []).map((a) => html`<li class="utrecht-unordered-list__item"><ins>${t('Nieuwe actie', 'New action')}: ${a}</ins></li>`)}${(c.actions?.removed ?? []).map((a) => html`<li class="utrecht-unordered-list__item"><del>${t('Vervallen actie', 'Retired action')}: ${a}</del></li>`)}</ul>` : ''}</li>`,
          )}</ul>`
        : html`<p class="utrecht-paragraph">—</p>`
    }
<h3 class="utrecht-heading-3">${t('Vervallen', 'Removed')}</h3>${list(v.diff.removed)}`
    : ''
}`,
      }).value,
    );
  }

  @Get('jaaroverzichten')
  async reviews(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    const t = ctx.t;
    const title = t('Jaaroverzichten', 'Annual reviews');
    const thisYear = new Date().getFullYear();
    const years = [thisYear, thisYear - 1, thisYear - 2];
    res.type('html').send(
      layout(ctx, {
        title,
        section: 'reviews',
        body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Elk jaar stelt het platform de permanente-bètaherijking samen voor de Digitale Top: per thema wat er binnenkwam, met een verwijzing naar elke bron.', 'Every year the platform compiles the permanent-beta review for the Digital Summit: per theme what came in, with a link to every source.')}</p>
<ul class="utrecht-unordered-list">${years.map((y) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/jaaroverzichten/${y}">${t('Jaaroverzicht', 'Annual review')} ${y}</a></li>`)}</ul>`,
      }).value,
    );
  }

  @Get('jaaroverzichten/:year')
  async review(@Page() ctx: PageContext, @Param('year') year: string, @Query('taak') jobId: string | undefined, @Res() res: Response): Promise<void> {
    const t = ctx.t;
    if (!/^\d{4}$/.test(year)) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    const title = `${t('Jaaroverzicht', 'Annual review')} ${year}`;
    // The job first, then the review: a job read as completed guarantees the review read after it
    // finds the new revision (read together, the review could be read just before the compile committed).
    const job = typeof jobId === 'string' && /^[0-9a-f-]{36}$/i.test(jobId) ? await this.services.call<CompileJob>('review', `/api/review/jobs/${jobId}`, { lang: ctx.lang }) : undefined;
    const result = await this.services.call<ReviewContent>('review', `/api/review/years/${year}`, { lang: ctx.lang });
    if (!result.ok && result.status !== 404) return this.unavailable(ctx, res, title, 'reviews', result.unavailable);
    const review = result.ok ? result.data : undefined;
    const running = job?.ok && (job.data.status === 'queued' || job.data.status === 'running');
    const figure = (f: ReviewFigure | undefined): HtmlValue =>
      !f ? '—' : f.drillDown ? html`<a class="utrecht-link" href="${f.drillDown.startsWith('/') ? f.drillDown : '#'}">${f.value === null ? '—' : String(f.value)}</a>` : f.value === null ? '—' : String(f.value);
    res.type('html').send(
      layout(ctx, {
        title,
        section: 'reviews',
        body: html`${heading1(title)}
${
  job?.ok
    ? alert(
        job.data.status === 'failed' ? 'error' : running ? 'info' : 'ok',
        html`<p class="utrecht-paragraph" id="review-progress">${
          job.data.status === 'failed'
            ? t('Samenstellen is mislukt.', 'Compiling failed.')
            : running
              ? html`${t('Het jaaroverzicht wordt samengesteld', 'The annual review is being compiled')}: <progress max="100" value="${job.data.progress.percent}" aria-label="${t('Voortgang', 'Progress')}">${job.data.progress.percent}%</progress> ${job.data.progress.percent}% <a class="utrecht-link" href="/jaaroverzichten/${year}?taak=${job.data.id}">${t('Vernieuwen', 'Refresh')}</a>`
              : t('Het jaaroverzicht is samengesteld.', 'The annual review has been compiled.')
        }</p>`,
      )
    : ''
}
${
  !review
    ? html`<p class="utrecht-paragraph">${t('Voor dit jaar is nog geen overzicht samengesteld.', 'No review has been compiled for this year yet.')}</p>`
    : html`<p class="utrecht-paragraph">${t('Versie', 'Revision')} ${review.revision}, ${t('samengesteld', 'compiled')} ${formatDate(ctx, review.compiledAt, true)}${review.strategyVersion ? ` · ${t('strategie', 'strategy')} ${review.strategyVersion}` : ''}. ${t('Ook als', 'Also as')} <a class="utrecht-link" href="/api/review/years/${year}.html">HTML</a>, <a class="utrecht-link" href="/api/review/years/${year}.pdf">PDF</a>, <a class="utrecht-link" href="/api/review/years/${year}">JSON</a>. ${t('Elk cijfer linkt naar de records waaruit het is geteld.', 'Every figure links to the records it was counted from.')}</p>
${table(t('Totalen', 'Totals'), [t('Meldingen', 'Reports'), t('Vorig jaar', 'Previous year'), t('Afgehandeld', 'Resolved'), t('Te laat', 'Overdue'), t('Clusters', 'Clusters'), t('Voorstellen', 'Proposals'), t('Reacties', 'Responses'), t('Deelnemers', 'Participants')], [[figure(review.totals?.barrierReports), figure(review.totals?.barrierReportsPreviousYear), figure(review.totals?.resolvedBarrierReports), figure(review.totals?.overdueBarrierReports), figure(review.totals?.duplicateClusters), figure(review.totals?.proposals), figure(review.totals?.responses), figure(review.totals?.respondents)]])}
${table(
  t('Per thema', 'Per theme'),
  [t('Thema', 'Theme'), t('Meldingen', 'Reports'), t('Vorig jaar', 'Previous year'), t('Afgehandeld', 'Resolved'), t('Mediane doorlooptijd (werkdagen)', 'Median handling time (working days)'), t('Reacties', 'Responses')],
  (review.themes ?? []).map((th) => [`${th.code} ${th.title}`, figure(th.reports?.received), figure(th.reports?.receivedPreviousYear), figure(th.reports?.resolved), figure(th.handlingWorkingDays?.median), figure(th.consultations?.responses)]),
)}
${review.consultationReports?.length ? html`<h2 class="utrecht-heading-2">${t('Consultatieverslagen', 'Consultation reports')}</h2><ul class="utrecht-unordered-list">${review.consultationReports.map((c) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/consultaties/${c.proposalId}#verslag">${c.title}</a> (${c.responses} ${t('reacties', 'responses')})</li>`)}</ul>` : ''}
${review.amendments?.length ? html`<h2 class="utrecht-heading-2">${t('Voorgestelde wijzigingen', 'Proposed amendments')}</h2><ul class="utrecht-unordered-list">${review.amendments.map((a) => html`<li class="utrecht-unordered-list__item">${a.kind}: ${a.summary} — ${a.status}</li>`)}</ul>` : ''}`
}`,
      }).value,
    );
  }

  @Get('open-data')
  async openData(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    const t = ctx.t;
    const title = t('Open data', 'Open data');
    const result = await this.services.call<OpenDataset[] | { items: OpenDataset[] }>('review', '/api/review/open-data', { lang: ctx.lang });
    if (!result.ok) return this.unavailable(ctx, res, title, 'open-data', result.unavailable);
    const sets = Array.isArray(result.data) ? result.data : (result.data.items ?? []);
    res.type('html').send(
      layout(ctx, {
        title,
        section: 'open-data',
        body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Alle cijfers van het platform als CSV, zonder persoonsgegevens.', 'All figures of the platform as CSV, without personal data.')}</p>
${sets.length ? html`${table(t('Datasets', 'Datasets'), [t('Dataset', 'Dataset'), t('Download', 'Download')], sets.map((d) => [d.title, html`<a class="utrecht-link" href="${d.url.startsWith('/') ? d.url : '#'}" download>${d.name}.csv</a>`]))}
${sets.map((d) => datasetSchema(ctx, d))}` : html`<p class="utrecht-paragraph">${t('Nog geen datasets.', 'No datasets yet.')}</p>`}`,
      }).value,
    );
  }
}
