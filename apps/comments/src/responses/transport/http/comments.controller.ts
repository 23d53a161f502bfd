import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, clientAddressKey, Idempotent, pageRequest, pageResponse } from '@pb/http';
import type { Request } from 'express';
import { ConfirmVerificationCommand, ConfirmVerificationResult } from '../../application/commands/confirm-verification/confirm-verification.command';
import { FlagResponseCommand } from '../../application/commands/flag-response/flag-response.command';
import { ModerateResponseCommand } from '../../application/commands/moderate-response/moderate-response.command';
import { SubmitResponseCommand, SubmitResponseResult } from '../../application/commands/submit-response/submit-response.command';
import { SupportResponseCommand } from '../../application/commands/support-response/support-response.command';
import { GetPassageCountsQuery } from '../../application/queries/get-passage-counts/get-passage-counts.query';
import { GetModerationQueueQuery } from '../../application/queries/get-moderation-queue/get-moderation-queue.query';
import { ListPublicResponsesQuery } from '../../application/queries/list-public-responses/list-public-responses.query';
import { FlagRequestDto, IdParams, ListResponsesQueryDto, MODERATION_QUEUE_PAGE, ModerateRequestDto, QueueQueryDto, RESPONSES_PAGE } from './dto/moderation.request.dto';
import {
  FlagReceivedDto,
  ModeratedDto,
  ModerationQueueDto,
  PassageCountsDto,
  PublicResponseListDto,
  SubmitResponseResponseDto,
  SupportAcceptedDto,
  VerificationConfirmedDto,
} from './dto/response.response.dto';
import { ConfirmVerificationRequestDto, SubmitResponseRequestDto, SupportRequestDto } from './dto/submit-response.request.dto';
import { CommentsSettings } from '../../application/support/comments.settings';
import { RateLimitInterceptor, RateLimited } from './rate-limit.interceptor';

@ApiTags('responses')
@Controller('api/proposals/:id/comments')
@UseInterceptors(RateLimitInterceptor)
export class ProposalCommentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(202)
  @RateLimited('response')
  @Idempotent()
  @ApiAcceptedResponse({
    type: SubmitResponseResponseDto,
    description:
      '`{ id, status: "awaiting-verification" }`, the same whether or not the address responded before: a confirmation link goes to the e-mail address, or a mail saying that this address already has a counted response.',
  })
  @ApiProblems(400, 404, 409, 413, 422, 429)
  async submit(@Param() { id }: IdParams, @Body() body: SubmitResponseRequestDto): Promise<SubmitResponseResult> {
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
      }),
    );
  }

  @Get()
  @ApiOkResponse({ type: PublicResponseListDto, description: 'Published public responses with replies and support counts, a page of top-level responses at a time: `{ proposalId, total, items, next }`; `total` counts what the filters leave, replies included. Bodies are plain text: escape them.' })
  @ApiProblems(400, 404, 429)
  async list(@Param() { id }: IdParams, @Query() query: ListResponsesQueryDto, @Req() req: Request) {
    const { proposalId, total, ...page } = await this.queries.execute(new ListPublicResponsesQuery(id, pageRequest(query, RESPONSES_PAGE), { passage: query.passage, ids: query.ids }));
    return { proposalId, total, ...pageResponse(req, page) };
  }

  @Get('passages')
  @ApiOkResponse({ type: PassageCountsDto, description: 'Per paragraph of the current text, how many published public responses point at it (and how many of those at an earlier version of it).' })
  @ApiProblems(400, 404, 429)
  passages(@Param() { id }: IdParams) {
    return this.queries.execute(new GetPassageCountsQuery(id));
  }
}

@ApiTags('responses')
@Controller('api/comments')
@UseInterceptors(RateLimitInterceptor)
export class CommentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly settings: CommentsSettings,
  ) {}

  /** The portal's page `/reacties/bevestigen?token=…` posts the token from the e-mail link here. */
  @Post('verifications')
  @HttpCode(200)
  @ApiOkResponse({ type: VerificationConfirmedDto })
  @ApiProblems(400, 404, 409, 413, 422, 429)
  confirm(@Body() body: ConfirmVerificationRequestDto): Promise<ConfirmVerificationResult> {
    return this.commands.execute(new ConfirmVerificationCommand(body.token));
  }

  @Post(':id/support')
  @HttpCode(202)
  @RateLimited('support')
  @Idempotent()
  @ApiAcceptedResponse({ type: SupportAcceptedDto, description: 'A confirmation link goes to the e-mail address (or a mail saying it already supports this response).' })
  @ApiProblems(400, 404, 409, 413, 422, 429)
  support(@Param() { id }: IdParams, @Body() body: SupportRequestDto) {
    return this.commands.execute(new SupportResponseCommand(id, body.email, body.language ?? null));
  }

  @Post(':id/flags')
  @HttpCode(202)
  @RateLimited('flag')
  @Idempotent()
  @ApiAcceptedResponse({ type: FlagReceivedDto })
  @ApiProblems(400, 404, 409, 413, 422, 429)
  async flag(@Param() { id }: IdParams, @Body() body: FlagRequestDto, @Req() req: Request) {
    await this.commands.execute(new FlagResponseCommand(id, body.reason, body.explanation ?? null, clientAddressKey(this.settings.pseudonymSecret, req)));
    return { status: 'received' };
  }

  @Post(':id/moderation')
  @HttpCode(200)
  @Roles('moderator')
  @Idempotent()
  @ApiBearerAuth()
  @ApiOkResponse({ type: ModeratedDto })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  moderate(@Param() { id }: IdParams, @Body() body: ModerateRequestDto, @CurrentPrincipal() principal: Principal) {
    return this.commands.execute(new ModerateResponseCommand(id, body.decision, body.reason ?? null, principal.id));
  }
}

@ApiTags('moderation')
@Controller('api/moderation')
export class ModerationController {
  constructor(private readonly queries: QueryBus) {}

  @Get('queue')
  @Roles('moderator')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ModerationQueueDto, description: 'Pending responses (pre-moderation) and flagged published ones, oldest first: `{ items, next }`.' })
  @ApiProblems(400, 401, 403, 429)
  async queue(@Query() query: QueueQueryDto, @Req() req: Request) {
    return pageResponse(req, await this.queries.execute(new GetModerationQueueQuery(query.proposalId, pageRequest(query, MODERATION_QUEUE_PAGE))));
  }
}
