import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { ServiceClient } from '../../clients/service-client';
import { renderNotFound } from '../../web/error-pages';
import { Page, PageContext } from '../../web/page-context';
import { sendPage } from '../../web/respond';
import { renderConsultationsUnavailable } from './consultations.views';

const ID = /^[0-9a-f-]{36}$/i;

/**
 * A response's document (position paper) as a download: the comments service's file streamed
 * through (ServiceClient.download, the file counterpart of the typed client, as the reading room's
 * export), with the type it checked by the bytes, `attachment` and `nosniff`. Anyone gets a public
 * response's document; a signed-in coordinator's token is passed on, so they get the others too.
 */
@Controller()
export class AttachmentPagesController {
  constructor(private readonly services: ServiceClient) {}

  @Get('consultaties/bijlagen/:id')
  async download(@Page() ctx: PageContext, @Param('id') id: string, @Res() res: Response): Promise<void> {
    if (!ID.test(id)) return sendPage(res, renderNotFound(ctx), 404);
    const file = await this.services.download('comments', '/api/comments/attachments/{attachmentId}', { path: { attachmentId: id } }, { lang: ctx.lang, token: ctx.accessToken });
    if (!file.ok) {
      if (file.status === 404 || file.status === 400) return sendPage(res, renderNotFound(ctx), 404);
      return sendPage(res, renderConsultationsUnavailable(ctx, ctx.msg('attachments:portal.label'), file.unavailable ?? 'error'), 503);
    }
    res.status(200).setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', file.disposition ?? 'attachment');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    const body = Readable.fromWeb(file.body as import('node:stream/web').ReadableStream<Uint8Array>);
    res.on('close', () => body.destroy());
    body.on('error', () => res.destroy());
    body.pipe(res);
  }
}
