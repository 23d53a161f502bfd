import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@pb/http';
import { Matches } from 'class-validator';
import { OpenDataService } from '../../application/open-data.service';
import { DatasetDto } from './dto/open-data.response.dto';

const DATASET_FILE = /^[a-z][a-z-]{0,60}\.csv$/;

export class DatasetParamsDto {
  @ApiProperty({ pattern: DATASET_FILE.source, example: 'barrier-reports.csv' })
  @Matches(DATASET_FILE)
  file!: string;
}

@ApiTags('open-data')
@Controller('api/review/open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get()
  @ApiOkResponse({ type: [DatasetDto], description: 'The datasets with their schema (columns, types, descriptions).' })
  @ApiProblems(429)
  list(): ReturnType<OpenDataService['list']> {
    return this.openData.list();
  }

  @Get(':file')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOkResponse({ description: 'A dataset as CSV (RFC 4180, UTF-8, header row).', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400, 404, 429)
  csv(@Param() { file }: DatasetParamsDto): Promise<string> {
    return this.openData.csv(file.slice(0, -'.csv'.length));
  }
}
