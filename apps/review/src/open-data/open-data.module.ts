import { Module } from '@nestjs/common';
import { OpenDataService } from './application/open-data.service';
import { OpenDataController } from './transport/http/open-data.controller';

@Module({ controllers: [OpenDataController], providers: [OpenDataService] })
export class OpenDataModule {}
