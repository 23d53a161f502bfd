import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceClient } from '../../clients/service-client';
import { fieldErrorsOf } from '../../web/forms';
import { alert, csrfField, emptyForm, errorSummary, fieldId, formatDate, FormState, radioGroup, selectField, submitButton } from '../../web/components';
import { unavailableMessage } from '../../web/error-pages';
import { html, query } from '../../web/html';
import { FLAG_REASON_LABELS, label, MODERATION_REASON_LABELS, options } from '../../web/labels';
import { heading1, layout } from '../../web/layout';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor, pager } from '../../web/pager';
import { Roles } from '../../web/roles.guard';
import type { ModerationItem } from '../../clients/consultations.types';

const ID = /^[0-9a-f-]{36}$/i;

/** Journey 5 for moderators: the queue of responses to check, and a decision per response. */
@Roles('moderator')
@Controller('moderatie')
export class ModerationController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  async queue(@Page() ctx: PageContext, @Query('gedaan') done: string | undefined, @Query('vanaf') from: unknown, @Res() res: Response): Promise<void> {
    await this.render(ctx, res, emptyForm(), done === '1', 200, undefined, undefined, pageCursor(from));
  }

  @Post(':id')
  async decide(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const decision = typeof body[`decision.${id}`] === 'string' ? (body[`decision.${id}`] as string) : '';
    const reason = typeof body[`reason.${id}`] === 'string' ? (body[`reason.${id}`] as string) : '';
    const values = { [`decision.${id}`]: decision, [`reason.${id}`]: reason };
    if (!ID.test(id)) {
      await this.render(ctx, res, { values, errors: {} }, false, 404);
      return;
    }
    const errors: Record<string, string> = {};
    if (decision !== 'publish' && decision !== 'reject') errors[`decision.${id}`] = ctx.t('Kies publiceren of afwijzen.', 'Choose publish or reject.');
    if (decision === 'reject' && !reason) errors[`reason.${id}`] = ctx.t('Kies een reden voor het afwijzen.', 'Choose a reason for rejecting.');
    if (Object.keys(errors).length) {
      await this.render(ctx, res, { values, errors }, false, 400);
      return;
    }
    const result = await this.services.call('comments', `/api/comments/${id}/moderation`, { method: 'POST', body: { decision, ...(decision === 'reject' ? { reason } : {}) }, token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, '/moderatie?gedaan=1');
      return;
    }
    const apiErrors = fieldErrorsOf(result.problem);
    const mapped: Record<string, string> = {};
    for (const [f, m] of Object.entries(apiErrors)) mapped[`${f}.${id}`] = m;
    await this.render(ctx, res, { values, errors: mapped }, false, result.unavailable ? 503 : result.status, result.unavailable, Object.keys(mapped).length ? undefined : result.problem?.detail);
  }

  private async render(
    ctx: PageContext,
    res: Response,
    form: FormState,
    done: boolean,
    status = 200,
    unavailable?: 'timeout' | 'down' | 'error',
    general?: string,
    /** Which page of the queue (the API's cursor); the oldest responses when absent. */
    cursor?: string,
  ): Promise<void> {
    const t = ctx.t;
    const title = t('Moderatie', 'Moderation');
    const result = await this.services.call<{ items: ModerationItem[]; next: string | null }>('comments', `/api/moderation/queue${query({ cursor })}`, { lang: ctx.lang, token: ctx.accessToken });
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, '/moderatie');
    if (!result.ok) {
      res.status(503).type('html').send(layout(ctx, { title, section: 'moderation', body: html`${heading1(title)}${unavailableMessage(ctx, result.unavailable ?? 'error')}` }).value);
      return;
    }
    const items = result.data.items ?? [];
    res
      .status(status)
      .type('html')
      .send(
        layout(ctx, {
          title,
          section: 'moderation',
          body: html`${heading1(title)}
${done ? alert('ok', html`<p class="utrecht-paragraph">${t('Uw besluit is opgeslagen.', 'Your decision has been saved.')}</p>`) : ''}
${unavailable ? unavailableMessage(ctx, unavailable) : ''}
${errorSummary(ctx, form, general)}
<p class="utrecht-paragraph">${items.length} ${result.data.next || cursor ? t('reacties op deze pagina wachten op een besluit.', 'responses on this page await a decision.') : t('reacties wachten op een besluit.', 'responses await a decision.')}</p>
${items.map(
  (item) => html`<article class="pb-message pb-section" id="${fieldId(`item.${item.id}`)}" aria-labelledby="${fieldId(`item.${item.id}`)}-kop">
<h2 class="utrecht-heading-3" id="${fieldId(`item.${item.id}`)}-kop">${item.reason === 'flagged' ? t('Gemeld door lezers', 'Flagged by readers') : t('Voorafgaande moderatie', 'Pre-moderation')}${item.flagCount ? ` (${item.flagCount})` : ''} — ${formatDate(ctx, item.submittedAt, true)}</h2>
<p class="utrecht-paragraph pb-response-body">${item.body}</p>
${item.onBehalfOf ? html`<p class="utrecht-paragraph">${t('Namens', 'On behalf of')} ${item.onBehalfOf}</p>` : ''}
${item.flags?.length ? html`<ul class="utrecht-unordered-list">${item.flags.map((f) => html`<li class="utrecht-unordered-list__item">${label(FLAG_REASON_LABELS, f.reason, ctx.lang)}${f.explanation ? `: ${f.explanation}` : ''}</li>`)}</ul>` : ''}
<p class="utrecht-paragraph"><a class="utrecht-link" href="/consultaties/${item.proposalId}">${t('Naar het voorstel', 'To the proposal')}</a></p>
<form method="post" action="/moderatie/${item.id}" novalidate>${csrfField(ctx)}
${radioGroup(ctx, form, { name: `decision.${item.id}`, legend: t('Besluit', 'Decision'), options: [{ value: 'publish', label: t('Publiceren', 'Publish') }, { value: 'reject', label: t('Afwijzen', 'Reject') }] })}
${selectField(ctx, form, { name: `reason.${item.id}`, label: t('Reden bij afwijzen', 'Reason when rejecting'), placeholder: t('Kies een reden', 'Choose a reason'), options: options(MODERATION_REASON_LABELS, ctx.lang) })}
<div class="pb-actions">${submitButton(t('Besluit opslaan', 'Save decision'))}</div>
</form></article>`,
)}
${pager(ctx, '/moderatie', {}, result.data.next, cursor)}`,
        }).value,
      );
  }
}
