import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { RegulationIndex } from './application/ports/regulation-index';
import { GetRegulationHandler } from './application/queries/get-regulation/get-regulation.handler';
import { ListRegulationsHandler } from './application/queries/list-regulations/list-regulations.handler';
import { SqlRegulationIndex } from './infrastructure/persistence/regulation-index.store';
import { RegulationsController } from './transport/http/regulations.controller';

/** The regulation index: every regulation cited anywhere, read from the projections and the amendments. */
@Module({
  imports: [CqrsModule],
  controllers: [RegulationsController],
  providers: [{ provide: RegulationIndex, useClass: SqlRegulationIndex }, ListRegulationsHandler, GetRegulationHandler],
})
export class RegulationsModule {}
