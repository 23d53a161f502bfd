import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ModerationItem } from '../../clients/consultations.types';
import { ServiceClient } from '../../clients/service-client';
import { emptyForm, FormState } from '../../web/components';
import { itemDecision, itemFieldErrors, moderationDecisionErrors } from '../../web/forms';
import { query } from '../../web/html';
import { Page, PageContext } from '../../web/page-context';
import { pageCursor } from '../../web/pager';
import { sendPage } from '../../web/respond';
import { Roles } from '../../web/roles.guard';
import { renderModerationQueue, renderModerationUnavailable } from './moderation.views';

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
    const { decision, reason, values } = itemDecision(body, id);
    if (!ID.test(id)) {
      await this.render(ctx, res, { values, errors: {} }, false, 404);
      return;
    }
    const errors = moderationDecisionErrors(ctx, id, decision, reason);
    if (Object.keys(errors).length) {
      await this.render(ctx, res, { values, errors }, false, 400);
      return;
    }
    const result = await this.services.call('comments', `/api/comments/${id}/moderation`, { method: 'POST', body: { decision, ...(decision === 'reject' ? { reason } : {}) }, token: ctx.accessToken, lang: ctx.lang });
    if (result.ok) {
      res.redirect(303, '/moderatie?gedaan=1');
      return;
    }
    const mapped = itemFieldErrors(result.problem, id);
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
    const result = await this.services.call<{ items: ModerationItem[]; next: string | null }>('comments', `/api/moderation/queue${query({ cursor })}`, { lang: ctx.lang, token: ctx.accessToken });
    if (!result.ok && result.status === 400 && cursor) return res.redirect(303, '/moderatie');
    if (!result.ok) return sendPage(res, renderModerationUnavailable(ctx, result.unavailable ?? 'error'), 503);
    sendPage(res, renderModerationQueue(ctx, { items: result.data.items ?? [], next: result.data.next, cursor, form, done, unavailable, general }), status);
  }
}
