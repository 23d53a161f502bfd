import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, UnsupportedMediaTypeException } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, Idempotent } from '@pb/http';
import { CorrectIndicatorDefinitionCommand } from '../../application/commands/correct-indicator-definition/correct-indicator-definition.command';
import { DefineIndicatorCommand } from '../../application/commands/define-indicator/define-indicator.command';
import { ImportIndicatorValuesCommand, ImportResult } from '../../application/commands/import-indicator-values/import-indicator-values.command';
import { RecordIndicatorValueCommand } from '../../application/commands/record-indicator-value/record-indicator-value.command';
import { IndicatorView, ListIndicatorsQuery } from '../../application/queries/list-indicators/list-indicators.query';
import type { Indicator, IndicatorValue } from '../../domain/indicator';
import {
  AmbitionParamsDto,
  DefineIndicatorRequestDto,
  ImportIndicatorValuesQueryDto,
  IndicatorDefinitionRequestDto,
  IndicatorParamsDto,
  ListIndicatorsQueryDto,
  RecordIndicatorValueRequestDto,
} from './dto/indicator.request.dto';
import { IndicatorDto, IndicatorImportResultDto, IndicatorListDto, IndicatorValueDto } from './dto/indicator.response.dto';

/** Indicators of the strategy's ambitions against their targets (§9 of the strategy: the monitor). */
@ApiTags('indicators')
@Controller('api/review')
export class IndicatorsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('indicators')
  @ApiOkResponse({ type: IndicatorListDto, description: 'Indicators with their targets (and the strategy’s words for them) and values.' })
  @ApiProblems(400, 429)
  async list(@Query() { theme, strategyVersion }: ListIndicatorsQueryDto): Promise<{ items: IndicatorView[] }> {
    return { items: await this.queries.execute(new ListIndicatorsQuery({ theme, strategyVersion })) };
  }

  @Post('indicators/:id/values')
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: IndicatorValueDto, description: 'The value is recorded (a correction keeps what it corrects in the history).' })
  @ApiProblems(400, 401, 403, 404, 413, 422, 429)
  record(@Param() { id }: IndicatorParamsDto, @Body() body: RecordIndicatorValueRequestDto, @CurrentPrincipal() principal: Principal): Promise<IndicatorValue> {
    return this.commands.execute(new RecordIndicatorValueCommand(id, body, principal.id));
  }

  @Post('indicators/:id/values/import')
  @HttpCode(200)
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiConsumes('text/csv')
  @ApiBody({ description: 'A CBS StatLine CSV export: a header row with a column `Perioden` and the value column.', schema: { type: 'string' } })
  @ApiOkResponse({ type: IndicatorImportResultDto, description: 'Every row was valid and is recorded; a file with a bad row records nothing (422 naming each row).' })
  @ApiProblems(400, 401, 403, 404, 413, 415, 422, 429)
  import(
    @Param() { id }: IndicatorParamsDto,
    @Query() meta: ImportIndicatorValuesQueryDto,
    @Body() csv: unknown,
    @Headers('content-type') contentType: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ImportResult> {
    if (typeof csv !== 'string' || !contentType?.toLowerCase().startsWith('text/csv')) throw new UnsupportedMediaTypeException();
    return this.commands.execute(new ImportIndicatorValuesCommand(id, csv, meta, principal.id));
  }

  @Post('strategy/versions/:version/themes/:theme/indicators')
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: IndicatorDto, description: 'The ambition has the indicator; values are recorded against it from now on.' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 429)
  define(@Param() { version, theme }: AmbitionParamsDto, @Body() body: DefineIndicatorRequestDto): Promise<Indicator> {
    const section = body.targetSection?.trim();
    const quote = body.targetQuote?.trim();
    return this.commands.execute(
      new DefineIndicatorCommand(version, theme, {
        code: body.code,
        definition: { nl: body.definitionNl.trim(), en: body.definitionEn.trim() },
        unit: body.unit.trim(),
        source: body.source.trim(),
        target: {
          value: body.targetValue ?? null,
          year: body.targetYear ?? null,
          comparison: body.targetComparison ?? null,
          source: section && quote ? { section, quote } : null,
        },
      }),
    );
  }

  @Put('indicators/:id/definition')
  @Idempotent()
  @Roles('coordinator')
  @ApiBearerAuth()
  @ApiOkResponse({ type: IndicatorDto, description: 'The definition is corrected in both languages; the code, unit, target and values stay.' })
  @ApiProblems(400, 401, 403, 404, 413, 429)
  correctDefinition(@Param() { id }: IndicatorParamsDto, @Body() body: IndicatorDefinitionRequestDto): Promise<Indicator> {
    return this.commands.execute(new CorrectIndicatorDefinitionCommand(id, { nl: body.nl.trim(), en: body.en.trim() }));
  }
}
