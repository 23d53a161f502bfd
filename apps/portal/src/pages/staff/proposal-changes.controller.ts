import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ProposalView } from '../../clients/consultations.types';
import { formInput, ServiceClient } from '../../clients/service-client';
import { StrategyThemes } from '../../clients/strategy-themes';
import { emptyForm, FormState } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import {
  CLOSING_FIELDS,
  closingRequestBody,
  pickFormValues,
  PROPOSAL_FIELDS,
  proposalFieldErrors,
  proposalRequest,
  TEXT_CORRECTION_FIELDS,
  textCorrectionBody,
  topLevelFieldErrors,
  WITHDRAWAL_FIELDS,
  withdrawalRequestBody,
} from '../../web/forms';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { draftFormValues, renderEditDraft, renderProposalChanges } from './proposal-changes.views';

const ID = /^[0-9a-f-]{36}$/i;
const DONE = ['bewerkt', 'tekst', 'sluiting', 'ingetrokken'];
type Change = 'text' | 'closing' | 'withdraw';

/**
 * A coordinator's changes to a proposal (issue 11): a draft is edited with its own form; a published
 * one gets a corrected text, a later closing time or a withdrawal, each a form of its own (no JS).
 */
@Controller()
export class ProposalChangesController {
  constructor(
    private readonly services: ServiceClient,
    private readonly themes: StrategyThemes,
  ) {}

  @Roles('coordinator')
  @Get('coordinatie/voorstellen/:id/wijzigen')
  async page(@Page() ctx: PageContext, @Param('id') id: string, @Query('gedaan') done: string | undefined, @Res() res: Response): Promise<void> {
    const p = await this.load(ctx, res, id);
    if (!p) return;
    if (p.status === 'draft') return sendPage(res, renderEditDraft(ctx, p, emptyForm(draftFormValues(p)), await this.themes.list(ctx.lang)));
    sendPage(res, renderProposalChanges(ctx, { p, forms: this.forms(p), done: done && DONE.includes(done) ? done : undefined }));
  }

  @Roles('coordinator')
  @Post('coordinatie/voorstellen/:id/bewerken')
  async editDraft(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const v = pickFormValues(body, PROPOSAL_FIELDS);
    const request = proposalRequest(v);
    const result = await this.services.to('proposals', { lang: ctx.lang, token: ctx.accessToken }).PUT('/api/proposals/{id}', { params: { path: { id } }, body: formInput(request.body) });
    if (result.ok) return res.redirect(303, `/coordinatie/voorstellen/${id}/wijzigen?gedaan=bewerkt`);
    const p = await this.load(ctx, res, id);
    if (!p) return;
    const errors = proposalFieldErrors(result.problem, request.rows);
    sendPage(res, renderEditDraft(ctx, p, { values: v, errors }, await this.themes.list(ctx.lang), result.unavailable, Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail), result.unavailable ? 503 : result.status);
  }

  @Roles('coordinator')
  @Post('coordinatie/voorstellen/:id/tekst')
  correctText(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, TEXT_CORRECTION_FIELDS);
    return this.change(ctx, res, id, 'text', v, '/api/proposals/{id}/text', textCorrectionBody(v), 'tekst');
  }

  @Roles('coordinator')
  @Post('coordinatie/voorstellen/:id/sluiting')
  extendClosing(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, CLOSING_FIELDS);
    return this.change(ctx, res, id, 'closing', v, '/api/proposals/{id}/closing', closingRequestBody(v), 'sluiting');
  }

  @Roles('coordinator')
  @Post('coordinatie/voorstellen/:id/intrekken')
  withdraw(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const v = pickFormValues(body, WITHDRAWAL_FIELDS);
    return this.change(ctx, res, id, 'withdraw', v, '/api/proposals/{id}/withdraw', withdrawalRequestBody(v), 'ingetrokken');
  }

  private async change(ctx: PageContext, res: Response, id: string, which: Change, values: Record<string, string>, path: '/api/proposals/{id}/text' | '/api/proposals/{id}/closing' | '/api/proposals/{id}/withdraw', body: Record<string, unknown>, done: string): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const result = await this.services.to('proposals', { lang: ctx.lang, token: ctx.accessToken }).POST(path, { params: { path: { id } }, body: formInput(body) });
    if (result.ok) return res.redirect(303, `/coordinatie/voorstellen/${id}/wijzigen?gedaan=${done}`);
    const p = await this.load(ctx, res, id);
    if (!p) return;
    const errors = topLevelFieldErrors(result.problem);
    const forms = this.forms(p);
    forms[which] = { values, errors };
    const general = Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail;
    sendPage(res, renderProposalChanges(ctx, { p, forms, unavailable: result.unavailable, general }), result.unavailable ? 503 : result.status);
  }

  /** The proposal as a coordinator sees it; answers the page itself when it cannot be had. */
  private async load(ctx: PageContext, res: Response, id: string): Promise<ProposalView | null> {
    if (!ID.test(id)) {
      sendPage(res, renderNotFound(ctx), 404);
      return null;
    }
    const result = await this.services.to('proposals', { lang: ctx.lang, token: ctx.accessToken }).GET('/api/proposals/{id}', { params: { path: { id } } });
    if (result.ok) return result.data;
    sendPage(res, renderNotFound(ctx), result.status === 404 || result.status === 400 ? 404 : 503);
    return null;
  }

  private forms(p: ProposalView): { text: FormState; closing: FormState; withdraw: FormState } {
    return { text: emptyForm({ body: p.body ?? '' }), closing: emptyForm({}), withdraw: emptyForm({}) };
  }
}
