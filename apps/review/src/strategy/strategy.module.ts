import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { StrategyVersions } from './application/ports/strategy-versions';
import { DiffStrategyVersionsHandler } from './application/queries/diff-strategy-versions/diff-strategy-versions.handler';
import { ListStrategyVersionsHandler } from './application/queries/list-strategy-versions/list-strategy-versions.handler';
import { SqlStrategyVersions } from './infrastructure/persistence/strategy-versions.store';
import { StrategyVersionsController } from './transport/http/strategy-versions.controller';

@Module({
  imports: [CqrsModule],
  controllers: [StrategyVersionsController],
  providers: [{ provide: StrategyVersions, useClass: SqlStrategyVersions }, ListStrategyVersionsHandler, DiffStrategyVersionsHandler],
})
export class StrategyModule {}
