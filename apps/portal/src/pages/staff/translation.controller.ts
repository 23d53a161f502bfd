import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ProposalView } from '../../clients/consultations.types';
import { ServiceClient } from '../../clients/service-client';
import { emptyForm } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import { fieldErrorsOf, pickFormValues, translationFieldNames, translationFormErrors, translationRequestBody } from '../../web/forms';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { renderTranslationForm, translationFormValues } from './translation.views';

const ID = /^[0-9a-f-]{36}$/i;

/** A coordinator enters or corrects the English text of a proposal (issue 11 item 7): one form, no JavaScript. */
@Controller()
@Roles('coordinator')
export class TranslationPagesController {
  constructor(private readonly services: ServiceClient) {}

  @Get('coordinatie/voorstellen/:id/vertaling')
  async page(@Page() ctx: PageContext, @Param('id') id: string, @Query('opgeslagen') saved: string | undefined, @Res() res: Response): Promise<void> {
    const p = await this.load(ctx, res, id);
    if (!p) return;
    sendPage(res, renderTranslationForm(ctx, p, emptyForm(translationFormValues(p)), saved !== undefined));
  }

  @Post('coordinatie/voorstellen/:id/vertaling')
  async save(@Page() ctx: PageContext, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const p = await this.load(ctx, res, id);
    if (!p) return;
    const values = pickFormValues(body, translationFieldNames(p));
    const result = await this.services
      .to('proposals', { lang: ctx.lang, token: ctx.accessToken })
      .PUT('/api/proposals/{id}/translations/{lang}', { params: { path: { id, lang: 'en' } }, body: translationRequestBody(p, values) });
    if (result.ok) return res.redirect(303, `/coordinatie/voorstellen/${id}/vertaling?opgeslagen=1`);
    const errors = translationFormErrors(p, values, fieldErrorsOf(result.problem));
    const general = Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail;
    sendPage(res, renderTranslationForm(ctx, p, { values, errors }, false, result.unavailable, general), result.unavailable ? 503 : result.status);
  }

  /** The proposal as a coordinator sees it (drafts too); answers the page itself when it cannot be had. */
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
}
