import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@pb/http';
import type { Paged, RegisterEntry } from '../../application/ports/report-read-model';
import { GetRegisterQuery } from '../../application/queries/get-register/get-register.query';
import { PagingQueryDto } from './dto/official.request.dto';
import { RegisterPageDto } from './dto/report.response.dto';

@ApiTags('register')
@Controller('api/loket/register')
export class RegisterController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: RegisterPageDto, description: 'Resolved barriers whose reporter consented, without personal data, with the cluster size.' })
  @ApiProblems(400, 429)
  register(@Query() q: PagingQueryDto): Promise<Paged<RegisterEntry>> {
    return this.queries.execute(new GetRegisterQuery(q.page ?? 1, q.pageSize ?? 20));
  }
}
