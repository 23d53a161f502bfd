import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AnalysisEditRequest } from '../../clients/analysis.types';
import { formInput, ServiceClient } from '../../clients/service-client';
import { emptyForm } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import { analysisEditBody } from '../../web/forms';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { renderAnalysisPage } from './analysis.views';

const ID = /^[0-9a-f-]{36}$/i;
const DONE = ['gestart', 'gewijzigd', 'vastgesteld'] as const;

/**
 * The coordinator's analysis page (issue 11 item 4): start an analysis, review its themes, sign
 * it off. Every change is a POST that comes back to the page (303), or shows it again with the
 * service's message when the change was refused.
 */
@Controller()
@Roles('coordinator')
export class AnalysisPagesController {
  constructor(private readonly services: ServiceClient) {}

  @Get('coordinatie/voorstellen/:id/analyse')
  async show(@Page() ctx: PageContext, @Param('id') id: string, @Query('gedaan') done: string | undefined, @Res() res: Response): Promise<void> {
    await this.render(ctx, res, id, 200, undefined, DONE.find((d) => d === done));
  }

  @Post('coordinatie/voorstellen/:id/analyse')
  async start(@Page() ctx: PageContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).POST('/api/proposals/{id}/analyses', { params: { path: { id } } });
    if (result.ok) return res.redirect(303, `/coordinatie/voorstellen/${id}/analyse?gedaan=gestart`);
    if (result.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    await this.render(ctx, res, id, result.unavailable ? 503 : result.status, result.problem?.detail, undefined, result.unavailable);
  }

  @Post('coordinatie/voorstellen/:id/analyse/:analysisId/wijzigen')
  async edit(@Page() ctx: PageContext, @Param('id') id: string, @Param('analysisId') analysisId: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (!ID.test(id) || !ID.test(analysisId)) return sendPage(res, renderNotFound(ctx), 404);
    const edit = analysisEditBody(body);
    if (!edit) return this.render(ctx, res, id, 400, ctx.msg('analysis:edit.unknown'));
    const result = await this.services
      .to('comments', { lang: ctx.lang, token: ctx.accessToken })
      .POST('/api/proposals/{id}/analyses/{analysisId}/edits', { params: { path: { id, analysisId } }, body: formInput<AnalysisEditRequest>(edit) });
    if (result.ok) return res.redirect(303, `/coordinatie/voorstellen/${id}/analyse?gedaan=gewijzigd`);
    const detail = result.problem?.errors?.map((e) => e.message).join(' ') || result.problem?.detail;
    await this.render(ctx, res, id, result.unavailable ? 503 : result.status, detail, undefined, result.unavailable);
  }

  @Post('coordinatie/voorstellen/:id/analyse/:analysisId/vaststellen')
  async signOff(@Page() ctx: PageContext, @Param('id') id: string, @Param('analysisId') analysisId: string, @Res() res: Response): Promise<void> {
    if (!ID.test(id) || !ID.test(analysisId)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).POST('/api/proposals/{id}/analyses/{analysisId}/sign-off', { params: { path: { id, analysisId } } });
    if (result.ok) return res.redirect(303, `/coordinatie/voorstellen/${id}/analyse?gedaan=vastgesteld`);
    await this.render(ctx, res, id, result.unavailable ? 503 : result.status, result.problem?.detail, undefined, result.unavailable);
  }

  private async render(ctx: PageContext, res: Response, id: string, status: number, general?: string, done?: string, unavailable?: 'timeout' | 'down' | 'error'): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const [proposal, analysis] = await Promise.all([
      this.services.to('proposals', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}', { params: { path: { id } } }),
      this.services.to('comments', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}/analyses/latest', { params: { path: { id } } }),
    ]);
    if (!proposal.ok && proposal.status === 404) return sendPage(res, renderNotFound(ctx), 404);
    const down = unavailable ?? (!analysis.ok && analysis.status !== 404 ? (analysis.unavailable ?? 'error') : undefined);
    const questions = new Map<string, string>(proposal.ok ? (proposal.data.questions ?? []).map((q) => [q.id, q.text] as [string, string]) : []);
    sendPage(
      res,
      renderAnalysisPage(ctx, { proposalId: id, proposalTitle: proposal.ok ? proposal.data.title : '', questions, analysis: analysis.ok ? analysis.data : null, form: emptyForm(), general, unavailable: down, done }),
      down && status < 500 ? 503 : status,
    );
  }
}
