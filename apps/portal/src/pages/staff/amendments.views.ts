import type { Amendment } from '../../clients/review.types';
import type { ThemeOption } from '../../clients/strategy-themes';
import { alert, csrfField, errorSummary, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, SafeHtml } from '../../web/html';
import { AMENDMENT_KIND_LABELS, AMENDMENT_STATUS_LABELS, EVIDENCE_LABELS, label, themeLabel } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import type { PageContext } from '../../web/page-context';
import { pager } from '../../web/pager';

const ID = /^[0-9a-f-]{36}$/i;

export interface AmendmentsData {
  year: number;
  amendments: Amendment[];
  /** The API's cursor of the next page, and of this one. */
  next: string | null;
  cursor?: string;
  themes: ThemeOption[];
  form: FormState;
  /** What was just done (`voorgesteld`, `besloten`, `versie`). */
  done?: string;
  /** The list itself could not be read. */
  listFailure?: 'timeout' | 'down' | 'error';
  unavailable?: 'timeout' | 'down' | 'error';
  general?: string;
}

/** Journey 8: amendments with their evidence, accepted or declined, then the next strategy version. */
export function renderAmendments(ctx: PageContext, { year, amendments, next, cursor, themes, form, done, listFailure, unavailable, general }: AmendmentsData): SafeHtml {
  const t = ctx.t;
  const title = `${t('Wijzigingen van de strategie', 'Strategy amendments')} ${year}`;
  const notices: Record<string, [string, string]> = {
    voorgesteld: ['De wijziging is voorgesteld.', 'The amendment has been proposed.'],
    besloten: ['Het besluit is opgeslagen.', 'The decision has been saved.'],
    versie: ['De volgende strategieversie is aangevraagd; zij verschijnt zo onder Strategie.', 'The next strategy version has been requested; it appears under Strategy shortly.'],
  };
  const labels = { kind: t('Soort', 'Kind'), themeCode: t('Thema', 'Theme'), actionIndex: t('Actie', 'Action'), text: t('Nieuwe tekst', 'New text'), summary: t('Samenvatting', 'Summary'), evidence: t('Onderbouwing', 'Evidence') };
  return layout(ctx, {
    title,
    section: 'coordination',
    body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${t('Terug naar coördinatie', 'Back to coordination')}</a></p>
${heading1(title)}
${done && Object.hasOwn(notices, done) ? alert('ok', html`<p class="utrecht-paragraph">${t(...notices[done])}</p>`) : ''}
${listFailure ? unavailableMessage(ctx, listFailure) : ''}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, labels)}
${amendments.map(
  (a) => html`<article class="pb-message pb-section" aria-labelledby="w-${a.id}">
<h2 class="utrecht-heading-3" id="w-${a.id}">${label(AMENDMENT_KIND_LABELS, a.kind, ctx.lang)} · ${t('thema', 'theme')} ${themeLabel(themes, a.themeCode)} · <span class="pb-status">${label(AMENDMENT_STATUS_LABELS, a.status, ctx.lang)}</span></h2>
<p class="utrecht-paragraph">${a.summary}</p>
${a.text ? html`<p class="utrecht-paragraph"><em>${a.text}</em></p>` : ''}
<p class="utrecht-paragraph">${t('Onderbouwing', 'Evidence')}: ${a.evidence.map((e, i) => html`${i ? ', ' : ''}${label(EVIDENCE_LABELS, e.type, ctx.lang)} ${e.type === 'consultation' && ID.test(e.id) ? html`<a class="utrecht-link" href="/consultaties/${e.id}">${e.id}</a>` : e.id}`)}</p>
${a.reason ? html`<p class="utrecht-paragraph">${t('Reden', 'Reason')}: ${a.reason}</p>` : ''}
${
  a.status === 'proposed'
    ? html`<form method="post" action="/coordinatie/wijzigingen/${a.id}/besluit" novalidate>${csrfField(ctx)}<input type="hidden" name="year" value="${String(year)}">
${radioGroup(ctx, form, { name: `decision.${a.id}`, legend: t('Besluit', 'Decision'), options: [{ value: 'accepted', label: t('Aannemen', 'Accept') }, { value: 'declined', label: t('Afwijzen', 'Decline') }] })}
${textArea(ctx, form, { name: `reason.${a.id}`, label: t('Motivering', 'Reason'), rows: 2 })}
<div class="pb-actions">${submitButton(t('Besluit opslaan', 'Save decision'), 'secondary')}</div></form>`
    : ''
}
</article>`,
)}
${pager(ctx, '/coordinatie/wijzigingen', { jaar: String(year) }, next, cursor)}
${amendments.some((a) => a.status === 'accepted') ? html`<form method="post" action="/coordinatie/wijzigingen/strategieversie">${csrfField(ctx)}<input type="hidden" name="year" value="${String(year)}"><div class="pb-actions">${submitButton(t('Volgende strategieversie publiceren', 'Publish the next strategy version'))}</div></form>` : ''}
<h2 class="utrecht-heading-2">${t('Wijziging voorstellen', 'Propose an amendment')}</h2>
<form method="post" action="/coordinatie/wijzigingen" novalidate>${csrfField(ctx)}<input type="hidden" name="year" value="${String(year)}">
${radioGroup(ctx, form, { name: 'kind', legend: labels.kind, options: Object.entries(AMENDMENT_KIND_LABELS).map(([value, l]) => ({ value, label: l[ctx.lang] })) })}
${themes.length ? selectField(ctx, form, { name: 'themeCode', label: labels.themeCode, placeholder: t('Kies een thema', 'Choose a theme'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) }) : textField(ctx, form, { name: 'themeCode', label: labels.themeCode, width: 'sm' })}
${textField(ctx, form, { name: 'actionIndex', label: t('Nummer van de actie', 'Number of the action'), hint: t('Bij wijzigen of laten vervallen: de hoeveelste actie van het thema (1, 2, …).', 'When changing or retiring: which action of the theme (1, 2, …).'), optional: true, inputmode: 'numeric', width: 'xs' })}
${textArea(ctx, form, { name: 'text', label: labels.text, hint: t('De tekst van de nieuwe of gewijzigde actie of ambitie.', 'The text of the new or changed action or ambition.'), optional: true, rows: 3 })}
${textArea(ctx, form, { name: 'summary', label: labels.summary, rows: 2 })}
${textArea(ctx, form, { name: 'evidence', label: labels.evidence, hint: t('Eén per regel: soort en kenmerk, bijvoorbeeld "barrier-report LKT-2026-000001" of "consultation <id>". Soorten: barrier-cluster, barrier-report, consultation, response.', 'One per line: kind and identifier, e.g. "barrier-report LKT-2026-000001" or "consultation <id>". Kinds: barrier-cluster, barrier-report, consultation, response.'), rows: 3 })}
<div class="pb-actions">${submitButton(t('Wijziging voorstellen', 'Propose amendment'))}</div>
</form>`,
  });
}
