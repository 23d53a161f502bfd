import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceClient } from '../../clients/service-client';
import { fieldErrorsOf, pickFormValues } from '../../web/forms';
import { StrategyThemes } from '../../clients/strategy-themes';
import { alert, csrfField, emptyForm, errorSummary, FormState, radioGroup, selectField, submitButton, textArea, textField } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, query } from '../../web/html';
import { label } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor, pager } from '../../web/pager';
import { Roles } from '../../web/roles.guard';

interface Amendment {
  id: string;
  kind: string;
  themeCode: string;
  actionIndex?: number | null;
  text?: string | null;
  summary: string;
  evidence: { type: string; id: string }[];
  status: string;
  reason?: string | null;
}

const KIND_LABELS = {
  'add-action': { nl: 'Actie toevoegen', en: 'Add an action' },
  'change-action': { nl: 'Actie wijzigen', en: 'Change an action' },
  'retire-action': { nl: 'Actie laten vervallen', en: 'Retire an action' },
  'change-ambition': { nl: 'Ambitie wijzigen', en: 'Change the ambition' },
};
const EVIDENCE_LABELS = {
  'barrier-cluster': { nl: 'cluster van meldingen', en: 'cluster of reports' },
  'barrier-report': { nl: 'melding', en: 'report' },
  consultation: { nl: 'consultatie', en: 'consultation' },
  response: { nl: 'reactie', en: 'response' },
};
const STATUS_LABELS = {
  proposed: { nl: 'Voorgesteld', en: 'Proposed' },
  accepted: { nl: 'Aangenomen', en: 'Accepted' },
  declined: { nl: 'Afgewezen', en: 'Declined' },
  applied: { nl: 'Verwerkt in een versie', en: 'Applied in a version' },
};
const FIELDS = ['kind', 'themeCode', 'actionIndex', 'text', 'summary', 'evidence'];
const ID = /^[0-9a-f-]{36}$/i;

/** Journey 8: amendments with their evidence, accepted or declined, then the next strategy version. */
@Roles('coordinator')
@Controller('coordinatie/wijzigingen')
export class AmendmentsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  @Get()
  async list(@Page() ctx: PageContext, @Query('jaar') yearParam: string | undefined, @Query('gedaan') done: string | undefined, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    await this.render(ctx, res, this.year(yearParam), emptyForm({ kind: 'add-action' }), done, 200, undefined, undefined, pageCursor(from));
  }

  @Post()
  async propose(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const year = this.year(typeof body.year === 'string' ? body.year : undefined);
    const v = pickFormValues(body, FIELDS);
    const evidence = (v.evidence ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const [type, ...rest] = l.split(/\s+/);
        return { type, id: rest.join(' ') };
      });
    const index = (v.actionIndex ?? '').trim();
    const request = {
      kind: v.kind ?? '',
      themeCode: v.themeCode ?? '',
      ...(index ? { actionIndex: /^\d+$/.test(index) ? Number(index) - 1 : index } : {}),
      ...((v.text ?? '').trim() ? { text: v.text!.trim() } : {}),
      summary: (v.summary ?? '').trim(),
      evidence,
    };
    const result = await this.services.call('review', `/api/review/years/${year}/amendments`, { method: 'POST', body: request, token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/coordinatie/wijzigingen?jaar=${year}&gedaan=voorgesteld`);
      return;
    }
    const errors: Record<string, string> = {};
    for (const [f, m] of Object.entries(fieldErrorsOf(result.problem))) errors[f.split('.')[0]] ??= m;
    await this.render(ctx, res, year, { values: v, errors }, undefined, result.unavailable ? 503 : result.status, result.unavailable, Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail);
  }

  @Post(':id/besluit')
  async decide(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const year = this.year(typeof body.year === 'string' ? body.year : undefined);
    const decision = typeof body[`decision.${id}`] === 'string' ? (body[`decision.${id}`] as string) : '';
    const reason = typeof body[`reason.${id}`] === 'string' ? (body[`reason.${id}`] as string).trim() : '';
    const values = { [`decision.${id}`]: decision, [`reason.${id}`]: reason };
    const result = ID.test(id) ? await this.services.call('review', `/api/review/amendments/${id}/decision`, { method: 'POST', body: { decision, reason }, token: ctx.accessToken, lang: ctx.lang }) : undefined;
    if (result?.ok) {
      res.redirect(303, `/coordinatie/wijzigingen?jaar=${year}&gedaan=besloten`);
      return;
    }
    const errors: Record<string, string> = {};
    if (result && !result.ok) for (const [f, m] of Object.entries(fieldErrorsOf(result.problem))) errors[`${f}.${id}`] = m;
    if (errors[`decision.${id}`] && !decision) errors[`decision.${id}`] = ctx.t('Kies aannemen of afwijzen.', 'Choose accept or decline.');
    const status = !result ? 404 : result.ok ? 200 : result.unavailable ? 503 : result.status;
    await this.render(ctx, res, year, { values, errors }, undefined, status, result && !result.ok ? result.unavailable : undefined, Object.keys(errors).length || (result && !result.ok && result.unavailable) ? undefined : (result && !result.ok ? result.problem?.detail : undefined));
  }

  @Post('strategieversie')
  async revise(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const year = this.year(typeof body.year === 'string' ? body.year : undefined);
    const result = await this.services.call<{ newVersion: string }>('review', `/api/review/years/${year}/strategy-revision`, { method: 'POST', body: {}, token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/coordinatie/wijzigingen?jaar=${year}&gedaan=versie&versie=${encodeURIComponent(result.data.newVersion ?? '')}`);
      return;
    }
    await this.render(ctx, res, year, emptyForm({ kind: 'add-action' }), undefined, result.unavailable ? 503 : result.status, result.unavailable, result.unavailable ? undefined : (result.problem?.detail ?? ctx.t('De nieuwe versie kon niet worden aangevraagd.', 'The new version could not be requested.')));
  }

  private year(value: string | undefined): number {
    return value && /^\d{4}$/.test(value) ? Number(value) : new Date().getFullYear();
  }

  private async render(
    ctx: PageContext,
    res: Response,
    year: number,
    form: FormState,
    done?: string,
    status = 200,
    unavailable?: 'timeout' | 'down' | 'error',
    general?: string,
    /** Which page of the year's amendments (the API's cursor); the first when absent. */
    cursor?: string,
  ): Promise<void> {
    const t = ctx.t;
    const title = `${t('Wijzigingen van de strategie', 'Strategy amendments')} ${year}`;
    const [result, themes] = await Promise.all([
      // The API's largest page: a year's amendments rarely need a second one.
      this.services.call<{ items: Amendment[]; next: string | null }>('review', `/api/review/years/${year}/amendments${query({ limit: 100, cursor })}`, { lang: ctx.lang, token: ctx.accessToken }),
      this.themes.list(ctx.lang),
    ]);
    const amendments = result.ok ? (result.data.items ?? []) : [];
    const notices: Record<string, [string, string]> = {
      voorgesteld: ['De wijziging is voorgesteld.', 'The amendment has been proposed.'],
      besloten: ['Het besluit is opgeslagen.', 'The decision has been saved.'],
      versie: ['De volgende strategieversie is aangevraagd; zij verschijnt zo onder Strategie.', 'The next strategy version has been requested; it appears under Strategy shortly.'],
    };
    const labels = { kind: t('Soort', 'Kind'), themeCode: t('Thema', 'Theme'), actionIndex: t('Actie', 'Action'), text: t('Nieuwe tekst', 'New text'), summary: t('Samenvatting', 'Summary'), evidence: t('Onderbouwing', 'Evidence') };
    // The list comes from the review service: without it this page is unavailable (503), as it says.
    const listUnavailable = !result.ok && (result.unavailable !== undefined || result.status >= 500);
    res
      .status(status >= 500 || listUnavailable ? 503 : status)
      .type('html')
      .send(
        layout(ctx, {
          title,
          section: 'coordination',
          body: html`<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${t('Terug naar coördinatie', 'Back to coordination')}</a></p>
${heading1(title)}
${done && notices[done] ? alert('ok', html`<p class="utrecht-paragraph">${t(...notices[done])}</p>`) : ''}
${!result.ok ? unavailableMessage(ctx, result.unavailable ?? 'error') : ''}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, labels)}
${amendments.map(
  (a) => html`<article class="pb-message pb-section" aria-labelledby="w-${a.id}">
<h2 class="utrecht-heading-3" id="w-${a.id}">${label(KIND_LABELS, a.kind, ctx.lang)} · ${t('thema', 'theme')} ${a.themeCode} · <span class="pb-status">${label(STATUS_LABELS, a.status, ctx.lang)}</span></h2>
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
${pager(ctx, '/coordinatie/wijzigingen', { jaar: String(year) }, result.ok ? result.data.next : null, cursor)}
${amendments.some((a) => a.status === 'accepted') ? html`<form method="post" action="/coordinatie/wijzigingen/strategieversie">${csrfField(ctx)}<input type="hidden" name="year" value="${String(year)}"><div class="pb-actions">${submitButton(t('Volgende strategieversie publiceren', 'Publish the next strategy version'))}</div></form>` : ''}
<h2 class="utrecht-heading-2">${t('Wijziging voorstellen', 'Propose an amendment')}</h2>
<form method="post" action="/coordinatie/wijzigingen" novalidate>${csrfField(ctx)}<input type="hidden" name="year" value="${String(year)}">
${radioGroup(ctx, form, { name: 'kind', legend: labels.kind, options: Object.entries(KIND_LABELS).map(([value, l]) => ({ value, label: l[ctx.lang] })) })}
${themes.length ? selectField(ctx, form, { name: 'themeCode', label: labels.themeCode, placeholder: t('Kies een thema', 'Choose a theme'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) }) : textField(ctx, form, { name: 'themeCode', label: labels.themeCode, width: 'sm' })}
${textField(ctx, form, { name: 'actionIndex', label: t('Nummer van de actie', 'Number of the action'), hint: t('Bij wijzigen of laten vervallen: de hoeveelste actie van het thema (1, 2, …).', 'When changing or retiring: which action of the theme (1, 2, …).'), optional: true, inputmode: 'numeric', width: 'xs' })}
${textArea(ctx, form, { name: 'text', label: labels.text, hint: t('De tekst van de nieuwe of gewijzigde actie of ambitie.', 'The text of the new or changed action or ambition.'), optional: true, rows: 3 })}
${textArea(ctx, form, { name: 'summary', label: labels.summary, rows: 2 })}
${textArea(ctx, form, { name: 'evidence', label: labels.evidence, hint: t('Eén per regel: soort en kenmerk, bijvoorbeeld "barrier-report LKT-2026-000001" of "consultation <id>". Soorten: barrier-cluster, barrier-report, consultation, response.', 'One per line: kind and identifier, e.g. "barrier-report LKT-2026-000001" or "consultation <id>". Kinds: barrier-cluster, barrier-report, consultation, response.'), rows: 3 })}
<div class="pb-actions">${submitButton(t('Wijziging voorstellen', 'Propose amendment'))}</div>
</form>`,
        }).value,
      );
  }
}
