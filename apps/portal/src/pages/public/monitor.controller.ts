import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { MonitorView } from '../../clients/review.types';
import { ServiceClient } from '../../clients/service-client';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { renderMonitor } from './monitor.views';

@Controller('monitor')
export class MonitorController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  async monitor(@Page() ctx: PageContext, @Res() res: Response): Promise<void> {
    const result = await this.services.call<MonitorView>('review', '/api/review/monitor', { lang: ctx.lang });
    if (!result.ok) return sendPage(res, renderMonitor(ctx, undefined, result.unavailable ?? 'error'), 503);
    sendPage(res, renderMonitor(ctx, result.data));
  }
}
