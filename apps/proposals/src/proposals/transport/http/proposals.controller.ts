import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, Idempotent, pageRequest, pageResponse } from '@pb/http';
import type { KeysetPage } from '@pb/kernel';
import type { Request } from 'express';
import { CorrectTextCommand } from '../../application/commands/correct-text/correct-text.command';
import { CreateProposalCommand, CreateProposalInput } from '../../application/commands/create-proposal/create-proposal.command';
import { EditDraftCommand } from '../../application/commands/edit-draft/edit-draft.command';
import { ExtendClosingCommand } from '../../application/commands/extend-closing/extend-closing.command';
import { WithdrawProposalCommand } from '../../application/commands/withdraw-proposal/withdraw-proposal.command';
import { PublishProposalCommand } from '../../application/commands/publish-proposal/publish-proposal.command';
import { PublishReportCommand } from '../../application/commands/publish-report/publish-report.command';
import { TranslateProposalCommand } from '../../application/commands/translate-proposal/translate-proposal.command';
import type { ProposalRow } from '../../application/ports/proposal.read-model';
import { GetProposalQuery } from '../../application/queries/get-proposal/get-proposal.query';
import { ListProposalsQuery } from '../../application/queries/list-proposals/list-proposals.query';
import { renderMarkdown } from '../../infrastructure/markdown/markdown.renderer';
import { CreateProposalRequestDto } from './dto/create-proposal.request.dto';
import { ListProposalsQueryDto, PROPOSALS_PAGE, ProposalIdParams } from './dto/list-proposals.query.dto';
import { ProposalDto, ProposalListDto } from './dto/proposal.response.dto';
import { CorrectTextRequestDto, ExtendClosingRequestDto, WithdrawProposalRequestDto } from './dto/proposal-changes.request.dto';
import { PublishReportRequestDto } from './dto/publish-report.request.dto';
import { TranslateProposalRequestDto, TranslationParams } from './dto/translate-proposal.request.dto';

const draftInput = (body: CreateProposalRequestDto): CreateProposalInput => ({
  title: body.title,
  summary: body.summary,
  body: body.body,
  theme: body.theme,
  questions: (body.questions ?? []).map((q) => ({ text: q.text, kind: q.kind ?? 'text', options: q.options ?? [] })),
  documents: (body.documents ?? []).map((d) => ({ title: d.title, url: d.url })),
  opensAt: new Date(body.opensAt),
  closesAt: new Date(body.closesAt),
  moderation: body.moderation,
});

const isCoordinator = (p?: Principal) => !!p && (p.roles.includes('coordinator') || p.roles.includes('admin'));

/** The public shape of a proposal; Markdown is served both raw and rendered (safe HTML). */
export function proposalView(p: ProposalRow, full = true) {
  return {
    id: p.id,
    status: p.status,
    title: p.title,
    summary: p.summary,
    theme: p.theme,
    strategyVersion: p.strategyVersion,
    opensAt: p.opensAt.toISOString(),
    closesAt: p.closesAt.toISOString(),
    moderation: p.moderation,
    responseCount: p.responseCount,
    questions: p.questions,
    documents: p.documents,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    openedAt: p.openedAt?.toISOString() ?? null,
    closedAt: p.closedAt?.toISOString() ?? null,
    answeredAt: p.answeredAt?.toISOString() ?? null,
    textVersion: p.text?.version ?? null,
    withdrawal: p.withdrawal,
    translation: p.translation
      ? {
          lang: p.translation.lang,
          title: p.translation.title,
          summary: p.translation.summary,
          ...(full ? { body: p.translation.body, bodyHtml: renderMarkdown(p.translation.body) } : {}),
          questions: p.translation.questions,
          translatedAt: p.translation.translatedAt.toISOString(),
        }
      : null,
    ...(full
      ? {
          body: p.body,
          bodyHtml: renderMarkdown(p.body),
          paragraphs: (p.text?.paragraphs ?? []).map((x) => ({ anchor: x.anchor, since: x.since, html: renderMarkdown(x.text) })),
          report: p.report
            ? {
                summary: p.report.summary,
                summaryHtml: renderMarkdown(p.report.summary),
                publishedAt: p.report.publishedAt,
                answers: p.report.answers.map((a) => ({ ...a, answerHtml: renderMarkdown(a.answer) })),
              }
            : null,
        }
      : {}),
  };
}

@ApiTags('proposals')
@Controller('api/proposals')
export class ProposalsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: ProposalListDto, description: 'Published proposals (drafts too for coordinators), without body and report, newest opening first, a page at a time: `{ items, next }`.' })
  @ApiProblems(400, 429)
  async list(@Query() query: ListProposalsQueryDto, @Req() req: Request, @CurrentPrincipal() principal?: Principal) {
    const page = await this.queries.execute<ListProposalsQuery, KeysetPage<ProposalRow>>(
      new ListProposalsQuery({ status: query.status, theme: query.theme }, isCoordinator(principal), pageRequest(query, PROPOSALS_PAGE)),
    );
    return pageResponse(req, { items: page.items.map((r) => proposalView(r, false)), nextKey: page.nextKey });
  }

  @Get(':id')
  @ApiOkResponse({ type: ProposalDto })
  @ApiProblems(400, 404, 429)
  async get(@Param() { id }: ProposalIdParams, @CurrentPrincipal() principal?: Principal) {
    return proposalView(await this.queries.execute<GetProposalQuery, ProposalRow>(new GetProposalQuery(id, isCoordinator(principal))));
  }

  @Post()
  @HttpCode(201)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ProposalDto, description: 'The draft.' })
  @ApiProblems(400, 401, 403, 413, 422, 429)
  async create(@Body() body: CreateProposalRequestDto, @CurrentPrincipal() principal: Principal) {
    const id = await this.commands.execute<CreateProposalCommand, string>(new CreateProposalCommand(draftInput(body), principal.id));
    return this.full(id);
  }

  @Put(':id')
  @HttpCode(200)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ProposalDto, description: 'The edited draft (a draft only: a published text is corrected with POST :id/text).' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  async editDraft(@Param() { id }: ProposalIdParams, @Body() body: CreateProposalRequestDto, @CurrentPrincipal() principal: Principal) {
    await this.commands.execute(new EditDraftCommand(id, draftInput(body), principal.id));
    return this.full(id);
  }

  @Post(':id/text')
  @HttpCode(200)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ProposalDto, description: 'The proposal with its corrected text as a new text version.' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  async correctText(@Param() { id }: ProposalIdParams, @Body() body: CorrectTextRequestDto, @CurrentPrincipal() principal: Principal) {
    await this.commands.execute(new CorrectTextCommand(id, body.body, principal.id));
    return this.full(id);
  }

  @Post(':id/closing')
  @HttpCode(200)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ProposalDto, description: 'The proposal with its later closing time (respondents are told by mail).' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  async extendClosing(@Param() { id }: ProposalIdParams, @Body() body: ExtendClosingRequestDto, @CurrentPrincipal() principal: Principal) {
    await this.commands.execute(new ExtendClosingCommand(id, new Date(body.closesAt), principal.id));
    return this.full(id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ProposalDto, description: 'The withdrawn proposal.' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  async withdraw(@Param() { id }: ProposalIdParams, @Body() body: WithdrawProposalRequestDto, @CurrentPrincipal() principal: Principal) {
    await this.commands.execute(new WithdrawProposalCommand(id, body.reason, body.explanation, principal.id));
    return this.full(id);
  }

  @Put(':id/translations/:lang')
  @HttpCode(200)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: ProposalDto,
    description: 'The proposal with its translation entered or corrected: a draft or a published proposal (not a withdrawn one). No new text version and no event: the Dutch text stays the text of record.',
  })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  async translate(@Param() { id, lang }: TranslationParams, @Body() body: TranslateProposalRequestDto, @CurrentPrincipal() principal: Principal) {
    const questions = (body.questions ?? []).map((q) => ({ id: q.id, text: q.text, ...(q.options ? { options: q.options.map((o) => ({ id: o.id, label: o.label })) } : {}) }));
    await this.commands.execute(new TranslateProposalCommand(id, { lang, title: body.title, summary: body.summary, body: body.body, questions }, principal.id));
    return this.full(id);
  }

  private async full(id: string) {
    return proposalView(await this.queries.execute<GetProposalQuery, ProposalRow>(new GetProposalQuery(id, true)));
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ProposalDto })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  async publish(@Param() { id }: ProposalIdParams, @CurrentPrincipal() principal: Principal) {
    await this.commands.execute(new PublishProposalCommand(id, principal.id));
    return proposalView(await this.queries.execute<GetProposalQuery, ProposalRow>(new GetProposalQuery(id, true)));
  }

  @Post(':id/report')
  @HttpCode(201)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ProposalDto, description: 'The proposal with its consultation report.' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  async report(@Param() { id }: ProposalIdParams, @Body() body: PublishReportRequestDto, @CurrentPrincipal() principal: Principal) {
    await this.commands.execute(
      new PublishReportCommand(id, body.summary, body.answers.map((a) => ({ topic: a.topic, answer: a.answer, responseIds: a.responseIds })), principal.id),
    );
    return proposalView(await this.queries.execute<GetProposalQuery, ProposalRow>(new GetProposalQuery(id, true)));
  }
}
