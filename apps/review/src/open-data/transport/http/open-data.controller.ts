import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems, SERVICE_LOGGER } from '@pb/http';
import { Matches } from 'class-validator';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { OpenDataService } from '../../application/support/open-data.service';
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
  constructor(
    private readonly openData: OpenDataService,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  @Get()
  @ApiOkResponse({ type: [DatasetDto], description: 'The datasets with their schema (columns, types, descriptions).' })
  @ApiProblems(429)
  list(): ReturnType<OpenDataService['list']> {
    return this.openData.list();
  }

  /**
   * Streamed from a database cursor, so the size of a table never decides the size of the heap. Once
   * the first line is out the status is 200: a failure after that cuts the transfer (the client sees
   * an incomplete download, never a half CSV that looks whole) and is logged (with the correlation id, as every log line).
   */
  @Get(':file')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'A dataset as CSV (RFC 4180, UTF-8, header row), streamed.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiProblems(400, 404, 429)
  async csv(@Param() { file }: DatasetParamsDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const def = this.openData.dataset(file.slice(0, -'.csv'.length));
    res.status(200).type('text/csv; charset=utf-8');
    try {
      await this.openData.writeCsv(def, res);
    } catch (err) {
      if (req.destroyed || res.destroyed) return; // the client went away: nothing to answer
      this.logger.error({ err: (err as Error).message, dataset: def.name }, 'open data stream failed');
      res.destroy();
    }
  }
}
