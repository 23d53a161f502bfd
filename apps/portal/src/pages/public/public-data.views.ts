import type { RegisterEntry } from '../../clients/loket.types';
import type { CompileJob, OpenDataset, ReviewContent, ReviewFigure, ReviewNarrative, ReviewTheme } from '../../clients/review.types';
import type { StrategyVersion, StrategyVersionList } from '../../clients/strategy.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, formatDate, table } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, HtmlValue, SafeHtml } from '../../web/html';
import { AMENDMENT_KIND_LABELS, AMENDMENT_STATUS_LABELS, label, OUTCOME_LABELS, TECHNOLOGY_LABELS, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';

/* Journeys 4, 7, 8 and open data: what anyone may read. */

/** What a strategy version changed, as its changelog names it. */
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

/** The columns of a dataset, so a reader knows what each CSV column means before downloading it. */
function datasetSchema(ctx: PageContext, d: OpenDataset): SafeHtml {
  const columns = Array.isArray(d.schema?.columns) ? d.schema.columns : [];
  if (!columns.length) return html``;
  return html`<h2 class="utrecht-heading-2" id="schema-${d.name}">${d.title}</h2>
${d.description ? html`<p class="utrecht-paragraph">${d.description}</p>` : ''}
${table(ctx.t(`Kolommen van ${d.name}.csv`, `Columns of ${d.name}.csv`), [ctx.t('Kolom', 'Column'), ctx.t('Type', 'Type'), ctx.t('Betekenis', 'Meaning')], columns.map((c) => [html`<code>${c.name}</code>`, c.type, c.description]))}`;
}

/** A public page whose service did not answer. */
export function renderPublicUnavailable(ctx: PageContext, title: string, section: string, reason: 'timeout' | 'down' | 'error' | undefined): SafeHtml {
  return layout(ctx, { title, section, body: html`${heading1(title)}${unavailableMessage(ctx, reason ?? 'error')}` });
}

/** The register: resolved barriers whose reporter allowed publication, without personal data. */
export function renderRegister(ctx: PageContext, r: { items: RegisterEntry[]; total: number; next: string | null }, cursor: string | undefined, themes: readonly ThemeOption[] = []): SafeHtml {
  const t = ctx.t;
  const title = t('Register van belemmeringen', 'Register of barriers');
  return layout(ctx, {
    title,
    section: 'register',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Afgehandelde belemmeringen waarvan de melder publicatie toestond, zonder persoonsgegevens.', 'Resolved barriers whose reporter allowed publication, without personal data.')} ${r.total} ${t('in totaal.', 'in total.')}</p>
${r.items.map(
  (e) => html`<article class="pb-card pb-section" aria-labelledby="reg-${e.reference}"><h2 class="utrecht-heading-3" id="reg-${e.reference}">${e.title}</h2>
<p class="utrecht-paragraph">${e.regulation.name}${e.regulation.article ? `, art. ${e.regulation.article}` : ''}${e.regulation.bwbId ? html` (<a class="utrecht-link" href="https://wetten.overheid.nl/${e.regulation.bwbId}">${e.regulation.bwbId}</a>)` : ''} · ${label(TECHNOLOGY_LABELS, e.technology, ctx.lang)}${e.theme ? ` · ${t('thema', 'theme')} ${themeLabel(themes, e.theme)}` : ''}</p>
<p class="utrecht-paragraph"><strong>${label(OUTCOME_LABELS, e.outcome, ctx.lang)}</strong> (${formatDate(ctx, e.resolvedAt)})${e.clusterSize > 1 ? ` · ${e.clusterSize} ${t('melders', 'reporters')}` : ''}</p>
<p class="utrecht-paragraph">${e.explanation}</p></article>`,
)}
${pager(ctx, '/register', {}, r.next, cursor)}`,
  });
}

/** The current strategy, its versions and its themes. */
export function renderStrategy(ctx: PageContext, v: StrategyVersion, versions: StrategyVersionList, cursor: string | undefined): SafeHtml {
  const t = ctx.t;
  const title = t('Strategie', 'Strategy');
  return layout(ctx, {
    title,
    section: 'strategy',
    body: html`${heading1(v.title)}
<p class="utrecht-paragraph">${t('Huidige versie', 'Current version')} <strong>${v.version}</strong>, ${t('gepubliceerd', 'published')} ${formatDate(ctx, v.publishedAt)}.</p>
<h2 class="utrecht-heading-2">${t('Versies', 'Versions')}</h2>
${table(
  t('Versies van de strategie', 'Versions of the strategy'),
  [t('Versie', 'Version'), t('Gepubliceerd', 'Published'), t('Wijzigingen', 'Changes')],
  versions.items.map((x) => [
    html`<a class="utrecht-link" href="/strategie/versies/${x.version}">${x.version}</a>`,
    formatDate(ctx, x.publishedAt),
    String(x.changelog?.length ?? 0),
  ]),
)}
${pager(ctx, '/strategie', {}, versions.next, cursor)}
<h2 class="utrecht-heading-2">${t('Thema’s', 'Themes')}</h2>
${(v.themes ?? []).map((th) => html`<h3 class="utrecht-heading-3">${th.code} ${th.title}</h3>${th.ambition ? html`<p class="utrecht-paragraph">${th.ambition}</p>` : ''}${th.actions?.length ? html`<ul class="utrecht-unordered-list">${th.actions.map((a) => html`<li class="utrecht-unordered-list__item">${a}</li>`)}</ul>` : ''}`)}`,
  });
}

/** One strategy version: its changelog and, when there is a previous version, the difference. */
export function renderStrategyVersion(ctx: PageContext, version: string, v: StrategyVersion): SafeHtml {
  const t = ctx.t;
  const title = `${t('Strategieversie', 'Strategy version')} ${version}`;
  const previous = v.previousVersion;
  const list = (items: unknown[] | undefined): HtmlValue => (items?.length ? html`<ul class="utrecht-unordered-list">${items.map((i) => html`<li class="utrecht-unordered-list__item">${describe(i)}</li>`)}</ul>` : html`<p class="utrecht-paragraph">—</p>`);
  return layout(ctx, {
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
        ? html`<ul class="utrecht-unordered-list">${v.diff.changed.map(
            (c) => html`<li class="utrecht-unordered-list__item">${describe(c)}
${c.ambition ? html`<p class="utrecht-paragraph"><del>${c.ambition.from}</del><br><ins>${c.ambition.to}</ins></p>` : ''}
${c.actions?.added?.length || c.actions?.removed?.length ? html`<ul class="utrecht-unordered-list">${(c.actions?.added ?? []).map((a) => html`<li class="utrecht-unordered-list__item"><ins>${t('Nieuwe actie', 'New action')}: ${a}</ins></li>`)}${(c.actions?.removed ?? []).map((a) => html`<li class="utrecht-unordered-list__item"><del>${t('Vervallen actie', 'Retired action')}: ${a}</del></li>`)}</ul>` : ''}</li>`,
          )}</ul>`
        : html`<p class="utrecht-paragraph">—</p>`
    }
<h3 class="utrecht-heading-3">${t('Vervallen', 'Removed')}</h3>${list(v.diff.removed)}`
    : ''
}`,
  });
}

/** The annual reviews of the last three years. */
export function renderReviews(ctx: PageContext, years: number[]): SafeHtml {
  const t = ctx.t;
  const title = t('Jaaroverzichten', 'Annual reviews');
  return layout(ctx, {
    title,
    section: 'reviews',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Elk jaar stelt het platform de permanente-bètaherijking samen voor de Digitale Top: per thema wat er binnenkwam, met een verwijzing naar elke bron.', 'Every year the platform compiles the permanent-beta review for the Digital Summit: per theme what came in, with a link to every source.')}</p>
<ul class="utrecht-unordered-list">${years.map((y) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/jaaroverzichten/${y}">${t('Jaaroverzicht', 'Annual review')} ${y}</a></li>`)}</ul>`,
  });
}

/** One year's review (when compiled), with the progress of a compile the coordinator just started. */
export function renderAnnualReview(ctx: PageContext, year: string, review: ReviewContent | undefined, job: CompileJob | undefined, narrative?: ReviewNarrative): SafeHtml {
  const t = ctx.t;
  const title = `${t('Jaaroverzicht', 'Annual review')} ${year}`;
  const running = job && (job.status === 'queued' || job.status === 'running');
  const figure = (f: ReviewFigure | undefined): HtmlValue =>
    !f ? '—' : f.drillDown ? html`<a class="utrecht-link" href="${f.drillDown.startsWith('/') ? f.drillDown : '#'}">${f.value === null ? '—' : String(f.value)}</a>` : f.value === null ? '—' : String(f.value);
  // Only text of the revision shown here, and only what a coordinator signed off.
  const texts = new Map((narrative && review && narrative.revision === review.revision ? narrative.themes : []).filter((n) => n.status === 'signed-off').map((n) => [n.code, n]));
  const themes = (review?.themes ?? []).filter(
    (th) => texts.has(th.code) || (th.reports?.received?.value ?? 0) > 0 || (th.consultations?.responses?.value ?? 0) > 0 || th.consultationReports?.length || th.amendments?.length,
  );
  const themeSection = (th: ReviewTheme): SafeHtml => {
    const text = texts.get(th.code);
    // A year can hold one code under two strategy versions: the version keeps ids and names unique.
    const id = `thema-${th.code}-${th.version ?? 'geen'}`;
    return html`<section class="pb-section" aria-labelledby="${id}">
<h3 class="utrecht-heading-3" id="${id}">${th.code} ${th.title}${th.version ? ` (${t('strategie', 'strategy')} ${th.version})` : ''}</h3>
${
  text
    ? html`<ul class="pb-narrative">${text.sentences.map(
        (s) => html`<li>${s.text}${s.figures.length ? html` <span class="pb-hint">(${t('cijfers', 'figures')}: ${s.figures.map((f, i) => html`${i ? ', ' : ''}${figure(f)}`)})</span>` : ''}</li>`,
      )}</ul>`
    : html`<p class="utrecht-paragraph pb-hint">${t('De tekst bij dit thema is nog niet vastgesteld; de cijfers staan in de tabel hieronder.', 'The text for this theme has not been signed off yet; the figures are in the table below.')}</p>`
}
${th.consultationReports?.length ? html`<h4 class="utrecht-heading-4">${t('Consultatieverslagen', 'Consultation reports')}</h4><ul class="utrecht-unordered-list">${th.consultationReports.map((c) => html`<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/consultaties/${c.proposalId}#verslag">${c.title}</a> (${c.responses} ${c.responses === 1 ? t('reactie', 'response') : t('reacties', 'responses')})</li>`)}</ul>` : ''}
${th.amendments?.length ? html`<h4 class="utrecht-heading-4">${t('Voorgestelde wijzigingen', 'Proposed amendments')}</h4><ul class="utrecht-unordered-list">${th.amendments.map((a) => html`<li class="utrecht-unordered-list__item">${label(AMENDMENT_KIND_LABELS, a.kind, ctx.lang)}: ${a.summary} — ${label(AMENDMENT_STATUS_LABELS, a.status, ctx.lang)}</li>`)}</ul>` : ''}
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
            ? t('Samenstellen is mislukt.', 'Compiling failed.')
            : running
              ? html`${t('Het jaaroverzicht wordt samengesteld', 'The annual review is being compiled')}: <progress max="100" value="${job.progress.percent}" aria-label="${t('Voortgang', 'Progress')}">${job.progress.percent}%</progress> ${job.progress.percent}% <a class="utrecht-link" href="/jaaroverzichten/${year}?taak=${job.id}">${t('Vernieuwen', 'Refresh')}</a>`
              : t('Het jaaroverzicht is samengesteld.', 'The annual review has been compiled.')
        }</p>`,
      )
    : ''
}
${
  !review
    ? html`<p class="utrecht-paragraph">${t('Voor dit jaar is nog geen overzicht samengesteld.', 'No review has been compiled for this year yet.')}</p>`
    : html`<p class="utrecht-paragraph">${t('Versie', 'Revision')} ${review.revision}, ${t('samengesteld', 'compiled')} ${formatDate(ctx, review.compiledAt, true)}${review.strategyVersion ? ` · ${t('strategie', 'strategy')} ${review.strategyVersion}` : ''}. ${t('Ook als', 'Also as')} <a class="utrecht-link" href="/api/review/years/${year}.html?lang=${ctx.lang}" hreflang="${ctx.lang}">HTML</a>, <a class="utrecht-link" href="/api/review/years/${year}.pdf?lang=${ctx.lang}" hreflang="${ctx.lang}">PDF</a>, <a class="utrecht-link" href="/api/review/years/${year}">JSON</a>. ${t('Elk cijfer linkt naar de records waaruit het is geteld.', 'Every figure links to the records it was counted from.')}</p>
${table(t('Totalen', 'Totals'), [t('Meldingen', 'Reports'), t('Vorig jaar', 'Previous year'), t('Afgehandeld', 'Resolved'), t('Te laat', 'Overdue'), t('Clusters', 'Clusters'), t('Voorstellen', 'Proposals'), t('Reacties', 'Responses'), t('Deelnemers', 'Participants')], [[figure(review.totals?.barrierReports), figure(review.totals?.barrierReportsPreviousYear), figure(review.totals?.resolvedBarrierReports), figure(review.totals?.overdueBarrierReports), figure(review.totals?.duplicateClusters), figure(review.totals?.proposals), figure(review.totals?.responses), figure(review.totals?.respondents)]])}
<h2 class="utrecht-heading-2">${t('Per thema', 'Per theme')}</h2>
${themes.length ? themes.map(themeSection) : html`<p class="utrecht-paragraph">${t('Dit jaar kwam er onder geen enkel thema iets binnen.', 'Nothing came in under any theme this year.')}</p>`}
<h2 class="utrecht-heading-2">${t('Alle cijfers per thema', 'All figures per theme')}</h2>
${table(
  t('Per thema', 'Per theme'),
  [t('Thema', 'Theme'), t('Meldingen', 'Reports'), t('Vorig jaar', 'Previous year'), t('Afgehandeld', 'Resolved'), t('Mediane doorlooptijd (werkdagen)', 'Median handling time (working days)'), t('Reacties', 'Responses')],
  (review.themes ?? []).map((th) => [`${th.code} ${th.title}`, figure(th.reports?.received), figure(th.reports?.receivedPreviousYear), figure(th.reports?.resolved), figure(th.handlingWorkingDays?.median), figure(th.consultations?.responses)]),
)}`
}`,
  });
}

/** The open datasets, each with a download and its columns explained. */
export function renderOpenData(ctx: PageContext, sets: OpenDataset[]): SafeHtml {
  const t = ctx.t;
  const title = t('Open data', 'Open data');
  return layout(ctx, {
    title,
    section: 'open-data',
    body: html`${heading1(title)}
<p class="utrecht-paragraph">${t('Alle cijfers van het platform als CSV, zonder persoonsgegevens.', 'All figures of the platform as CSV, without personal data.')}</p>
${sets.length ? html`${table(t('Datasets', 'Datasets'), [t('Dataset', 'Dataset'), t('Download', 'Download')], sets.map((d) => [d.title, html`<a class="utrecht-link" href="${d.url.startsWith('/') ? d.url : '#'}" download>${d.name}.csv</a>`]))}
${sets.map((d) => datasetSchema(ctx, d))}` : html`<p class="utrecht-paragraph">${t('Nog geen datasets.', 'No datasets yet.')}</p>`}`,
  });
}
