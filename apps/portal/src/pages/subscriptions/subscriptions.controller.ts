import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ServiceClient } from '../../clients/service-client';
import { emptyForm } from '../../web/components';
import { formErrorsOf, pickFormValues, SUBSCRIBE_FIELDS, subscriptionRequestBody } from '../../web/forms';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { PortalEnv } from '../../config/portal.env';
import { renderAtomFeed } from './atom-feed.views';
import {
  renderSubscribeForm,
  renderSubscriptionRequested,
  renderSubscriptionsUnavailable,
  renderTokenAction,
  renderTokenDone,
  renderTokenInvalid,
} from './subscriptions.views';
import { topicFromParams } from '../../web/follow';

const TOKEN = /^[A-Za-z0-9._-]{1,200}$/;
const tokenOf = (value: unknown): string | undefined => (typeof value === 'string' && TOKEN.test(value) ? value : undefined);

/**
 * Following a theme, a regulation or a barrier in the register: by e-mail (double opt-in; a link
 * in the mail opens a page whose button confirms or cancels) or by Atom feed. Without JavaScript.
 */
@Controller()
export class SubscriptionsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly env: PortalEnv,
  ) {}

  @Get('abonnementen/nieuw')
  form(@Page() ctx: PageContext, @Query('soort') kind: unknown, @Query('ref') ref: unknown, @Res() res: Response): void {
    const topic = topicFromParams(kind, ref);
    if (!topic) return sendPage(res, renderTokenInvalid(ctx, ctx.msg('subscriptions:page.unknown-topic')), 404);
    sendPage(res, renderSubscribeForm(ctx, topic, emptyForm()));
  }

  @Post('abonnementen/nieuw')
  async subscribe(@Page() ctx: PageContext, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const topic = topicFromParams(body.soort, body.ref);
    if (!topic) return sendPage(res, renderTokenInvalid(ctx, ctx.msg('subscriptions:page.unknown-topic')), 404);
    const values = pickFormValues(body, SUBSCRIBE_FIELDS);
    const result = await this.services.to('review', { lang: ctx.lang }).POST('/api/review/subscriptions', { body: subscriptionRequestBody(values, topic, ctx.lang) });
    if (result.ok) return res.redirect(303, '/abonnementen/aangevraagd');
    if (result.status === 400 || result.status === 422) return sendPage(res, renderSubscribeForm(ctx, topic, { values, errors: formErrorsOf(ctx, result.problem, 'email') }), result.status);
    const tooMany = result.status === 429;
    sendPage(res, renderSubscribeForm(ctx, topic, emptyForm(values), tooMany ? undefined : (result.unavailable ?? 'error'), tooMany ? result.problem?.detail : undefined), tooMany ? 429 : 503);
  }

  @Get('abonnementen/aangevraagd')
  requested(@Page() ctx: PageContext, @Res() res: Response): void {
    sendPage(res, renderSubscriptionRequested(ctx));
  }

  @Get('abonnementen/bevestigen')
  confirmPage(@Page() ctx: PageContext, @Query('token') token: unknown, @Res() res: Response): void {
    const t = tokenOf(token);
    sendPage(res, t ? renderTokenAction(ctx, 'confirm', t) : renderTokenInvalid(ctx), t ? 200 : 404);
  }

  @Post('abonnementen/bevestigen')
  async confirm(@Page() ctx: PageContext, @Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const t = tokenOf(token);
    if (!t) return sendPage(res, renderTokenInvalid(ctx), 404);
    const result = await this.services.to('review', { lang: ctx.lang }).POST('/api/review/subscriptions/confirmations', { body: { token: t } });
    if (result.ok) return sendPage(res, renderTokenDone(ctx, 'confirm', result.data.topic));
    if (result.status === 404 || result.status === 400) return sendPage(res, renderTokenInvalid(ctx, result.problem?.detail), 404);
    sendPage(res, renderSubscriptionsUnavailable(ctx, result.unavailable ?? 'error'), 503);
  }

  @Get('abonnementen/opzeggen')
  unsubscribePage(@Page() ctx: PageContext, @Query('token') token: unknown, @Res() res: Response): void {
    const t = tokenOf(token);
    sendPage(res, t ? renderTokenAction(ctx, 'unsubscribe', t) : renderTokenInvalid(ctx), t ? 200 : 404);
  }

  /** Also the target of a mail client's one-click unsubscribe (RFC 8058), which carries no CSRF token. */
  @Post('abonnementen/opzeggen')
  async unsubscribe(@Page() ctx: PageContext, @Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const t = tokenOf(token);
    if (!t) return sendPage(res, renderTokenInvalid(ctx), 404);
    const result = await this.services.to('review', { lang: ctx.lang }).POST('/api/review/subscriptions/cancellations', { body: { token: t } });
    if (result.ok) return sendPage(res, renderTokenDone(ctx, 'unsubscribe'));
    if (result.status === 404 || result.status === 400) return sendPage(res, renderTokenInvalid(ctx, result.problem?.detail), 404);
    sendPage(res, renderSubscriptionsUnavailable(ctx, result.unavailable ?? 'error'), 503);
  }

  @Get('feeds/:kind/:file')
  async feed(@Page() ctx: PageContext, @Param('kind') kind: string, @Param('file') file: string, @Res() res: Response): Promise<void> {
    const topic = topicFromParams(kind, file.endsWith('.atom') ? file.slice(0, -'.atom'.length) : undefined);
    if (!topic) return sendPage(res, renderTokenInvalid(ctx, ctx.msg('subscriptions:page.unknown-topic')), 404);
    const result = await this.services.to('review', { lang: ctx.lang }).GET('/api/review/feeds/{kind}/{ref}', { params: { path: { kind: topic.kind, ref: topic.ref } } });
    if (!result.ok) return sendPage(res, renderSubscriptionsUnavailable(ctx, result.unavailable ?? 'error'), 503);
    res.status(200).type('application/atom+xml; charset=utf-8').send(renderAtomFeed(ctx, result.data, this.env.PUBLIC_BASE_URL));
  }
}
