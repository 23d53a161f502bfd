import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Amendment } from '../../clients/review.types';
import { ServiceClient } from '../../clients/service-client';
import { StrategyThemes } from '../../clients/strategy-themes';
import { emptyForm, FormState } from '../../web/components';
import { AMENDMENT_FIELDS, amendmentRequestBody, itemDecision, itemFieldErrors, pickFormValues, topLevelFieldErrors } from '../../web/forms';
import { query } from '../../web/html';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor } from '../../web/pager';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { renderAmendments } from './amendments.views';

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
    const v = pickFormValues(body, AMENDMENT_FIELDS);
    const result = await this.services.call('review', `/api/review/years/${year}/amendments`, { method: 'POST', body: amendmentRequestBody(v), token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/coordinatie/wijzigingen?jaar=${year}&gedaan=voorgesteld`);
      return;
    }
    const errors = topLevelFieldErrors(result.problem);
    await this.render(ctx, res, year, { values: v, errors }, undefined, result.unavailable ? 503 : result.status, result.unavailable, Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail);
  }

  @Post(':id/besluit')
  async decide(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const year = this.year(typeof body.year === 'string' ? body.year : undefined);
    const { decision, reason, values } = itemDecision(body, id, true);
    const result = ID.test(id) ? await this.services.call('review', `/api/review/amendments/${id}/decision`, { method: 'POST', body: { decision, reason }, token: ctx.accessToken, lang: ctx.lang }) : undefined;
    if (result?.ok) {
      res.redirect(303, `/coordinatie/wijzigingen?jaar=${year}&gedaan=besloten`);
      return;
    }
    const errors = result && !result.ok ? itemFieldErrors(result.problem, id) : {};
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
    const [result, themes] = await Promise.all([
      // The API's largest page: a year's amendments rarely need a second one.
      this.services.call<{ items: Amendment[]; next: string | null }>('review', `/api/review/years/${year}/amendments${query({ limit: 100, cursor })}`, { lang: ctx.lang, token: ctx.accessToken }),
      this.themes.list(ctx.lang),
    ]);
    // The list comes from the review service: without it this page is unavailable (503), as it says.
    const listUnavailable = !result.ok && (result.unavailable !== undefined || result.status >= 500);
    const view = renderAmendments(ctx, {
      year,
      amendments: result.ok ? (result.data.items ?? []) : [],
      next: result.ok ? result.data.next : null,
      cursor,
      themes,
      form,
      done,
      listFailure: result.ok ? undefined : (result.unavailable ?? 'error'),
      unavailable,
      general,
    });
    sendPage(res, view, status >= 500 || listUnavailable ? 503 : status);
  }
}
