import type { AnalysedTheme, Analysis } from '../../clients/analysis.types';
import { alert, csrfField, errorSummary, formatDate, FormState, submitButton } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';

export interface AnalysisPageView {
  proposalId: string;
  proposalTitle: string;
  /** The questions' texts by id (the stance table names them). */
  questions: Map<string, string>;
  /** Null: no analysis of this proposal yet. */
  analysis: Analysis | null;
  form: FormState;
  general?: string;
  unavailable?: 'timeout' | 'down' | 'error';
  /** `?gedaan=` after a change: what was done. */
  done?: string;
}

const STANCES = ['for', 'against', 'mixed', 'unclear'] as const;

/**
 * The coordinator's analysis of a proposal's responses (issue 11 item 4): start it, follow it,
 * review the themes (rename, reject a label, merge, split, move a response — every change in the
 * log below) and sign it off. Plain forms, one per change; works without JavaScript.
 */
export function renderAnalysisPage(ctx: PageContext, v: AnalysisPageView): SafeHtml {
  const m = ctx.msg;
  const title = m('analysis:page.title', { title: v.proposalTitle });
  const a = v.analysis;
  const base = `/coordinatie/voorstellen/${v.proposalId}/analyse`;
  const start = html`<form method="post" action="${base}" novalidate>${csrfField(ctx)}<div class="pb-actions">${submitButton(m('analysis:page.start'))}</div></form>`;
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`${heading1(title)}
${v.unavailable ? unavailableMessage(ctx, v.unavailable) : ''}
${errorSummary(ctx, v.form, v.general)}
${v.done ? alert('ok', m(`analysis:done.${v.done}`)) : ''}
<p class="utrecht-paragraph">${m('analysis:page.intro')}</p>
${!a && !v.unavailable ? html`<p class="utrecht-paragraph">${m('analysis:page.none')}</p>${start}` : ''}
${a ? body(ctx, v, a, base, start) : ''}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie/voorstellen/${v.proposalId}/leeszaal">${m('analysis:page.readingRoom')}</a></p>`,
  });
}

function body(ctx: PageContext, v: AnalysisPageView, a: Analysis, base: string, start: SafeHtml): SafeHtml {
  const m = ctx.msg;
  const status = html`<p class="utrecht-paragraph" data-analysis-status="${a.status}">${m('analysis:page.status', { status: m(`analysis:status.${a.status}`), date: formatDate(ctx, a.requestedAt, true) })}</p>`;
  if (a.status === 'queued' || a.status === 'running') return html`${status}<p class="utrecht-paragraph"><a class="utrecht-link" href="${base}">${m('analysis:page.refresh')}</a></p>`;
  if (a.status === 'failed') return html`${status}${start}`;
  const review = a.status === 'review';
  return html`${status}
${a.method ? html`<p class="utrecht-paragraph">${m('analysis:page.method', { responses: a.method.responses, count: a.themes.length, seconds: (a.method.durationMs / 1000).toFixed(1) })}</p>` : ''}
${a.status === 'signed-off' ? alert('ok', html`${m('analysis:page.signedOff', { date: formatDate(ctx, a.signedOffAt, true) })} <a class="utrecht-link" href="/coordinatie/voorstellen/${v.proposalId}/verslag">${m('analysis:page.toReport')}</a>`) : alert('info', m('analysis:page.notPublic'))}
${stanceTable(ctx, v, a)}
<h2 class="utrecht-heading-2">${m('analysis:page.themes')}</h2>
${a.themes.map((t) => theme(ctx, a, t, base, review))}
${review ? html`<form method="post" action="${base}/${a.id}/vaststellen" novalidate>${csrfField(ctx)}<div class="pb-actions">${submitButton(m('analysis:page.signOff'))}</div></form>` : ''}
${review || a.status === 'signed-off' ? start : ''}
${revisionLog(ctx, a)}`;
}

function stanceTable(ctx: PageContext, v: AnalysisPageView, a: Analysis): SafeHtml {
  const m = ctx.msg;
  if (!a.stances.length) return html``;
  return html`<h2 class="utrecht-heading-2">${m('analysis:page.stances')}</h2>
<div class="pb-table-scroll" role="region" aria-label="${m('analysis:page.stancesCaption')}" tabindex="0"><table class="utrecht-table utrecht-table--html-table"><caption class="utrecht-table__caption">${m('analysis:page.stancesCaption')}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">${m('analysis:page.question')}</th>${STANCES.map((s) => html`<th class="utrecht-table__header-cell" scope="col">${m(`analysis:stance.${s}`)}</th>`)}</tr></thead>
<tbody class="utrecht-table__body">${a.stances.map(
    (q) => html`<tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">${q.questionId === 'body' ? m('analysis:page.responseText') : (v.questions.get(q.questionId) ?? q.questionId)}</th>${STANCES.map((s) => html`<td class="utrecht-table__cell">${q[s]}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}

function theme(ctx: PageContext, a: Analysis, t: AnalysedTheme, base: string, review: boolean): SafeHtml {
  const m = ctx.msg;
  const others = a.themes.filter((o) => o.id !== t.id);
  const shown = new Set(t.responses.map((r) => r.id));
  const action = `${base}/${a.id}/wijzigen`;
  const hidden = (kind: string) => html`${csrfField(ctx)}<input type="hidden" name="soort" value="${kind}"><input type="hidden" name="thema" value="${t.id}">`;
  return html`<section class="pb-card" id="thema-${t.id}" aria-labelledby="kop-${t.id}">
<h3 class="utrecht-heading-3" id="kop-${t.id}">${t.label ?? m('analysis:theme.noLabel')}</h3>
<p class="utrecht-paragraph">${m('analysis:theme.size', { count: t.size })}${t.terms.length ? html` · ${m('analysis:theme.terms', { terms: t.terms.join(', ') })}` : ''}</p>
${t.summary.length ? html`<h4 class="utrecht-heading-4">${m('analysis:theme.summary')}</h4><ul class="utrecht-unordered-list">${t.summary.map(
    (s) => html`<li class="utrecht-unordered-list__item"><q>${s.text}</q> — ${m('analysis:theme.restsOn', { count: s.responseIds.length })}: ${s.responseIds.map((id, i) => (shown.has(id) ? html`<a class="utrecht-link" href="#reactie-${t.id}-${id}">${i + 1}</a> ` : html`<span>${i + 1}</span> `))}</li>`,
  )}</ul>` : ''}
<h4 class="utrecht-heading-4">${m('analysis:theme.responses', { shown: t.responses.length, count: t.size })}</h4>
<ul class="utrecht-unordered-list">${t.responses.map((r) => html`<li class="utrecht-unordered-list__item" id="reactie-${t.id}-${r.id}">${r.excerpt}</li>`)}</ul>
${review ? edits(ctx, t, others, action, hidden) : ''}
</section>`;
}

function edits(ctx: PageContext, t: AnalysedTheme, others: AnalysedTheme[], action: string, hidden: (kind: string) => SafeHtml): SafeHtml {
  const m = ctx.msg;
  const id = (name: string) => `${name}-${t.id}`;
  const themeOptions = others.map((o) => html`<option value="${o.id}">${o.label ?? m('analysis:theme.noLabel')} (${o.size})</option>`);
  return html`<details class="pb-details"><summary>${m('analysis:edit.heading')}</summary>
<form method="post" action="${action}" novalidate>${hidden('rename')}
<div class="utrecht-form-field"><label class="utrecht-form-label" for="${id('naam')}">${m('analysis:edit.newLabel')}</label>
<input class="utrecht-textbox utrecht-textbox--html-input" id="${id('naam')}" name="naam" type="text" maxlength="120" value="${t.label ?? ''}"></div>
<div class="pb-actions">${submitButton(m('analysis:edit.rename'), 'secondary')}</div></form>
${t.label !== null ? html`<form method="post" action="${action}" novalidate>${hidden('reject-label')}<div class="pb-actions">${submitButton(m('analysis:edit.rejectLabel'), 'secondary')}</div></form>` : ''}
${others.length ? html`<form method="post" action="${action}" novalidate>${hidden('merge')}
<div class="utrecht-form-field"><label class="utrecht-form-label" for="${id('samen')}">${m('analysis:edit.mergeInto')}</label>
<select class="utrecht-select utrecht-select--html-select" id="${id('samen')}" name="naar">${themeOptions}</select></div>
<div class="pb-actions">${submitButton(m('analysis:edit.merge'), 'secondary')}</div></form>` : ''}
${t.responses.length > 1 ? html`<form method="post" action="${action}" novalidate>${hidden('split')}
<fieldset class="utrecht-form-fieldset"><legend class="utrecht-form-fieldset__legend">${m('analysis:edit.splitWhich')}</legend>
${t.responses.map((r, i) => html`<div class="utrecht-form-field utrecht-form-field--checkbox"><div class="utrecht-form-field__input"><input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" id="${id(`splits-${i}`)}" name="reacties" value="${r.id}"></div>
<div class="utrecht-form-field__label"><label class="utrecht-form-label utrecht-form-label--checkbox" for="${id(`splits-${i}`)}">${r.excerpt}</label></div></div>`)}
</fieldset>
<div class="utrecht-form-field"><label class="utrecht-form-label" for="${id('splitnaam')}">${m('analysis:edit.splitLabel')}</label>
<input class="utrecht-textbox utrecht-textbox--html-input" id="${id('splitnaam')}" name="naam" type="text" maxlength="120"></div>
<div class="pb-actions">${submitButton(m('analysis:edit.split'), 'secondary')}</div></form>` : ''}
${others.length && t.responses.length ? html`<form method="post" action="${action}" novalidate>${hidden('move')}
<div class="utrecht-form-field"><label class="utrecht-form-label" for="${id('reactie')}">${m('analysis:edit.moveWhich')}</label>
<select class="utrecht-select utrecht-select--html-select" id="${id('reactie')}" name="reactie">${t.responses.map((r) => html`<option value="${r.id}">${r.excerpt.slice(0, 80)}</option>`)}</select></div>
<div class="utrecht-form-field"><label class="utrecht-form-label" for="${id('doel')}">${m('analysis:edit.moveTo')}</label>
<select class="utrecht-select utrecht-select--html-select" id="${id('doel')}" name="naar">${themeOptions}</select></div>
<div class="pb-actions">${submitButton(m('analysis:edit.move'), 'secondary')}</div></form>` : ''}
</details>`;
}

function revisionLog(ctx: PageContext, a: Analysis): SafeHtml {
  const m = ctx.msg;
  return html`<h2 class="utrecht-heading-2">${m('analysis:page.log')}</h2>
<ol class="utrecht-ordered-list">${a.revisions.map((r) => html`<li class="utrecht-ordered-list__item">${formatDate(ctx, r.at, true)}: ${m(`analysis:revision.${r.kind}`, revisionParams(r.detail))}</li>`)}</ol>`;
}

/** The log entry's details as message parameters (text and numbers; lists as their length). */
function revisionParams(detail: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(detail)) out[k] = Array.isArray(v) ? v.length : v === null || v === undefined ? '—' : (v as string | number);
  return out;
}
