import { Module } from '@nestjs/common';
import { StrategyVersionsController } from './transport/http/strategy-versions.controller';

@Module({ controllers: [StrategyVersionsController] })
export class StrategyModule {}
