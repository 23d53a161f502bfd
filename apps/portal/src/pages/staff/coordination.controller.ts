import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceClient } from '../../clients/service-client';
import { fieldErrorsOf, pickFormValues } from '../../web/forms';
import { StrategyThemes } from '../../clients/strategy-themes';
import { alert, csrfField, emptyForm, errorSummary, formatDate, FormState, radioGroup, selectField, submitButton, table, textArea, textField } from '../../web/components';
import { amsterdamLocalToIso } from '../../web/amsterdam-time';
import { renderNotFound, unavailableMessage } from '../../web/error-pages';
import { html, query, SafeHtml } from '../../web/html';
import { label, PROPOSAL_STATUS_LABELS } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor, pager } from '../../web/pager';
import { Roles } from '../../web/roles.guard';
import type { ProposalView } from '../../clients/consultations.types';

const ID = /^[0-9a-f-]{36}$/i;
const PROPOSAL_FIELDS = ['title', 'summary', 'body', 'theme', 'questions', 'documents', 'opensAt', 'closesAt', 'moderation'];
const REPORT_FIELDS = ['summary', ...[1, 2, 3].flatMap((i) => [`topic.${i}`, `answer.${i}`, `responses.${i}`])];
const DONE: Record<string, [string, string]> = {
  aangemaakt: ['Het concept is opgeslagen.', 'The draft has been saved.'],
  gepubliceerd: ['Het voorstel is gepubliceerd en opent op de ingestelde datum.', 'The proposal has been published and opens on the set date.'],
  verslag: ['Het consultatieverslag is gepubliceerd.', 'The consultation report has been published.'],
  compileren: ['Het jaaroverzicht wordt samengesteld.', 'The annual review is being compiled.'],
};

/** Journeys 5–8 for coordinators: proposals, consultation reports, the annual review compile. */
@Roles('coordinator')
@Controller('coordinatie')
export class CoordinationController {
  constructor(
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  @Get()
  async overview(@Page() ctx: PageContext, @Query('gedaan') done: string | undefined, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    const t = ctx.t;
    const title = t('Coördinatie', 'Coordination');
    const cursor = pageCursor(from);
    // Every status, drafts included (a coordinator's token), newest opening first, the API's largest page.
    const result = await this.services.call<{ items: ProposalView[]; next: string | null }>('proposals', `/api/proposals${query({ limit: 100, cursor })}`, { lang: ctx.lang, token: ctx.accessToken });
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, '/coordinatie');
    const failed = result.ok ? undefined : result;
    const proposals = result.ok ? (result.data.items ?? []) : [];
    const year = new Date().getFullYear();
    // The proposals service missing makes this page unavailable (503), as it says; the rest still renders.
    res.status(failed && !failed.ok && (failed.unavailable !== undefined || failed.status >= 500) ? 503 : 200).type('html').send(
      layout(ctx, {
        title,
        section: 'coordination',
        body: html`${heading1(title)}
${done && DONE[done] ? alert('ok', html`<p class="utrecht-paragraph">${t(...DONE[done])}</p>`) : ''}
${failed && !failed.ok ? unavailableMessage(ctx, failed.unavailable ?? 'error') : ''}
<div class="pb-actions"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action utrecht-button utrecht-button--primary-action" href="/coordinatie/voorstellen/nieuw">${t('Nieuw voorstel', 'New proposal')}</a></div>
${table(
  t('Voorstellen', 'Proposals'),
  [t('Titel', 'Title'), t('Status', 'Status'), t('Thema', 'Theme'), t('Sluit', 'Closes'), t('Reacties', 'Responses'), t('Actie', 'Action')],
  proposals.map((p) => [
    html`<a class="utrecht-link" href="/consultaties/${p.id}">${p.title}</a>`,
    label(PROPOSAL_STATUS_LABELS, p.status, ctx.lang),
    p.theme,
    formatDate(ctx, p.closesAt),
    String(p.responseCount ?? 0),
    p.status === 'draft'
      ? html`<form method="post" action="/coordinatie/voorstellen/${p.id}/publiceren">${csrfField(ctx)}<button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label="${t('Publiceren', 'Publish')}: ${p.title}">${t('Publiceren', 'Publish')}</button></form>`
      : p.status === 'closed'
        ? html`<a class="utrecht-link" href="/coordinatie/voorstellen/${p.id}/verslag">${t('Verslag schrijven', 'Write report')}</a>`
        : '',
  ]),
)}
${pager(ctx, '/coordinatie', {}, result.ok ? result.data.next : null, cursor)}
<h2 class="utrecht-heading-2">${t('Wijzigingen van de strategie', 'Strategy amendments')}</h2>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie/wijzigingen?jaar=${String(year)}">${t('Wijzigingen voorstellen en besluiten', 'Propose and decide amendments')}</a></p>
<h2 class="utrecht-heading-2">${t('Jaaroverzicht', 'Annual review')}</h2>
<form method="post" action="/coordinatie/jaaroverzichten" novalidate>${csrfField(ctx)}
${textField(ctx, emptyForm({ year: String(year) }), { name: 'year', label: t('Jaar', 'Year'), inputmode: 'numeric', width: 'xs' })}
<div class="pb-actions">${submitButton(t('Jaaroverzicht samenstellen', 'Compile annual review'), 'secondary')}</div></form>`,
      }).value,
    );
  }

  @Get('voorstellen/nieuw')
  async newProposal(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    res.type('html').send((await this.proposalForm(ctx, emptyForm({ moderation: 'post' }))).value);
  }

  @Post('voorstellen/nieuw')
  async createProposal(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, PROPOSAL_FIELDS);
    const lines = (s: string | undefined) => (s ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const request = {
      title: (v.title ?? '').trim(),
      summary: (v.summary ?? '').trim(),
      body: (v.body ?? '').trim(),
      theme: v.theme ?? '',
      questions: lines(v.questions).map((text) => ({ text })),
      documents: lines(v.documents).map((l) => {
        const [t, ...rest] = l.split('|');
        return { title: t.trim(), url: rest.join('|').trim() };
      }),
      opensAt: amsterdamLocalToIso(v.opensAt ?? '') ?? (v.opensAt ?? ''),
      closesAt: amsterdamLocalToIso(v.closesAt ?? '') ?? (v.closesAt ?? ''),
      moderation: v.moderation ?? '',
    };
    const result = await this.services.call<ProposalView>('proposals', '/api/proposals', { method: 'POST', body: request, token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/coordinatie?gedaan=aangemaakt`);
      return;
    }
    const errors: Record<string, string> = {};
    for (const [f, m] of Object.entries(fieldErrorsOf(result.problem))) errors[f.split('.')[0]] ??= m;
    const status = result.unavailable ? 503 : result.status;
    res.status(status).type('html').send((await this.proposalForm(ctx, { values: v, errors }, result.unavailable, Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail)).value);
  }

  @Post('voorstellen/:id/publiceren')
  async publish(@Page() ctx: PageContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    const result = await this.services.call('proposals', `/api/proposals/${id}/publish`, { method: 'POST', body: {}, token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, '/coordinatie?gedaan=gepubliceerd');
      return;
    }
    const title = ctx.t('Publiceren mislukt', 'Publishing failed');
    res
      .status(result.unavailable ? 503 : result.status)
      .type('html')
      .send(layout(ctx, { title, section: 'coordination', body: html`${heading1(title)}${result.unavailable ? unavailableMessage(ctx, result.unavailable) : alert('error', html`<p class="utrecht-paragraph">${result.problem?.detail ?? ''}</p>`, 'alert')}<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${ctx.t('Terug', 'Back')}</a></p>` }).value);
  }

  @Get('voorstellen/:id/verslag')
  async reportForm(@Page() ctx: PageContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.renderReportForm(ctx, res, id, emptyForm());
  }

  @Post('voorstellen/:id/verslag')
  async publishReport(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, REPORT_FIELDS);
    const answers = [1, 2, 3]
      .filter((i) => (v[`topic.${i}`] ?? '').trim() || (v[`answer.${i}`] ?? '').trim())
      .map((i) => ({ i, topic: (v[`topic.${i}`] ?? '').trim(), answer: (v[`answer.${i}`] ?? '').trim(), responseIds: (v[`responses.${i}`] ?? '').split(/[\s,]+/).filter(Boolean) }));
    const result = await this.services.call('proposals', `/api/proposals/${id}/report`, {
      method: 'POST',
      body: { summary: (v.summary ?? '').trim(), answers: answers.map(({ topic, answer, responseIds }) => ({ topic, answer, responseIds })) },
      token: ctx.accessToken,
      lang: ctx.lang,
    });
    if (result.ok) {
      res.redirect(303, `/consultaties/${id}#verslag`);
      return;
    }
    const errors: Record<string, string> = {};
    for (const [f, m] of Object.entries(fieldErrorsOf(result.problem))) {
      const a = /^answers\.(\d+)\.(topic|answer|responseIds)/.exec(f);
      if (a) errors[`${a[2] === 'responseIds' ? 'responses' : a[2]}.${answers[Number(a[1])]?.i ?? 1}`] ??= m;
      else if (f === 'answers') errors['topic.1'] ??= m;
      else errors[f] ??= m;
    }
    await this.renderReportForm(ctx, res, id, { values: v, errors }, result.unavailable ? 503 : result.status, result.unavailable, Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail);
  }

  @Post('jaaroverzichten')
  async compile(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const year = typeof body.year === 'string' && /^\d{4}$/.test(body.year.trim()) ? body.year.trim() : '';
    const result = year ? await this.services.call<{ id: string }>('review', `/api/review/years/${year}/compile`, { method: 'POST', body: {}, token: ctx.accessToken, lang: ctx.lang }) : undefined;
    if (result?.ok) {
      res.redirect(303, `/jaaroverzichten/${year}?taak=${encodeURIComponent(result.data?.id ?? '')}`);
      return;
    }
    const title = ctx.t('Jaaroverzicht samenstellen', 'Compile annual review');
    const message = !year ? ctx.t('Vul een jaar in van vier cijfers.', 'Enter a year of four digits.') : (result && !result.ok && result.problem?.detail) || '';
    res
      .status(!year ? 400 : result && !result.ok && result.unavailable ? 503 : (result?.status ?? 400))
      .type('html')
      .send(
        layout(ctx, {
          title,
          section: 'coordination',
          body: html`${heading1(title)}${result && !result.ok && result.unavailable ? unavailableMessage(ctx, result.unavailable) : alert('error', html`<p class="utrecht-paragraph">${message}</p>`, 'alert')}<p class="utrecht-paragraph"><a class="utrecht-link" href="/coordinatie">${ctx.t('Terug', 'Back')}</a></p>`,
        }).value,
      );
  }

  private async proposalForm(ctx: PageContext, form: FormState, unavailable?: 'timeout' | 'down' | 'error', general?: string): Promise<SafeHtml> {
    const t = ctx.t;
    const themes = await this.themes.list(ctx.lang);
    const title = t('Nieuw voorstel', 'New proposal');
    const labels = { title: t('Titel', 'Title'), summary: t('Samenvatting', 'Summary'), body: t('Tekst', 'Text'), theme: t('Thema', 'Theme'), questions: t('Vragen', 'Questions'), documents: t('Documenten', 'Documents'), opensAt: t('Opent', 'Opens'), closesAt: t('Sluit', 'Closes'), moderation: t('Moderatie', 'Moderation') };
    return layout(ctx, {
      title,
      section: 'coordination',
      body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general, labels)}
<form method="post" action="/coordinatie/voorstellen/nieuw" novalidate>${csrfField(ctx)}
${textField(ctx, form, { name: 'title', label: labels.title })}
${textArea(ctx, form, { name: 'summary', label: labels.summary, rows: 3 })}
${textArea(ctx, form, { name: 'body', label: labels.body, hint: t('Markdown is toegestaan.', 'Markdown is allowed.'), rows: 10 })}
${
  themes.length
    ? selectField(ctx, form, { name: 'theme', label: labels.theme, placeholder: t('Kies een thema', 'Choose a theme'), options: themes.map((th) => ({ value: th.code, label: `${th.code} ${th.title}` })) })
    : textField(ctx, form, { name: 'theme', label: labels.theme, width: 'sm' })
}
${textArea(ctx, form, { name: 'questions', label: labels.questions, hint: t('Eén vraag per regel.', 'One question per line.'), optional: true, rows: 4 })}
${textArea(ctx, form, { name: 'documents', label: labels.documents, hint: t('Eén per regel: titel | https://adres', 'One per line: title | https://address'), optional: true, rows: 3 })}
${textField(ctx, form, { name: 'opensAt', label: labels.opensAt, type: 'datetime-local', hint: t('Nederlandse tijd.', 'Dutch time.'), width: 'md' })}
${textField(ctx, form, { name: 'closesAt', label: labels.closesAt, type: 'datetime-local', hint: t('Nederlandse tijd.', 'Dutch time.'), width: 'md' })}
${radioGroup(ctx, form, { name: 'moderation', legend: labels.moderation, options: [{ value: 'post', label: t('Achteraf (reacties verschijnen direct)', 'Afterwards (responses appear at once)') }, { value: 'pre', label: t('Vooraf (een moderator keurt eerst)', 'Beforehand (a moderator approves first)') }] })}
<div class="pb-actions">${submitButton(t('Concept opslaan', 'Save draft'))}</div>
</form>`,
    });
  }

  private async renderReportForm(ctx: PageContext, res: Response, id: string, form: FormState, status = 200, unavailable?: 'timeout' | 'down' | 'error', general?: string): Promise<void> {
    if (!ID.test(id)) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    const t = ctx.t;
    const proposal = await this.services.call<ProposalView>('proposals', `/api/proposals/${id}`, { lang: ctx.lang, token: ctx.accessToken });
    if (!proposal.ok && proposal.status === 404) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    const title = `${t('Consultatieverslag', 'Consultation report')}: ${proposal.ok ? proposal.data.title : ''}`;
    res
      .status(status >= 500 ? 503 : status)
      .type('html')
      .send(
        layout(ctx, {
          title,
          section: 'coordination',
          body: html`${heading1(title)}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general)}
<form method="post" action="/coordinatie/voorstellen/${id}/verslag" novalidate>${csrfField(ctx)}
${textArea(ctx, form, { name: 'summary', label: t('Samenvatting van de consultatie', 'Summary of the consultation'), hint: t('Markdown is toegestaan.', 'Markdown is allowed.'), rows: 6 })}
${[1, 2, 3].map(
  (i) => html`<fieldset class="utrecht-form-fieldset"><legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${t('Thema uit de reacties', 'Theme from the responses')} ${i}${i > 1 ? ` (${t('niet verplicht', 'optional')})` : ''}</legend>
${textField(ctx, form, { name: `topic.${i}`, label: t('Onderwerp', 'Topic') })}
${textArea(ctx, form, { name: `answer.${i}`, label: t('Antwoord', 'Answer'), rows: 4 })}
${textField(ctx, form, { name: `responses.${i}`, label: t('Beantwoorde reacties (id’s, gescheiden door komma’s)', 'Responses answered (ids, comma separated)'), optional: true })}
</fieldset>`,
)}
<div class="pb-actions">${submitButton(t('Verslag publiceren', 'Publish report'))}</div>
</form>`,
        }).value,
      );
  }
}
