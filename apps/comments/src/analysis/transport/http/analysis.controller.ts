import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, Idempotent } from '@pb/http';
import { EditAnalysisCommand, ThemeEdit } from '../../application/commands/edit-analysis/edit-analysis.command';
import { SignOffAnalysisCommand } from '../../application/commands/sign-off-analysis/sign-off-analysis.command';
import { StartAnalysisCommand } from '../../application/commands/start-analysis/start-analysis.command';
import type { AnalysisView } from '../../application/queries/get-analysis/get-analysis.handler';
import { GetAnalysisQuery } from '../../application/queries/get-analysis/get-analysis.query';
import { AnalysisDto, AnalysisEditRequestDto, AnalysisParams, AnalysisStartedDto } from './dto/analysis.dto';
import { IsUUID } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';

export class ProposalParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

/**
 * The analysis of a proposal's responses and its review (issue 11 item 4, ADR 0011). Coordinators
 * only (and admins): nothing of an analysis is public; a signed-off one feeds the consultation report.
 */
@ApiTags('analysis')
@ApiBearerAuth()
@Roles('coordinator')
@Controller('api/proposals/:id/analyses')
export class AnalysisController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(202)
  @Idempotent()
  @ApiAcceptedResponse({ type: AnalysisStartedDto, description: 'The analysis is queued (or the one already under way is answered); it runs in the background: follow `GET …/analyses/latest`.' })
  @ApiProblems(400, 401, 403, 404, 429)
  start(@Param() { id }: ProposalParams, @CurrentPrincipal() principal: Principal): Promise<{ analysisId: string; created: boolean }> {
    return this.commands.execute(new StartAnalysisCommand(id, principal.id));
  }

  @Get('latest')
  @ApiOkResponse({ type: AnalysisDto, description: 'The proposal’s newest analysis, in whatever state: queued, running, failed, review or signed-off.' })
  @ApiProblems(400, 401, 403, 404, 429)
  latest(@Param() { id }: ProposalParams): Promise<AnalysisView> {
    return this.queries.execute(new GetAnalysisQuery(id, 'latest'));
  }

  @Get('signed-off')
  @ApiOkResponse({ type: AnalysisDto, description: 'The proposal’s newest signed-off analysis: what the consultation report rests on.' })
  @ApiProblems(400, 401, 403, 404, 429)
  signedOff(@Param() { id }: ProposalParams): Promise<AnalysisView> {
    return this.queries.execute(new GetAnalysisQuery(id, 'signed-off'));
  }

  @Post(':analysisId/edits')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ type: AnalysisDto, description: 'Applies one change (rename, reject a label, merge, split, move a response), logs it, and answers the analysis.' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  async edit(@Param() { id, analysisId }: AnalysisParams, @Body() body: AnalysisEditRequestDto, @CurrentPrincipal() principal: Principal): Promise<AnalysisView> {
    await this.commands.execute(new EditAnalysisCommand(id, analysisId, editOf(body), principal.id));
    return this.queries.execute(new GetAnalysisQuery(id, 'latest'));
  }

  @Post(':analysisId/sign-off')
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ type: AnalysisDto, description: 'Signs the reviewed analysis off (every theme needs a label); publishes ConsultationAnalysisSignedOff.' })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  async signOff(@Param() { id, analysisId }: AnalysisParams, @CurrentPrincipal() principal: Principal): Promise<AnalysisView> {
    await this.commands.execute(new SignOffAnalysisCommand(id, analysisId, principal.id));
    return this.queries.execute(new GetAnalysisQuery(id, 'signed-off'));
  }
}

/** The request's fields as the edit its kind names (validation made sure they are there). */
function editOf(b: AnalysisEditRequestDto): ThemeEdit {
  switch (b.kind) {
    case 'rename':
      return { kind: 'rename', themeId: b.themeId!, label: b.label! };
    case 'reject-label':
      return { kind: 'reject-label', themeId: b.themeId! };
    case 'merge':
      return { kind: 'merge', themeId: b.themeId!, intoThemeId: b.intoThemeId! };
    case 'split':
      return { kind: 'split', themeId: b.themeId!, responseIds: b.responseIds!, label: b.label! };
    case 'move':
      return { kind: 'move', responseId: b.responseId!, toThemeId: b.toThemeId! };
  }
}
