import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ProposalView } from '../../clients/consultations.types';
import { ServiceClient } from '../../clients/service-client';
import { StrategyThemes } from '../../clients/strategy-themes';
import { emptyForm, FormState } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import { CONSULTATION_REPORT_FIELDS, consultationReportBody, consultationReportErrors, pickFormValues, PROPOSAL_FIELDS, proposalRequestBody, topLevelFieldErrors } from '../../web/forms';
import { query } from '../../web/html';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor } from '../../web/pager';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { renderCompileFailed, renderConsultationReportForm, renderCoordinationOverview, renderProposalForm, renderPublishFailed } from './coordination.views';

const ID = /^[0-9a-f-]{36}$/i;

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
    const cursor = pageCursor(from);
    // Every status, drafts included (a coordinator's token), newest opening first, the API's largest page.
    const result = await this.services.call<{ items: ProposalView[]; next: string | null }>('proposals', `/api/proposals${query({ limit: 100, cursor })}`, { lang: ctx.lang, token: ctx.accessToken });
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, '/coordinatie');
    const view = renderCoordinationOverview(ctx, {
      proposals: result.ok ? (result.data.items ?? []) : [],
      next: result.ok ? result.data.next : null,
      cursor,
      done,
      failure: result.ok ? undefined : (result.unavailable ?? 'error'),
      year: new Date().getFullYear(),
    });
    // The proposals service missing makes this page unavailable (503), as it says; the rest still renders.
    sendPage(res, view, !result.ok && (result.unavailable !== undefined || result.status >= 500) ? 503 : 200);
  }

  @Get('voorstellen/nieuw')
  async newProposal(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    sendPage(res, renderProposalForm(ctx, emptyForm({ moderation: 'post' }), await this.themes.list(ctx.lang)));
  }

  @Post('voorstellen/nieuw')
  async createProposal(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, PROPOSAL_FIELDS);
    const result = await this.services.call<ProposalView>('proposals', '/api/proposals', { method: 'POST', body: proposalRequestBody(v), token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/coordinatie?gedaan=aangemaakt`);
      return;
    }
    const errors = topLevelFieldErrors(result.problem);
    const themes = await this.themes.list(ctx.lang);
    sendPage(res, renderProposalForm(ctx, { values: v, errors }, themes, result.unavailable, Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail), result.unavailable ? 503 : result.status);
  }

  @Post('voorstellen/:id/publiceren')
  async publish(@Page() ctx: PageContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.services.call('proposals', `/api/proposals/${id}/publish`, { method: 'POST', body: {}, token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, '/coordinatie?gedaan=gepubliceerd');
      return;
    }
    sendPage(res, renderPublishFailed(ctx, result.unavailable, result.problem?.detail), result.unavailable ? 503 : result.status);
  }

  @Get('voorstellen/:id/verslag')
  async reportForm(@Page() ctx: PageContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    await this.renderReportForm(ctx, res, id, emptyForm());
  }

  @Post('voorstellen/:id/verslag')
  async publishReport(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, CONSULTATION_REPORT_FIELDS);
    const result = await this.services.call('proposals', `/api/proposals/${id}/report`, { method: 'POST', body: consultationReportBody(v), token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/consultaties/${id}#verslag`);
      return;
    }
    const errors = consultationReportErrors(result.problem, v);
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
    const message = !year ? ctx.t('Vul een jaar in van vier cijfers.', 'Enter a year of four digits.') : (result && !result.ok && result.problem?.detail) || '';
    const unavailable = result && !result.ok ? result.unavailable : undefined;
    sendPage(res, renderCompileFailed(ctx, unavailable, message), !year ? 400 : unavailable ? 503 : (result?.status ?? 400));
  }

  private async renderReportForm(ctx: PageContext, res: Response, id: string, form: FormState, status = 200, unavailable?: 'timeout' | 'down' | 'error', general?: string): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const proposal = await this.services.call<ProposalView>('proposals', `/api/proposals/${id}`, { lang: ctx.lang, token: ctx.accessToken });
    if (!proposal.ok && proposal.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    sendPage(res, renderConsultationReportForm(ctx, id, proposal.ok ? proposal.data.title : '', form, unavailable, general), status >= 500 ? 503 : status);
  }
}
