import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { OpenDataService } from '../../application/open-data.service';

export class DatasetParamsDto {
  @Matches(/^[a-z][a-z-]{0,60}\.csv$/)
  file!: string;
}

@ApiTags('open-data')
@Controller('api/review/open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get()
  @ApiOkResponse({ description: 'The datasets with their schema (columns, types, descriptions).' })
  list(): object[] {
    return this.openData.list();
  }

  @Get(':file')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOkResponse({ description: 'A dataset as CSV (RFC 4180, UTF-8, header row).' })
  csv(@Param() { file }: DatasetParamsDto): Promise<string> {
    return this.openData.csv(file.slice(0, -'.csv'.length));
  }
}
