import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceClient } from '../../clients/service-client';
import { fieldErrorsOf, pickFormValues } from '../../web/forms';
import { emptyForm } from '../../web/components';
import { renderNotFound } from '../../web/error-pages';
import { Page, PageContext } from '../../web/page-context';
import { Roles } from '../../web/roles.guard';
import { erasureFormPage, ErasureListItem, erasureStatusPage, ErasureView } from './erasure-views';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Admin: erase a person on request (AVG art. 17) — a form, then a status page per request. */
@Roles('admin')
@Controller('beheer/verwijderverzoeken')
export class ErasuresController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  async form(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    // The form works without the list: a review that does not answer only hides the recent requests.
    const recent = await this.services.call<{ items?: ErasureListItem[] }>('review', '/api/privacy/erasures?limit=20', { token: ctx.accessToken, lang: ctx.lang });
    const items = recent.ok && Array.isArray(recent.data.items) ? recent.data.items : [];
    res.type('html').send(erasureFormPage(ctx, emptyForm(), undefined, undefined, items).value);
  }

  @Post()
  async request(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { email = '' } = pickFormValues(body, ['email']);
    const result = await this.services.call<ErasureView>('review', '/api/privacy/erasures', { method: 'POST', body: { email: email.trim() }, token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, `/beheer/verwijderverzoeken/${result.data.id}?verstuurd=1`);
      return;
    }
    const errors = fieldErrorsOf(result.problem);
    const general = Object.keys(errors).length || result.unavailable ? undefined : result.problem?.detail;
    res
      .status(result.unavailable ? 503 : result.status)
      .type('html')
      .send(erasureFormPage(ctx, { values: { email }, errors: errors.email ? { email: errors.email } : {} }, general, result.unavailable).value);
  }

  @Get(':id')
  async status(@Page() ctx: PageContext, @Param('id') id: string, @Query('verstuurd') sent: string | undefined, @Res() res: Response): Promise<void> {
    const result = ID.test(id) ? await this.services.call<ErasureView>('review', `/api/privacy/erasures/${id}`, { token: ctx.accessToken, lang: ctx.lang }) : undefined;
    if (!result || (!result.ok && result.status === 404)) {
      res.status(404).type('html').send(renderNotFound(ctx).value);
      return;
    }
    if (!result.ok) {
      res
        .status(503)
        .type('html')
        .send(erasureFormPage(ctx, emptyForm(), undefined, result.unavailable ?? 'error').value);
      return;
    }
    res.type('html').send(erasureStatusPage(ctx, result.data, sent === '1').value);
  }
}
