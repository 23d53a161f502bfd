import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DecideAmendmentHandler, ProposeAmendmentHandler, RequestStrategyRevisionHandler } from './application/commands/amendment.handlers';
import { ListAmendmentsHandler } from './application/queries/list-amendments.query';
import { AmendmentsController } from './transport/http/amendments.controller';

@Module({
  imports: [CqrsModule],
  controllers: [AmendmentsController],
  providers: [ProposeAmendmentHandler, DecideAmendmentHandler, RequestStrategyRevisionHandler, ListAmendmentsHandler],
})
export class AmendmentsModule {}
