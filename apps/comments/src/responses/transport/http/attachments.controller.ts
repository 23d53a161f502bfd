import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@pb/auth';
import { ApiProblems, Idempotent } from '@pb/http';
import type { Response } from 'express';
import { SubmitResponseCommand, SubmitResponseResult } from '../../application/commands/submit-response/submit-response.command';
import type { AttachmentFile } from '../../application/ports/attachment.store';
import { GetAttachmentQuery } from '../../application/queries/get-attachment/get-attachment.query';
import { ListPublicAttachmentsQuery } from '../../application/queries/list-public-attachments/list-public-attachments.query';
import type { RequestWithAttachments } from './attachment-upload.middleware';
import { AttachmentIdParams, PublicAttachmentListDto, SubmitWithAttachmentsRequestDto } from './dto/attachment.dto';
import { IdParams } from './dto/moderation.request.dto';
import { SubmitResponseResponseDto } from './dto/response.response.dto';
import { SubmitResponseRequestDto } from './dto/submit-response.request.dto';
import { RateLimitInterceptor, RateLimited } from './rate-limit.interceptor';

/** Position papers (issue 11 item 1): a response with documents, and the documents of public responses. */
@ApiTags('attachments')
@Controller('api/proposals/:id/comments')
@UseInterceptors(RateLimitInterceptor)
export class ProposalAttachmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('with-attachments')
  @HttpCode(202)
  @RateLimited('response')
  @Idempotent()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: SubmitWithAttachmentsRequestDto })
  @ApiAcceptedResponse({
    type: SubmitResponseResponseDto,
    description:
      'As `POST /api/proposals/{id}/comments`, with documents: the `response` part is that JSON body, each `attachments` part a PDF, ODT or DOCX. 413 for a file over the limit or too many files, 415 for a file that is not one of the three by its bytes (whatever its name) or a body that is not multipart. The text is read after the answer.',
  })
  @ApiProblems(400, 404, 409, 413, 415, 422, 429)
  submit(@Param() { id }: IdParams, @Body() body: SubmitResponseRequestDto, @Req() req: RequestWithAttachments): Promise<SubmitResponseResult> {
    return this.commands.execute<SubmitResponseCommand, SubmitResponseResult>(
      new SubmitResponseCommand({
        proposalId: id,
        body: body.body,
        answers: (body.answers ?? []).map((a) => ({ questionId: a.questionId, answer: a.answer, choice: a.choice, choices: a.choices, value: a.value })),
        author: { name: body.author.name, email: body.author.email },
        onBehalfOf: body.onBehalfOf ?? null,
        public: body.public,
        parentId: body.parentId ?? null,
        passage: body.passage ? { anchor: body.passage.anchor, quote: body.passage.quote?.trim() || null } : null,
        lang: body.language ?? null,
        attachments: req.attachments ?? [],
      }),
    );
  }

  @Get('attachments')
  @ApiOkResponse({ type: PublicAttachmentListDto, description: 'The documents of the published public responses (and their visible replies): name, type, size — never their text.' })
  @ApiProblems(400, 429)
  list(@Param() { id }: IdParams) {
    return this.queries.execute(new ListPublicAttachmentsQuery(id));
  }
}

@ApiTags('attachments')
@Controller('api/comments/attachments')
export class AttachmentsController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The file, as a download: the type its bytes were checked to be, `nosniff` so no browser
   * guesses another, `attachment` so none renders it in our origin, and a sandboxing CSP besides.
   */
  @Get(':attachmentId')
  // No security requirement: the route is public and never answers 401/403; a coordinator's bearer token only widens what it finds.
  @ApiProduces('application/pdf', 'application/vnd.oasis.opendocument.text', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({
    description: "The document of a publicly visible response, to anyone; of any confirmed response, to a coordinator (`Authorization: Bearer <token>`; an invalid token is no token). Otherwise 404, as for an unknown id.",
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 404, 429)
  async download(@Param() { attachmentId }: AttachmentIdParams, @Req() req: RequestWithAttachments & { principal?: Principal }, @Res() res: Response): Promise<void> {
    const roles = req.principal?.roles ?? [];
    const file = await this.queries.execute<GetAttachmentQuery, AttachmentFile>(new GetAttachmentQuery(attachmentId, roles.includes('coordinator') || roles.includes('admin')));
    res.status(200);
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-length', String(file.bytes.length));
    res.setHeader('content-disposition', contentDisposition(file.fileName));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('content-security-policy', "default-src 'none'; sandbox");
    // Never kept by a cache: a public file may stop being public (moderation, erasure).
    res.setHeader('cache-control', 'no-store');
    res.end(file.bytes);
  }
}

/** RFC 6266: an ASCII fallback name and the real one in UTF-8 (RFC 8187). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\%]/g, '') || 'bijlage';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
