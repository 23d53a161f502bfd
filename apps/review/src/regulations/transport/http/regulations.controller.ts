import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@pb/http';
import { GetRegulationQuery, RegulationView } from '../../application/queries/get-regulation/get-regulation.query';
import { ListRegulationsQuery, RegulationListView } from '../../application/queries/list-regulations/list-regulations.query';
import { RegulationParamsDto } from './dto/regulation.request.dto';
import { RegulationDto, RegulationListDto } from './dto/regulation.response.dto';

/** The regulation index (issue 12, item 5): public, like the monitor. */
@ApiTags('regulations')
@Controller('api/review/regulations')
export class RegulationsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: RegulationListDto, description: 'Every regulation cited by a barrier report, a consultation response or an amendment, most reported first.' })
  @ApiProblems(429)
  list(): Promise<RegulationListView> {
    return this.queries.execute<ListRegulationsQuery, RegulationListView>(new ListRegulationsQuery());
  }

  @Get(':bwbId')
  @ApiOkResponse({ type: RegulationDto, description: 'One regulation: per year its reports, duplicate clusters, outcomes, responses and amendments, and the records citing it.' })
  @ApiProblems(400, 404, 429)
  regulation(@Param() p: RegulationParamsDto): Promise<RegulationView> {
    return this.queries.execute<GetRegulationQuery, RegulationView>(new GetRegulationQuery(p.bwbId));
  }
}
