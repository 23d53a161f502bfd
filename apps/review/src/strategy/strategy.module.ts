import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { StrategyVersions } from './application/ports/strategy-versions';
import { GetStrategyThemesHandler } from './application/queries/get-strategy-themes/get-strategy-themes.handler';
import { ListStrategyVersionsHandler } from './application/queries/list-strategy-versions/list-strategy-versions.handler';
import { SqlStrategyVersions } from './infrastructure/persistence/strategy-versions.store';
import { StrategyVersionsController } from './transport/http/strategy-versions.controller';

@Module({
  imports: [CqrsModule],
  controllers: [StrategyVersionsController],
  providers: [{ provide: StrategyVersions, useClass: SqlStrategyVersions }, ListStrategyVersionsHandler, GetStrategyThemesHandler],
})
export class StrategyModule {}
