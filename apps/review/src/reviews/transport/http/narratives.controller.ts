import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, Idempotent } from '@pb/http';
import { EditNarrativeCommand } from '../../application/commands/edit-narrative/edit-narrative.command';
import { SignOffNarrativeCommand } from '../../application/commands/sign-off-narrative/sign-off-narrative.command';
import { GetNarrativeQuery, NarrativeView } from '../../application/queries/get-narrative/get-narrative.query';
import { YearParamsDto } from '../../../shared/transport/http/params.dto';
import { EditNarrativeRequestDto, LanguageQueryDto, NarrativeQueryDto, NarrativeThemeParamsDto, NarrativeViewDto } from './dto/narrative.dto';

const canSeeDrafts = (p: Principal | undefined) => !!p && (p.roles.includes('coordinator') || p.roles.includes('admin'));

/** The review's text per theme: drafted from the figures, edited and signed off by a coordinator. */
@ApiTags('reviews')
@Controller('api/review/years')
export class NarrativesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':year/narrative')
  @ApiOkResponse({ type: NarrativeViewDto, description: 'Per theme the signed-off text, every sentence with the figures it states; with a coordinator’s token also the drafts.' })
  @ApiProblems(400, 404, 429)
  get(@Param() { year }: YearParamsDto, @Query() { lang, revision }: NarrativeQueryDto, @CurrentPrincipal() principal: Principal | undefined): Promise<NarrativeView> {
    return this.queries.execute(new GetNarrativeQuery(Number(year), lang ?? 'nl', revision === undefined ? undefined : Number(revision), canSeeDrafts(principal)));
  }

  @Put(':year/revisions/:revision/narrative/:theme')
  @HttpCode(204)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The edit is kept (and in the history); the text stays a draft until signed off.' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 422, 429)
  async edit(
    @Param() { year, revision, theme }: NarrativeThemeParamsDto,
    @Query() { lang }: LanguageQueryDto,
    @Body() body: EditNarrativeRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.commands.execute(new EditNarrativeCommand(Number(year), Number(revision), theme, lang ?? 'nl', { sentences: body.sentences }, principal.id));
  }

  @Post(':year/revisions/:revision/narrative/:theme/sign-off')
  @HttpCode(204)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Signed off: the text is public and no longer changes.' })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  async signOff(@Param() { year, revision, theme }: NarrativeThemeParamsDto, @Query() { lang }: LanguageQueryDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.commands.execute(new SignOffNarrativeCommand(Number(year), Number(revision), theme, lang ?? 'nl', principal.id));
  }
}
