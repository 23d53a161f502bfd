import { Module } from '@nestjs/common';
import { DatasetRowSource } from './application/ports/dataset-row.source';
import { OpenDataService } from './application/support/open-data.service';
import { PgDatasetRowSource } from './infrastructure/persistence/dataset-row.stream';
import { OpenDataController } from './transport/http/open-data.controller';

@Module({ controllers: [OpenDataController], providers: [OpenDataService, { provide: DatasetRowSource, useClass: PgDatasetRowSource }] })
export class OpenDataModule {}
