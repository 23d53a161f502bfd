import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { transactionsProvider } from '../shared/infrastructure/persistence/typeorm-transactions';
import { DecideAmendmentHandler } from './application/commands/decide-amendment/decide-amendment.handler';
import { ProposeAmendmentHandler } from './application/commands/propose-amendment/propose-amendment.handler';
import { RequestStrategyRevisionHandler } from './application/commands/request-strategy-revision/request-strategy-revision.handler';
import { AmendmentList } from './application/ports/amendment-list';
import { AmendmentStore } from './application/ports/amendment-store';
import { EvidenceLookup } from './application/ports/evidence-lookup';
import { StrategyCatalogue } from './application/ports/strategy-catalogue';
import { ListAmendmentsHandler } from './application/queries/list-amendments/list-amendments.handler';
import { SqlAmendmentList } from './infrastructure/persistence/amendment-list.store';
import { SqlAmendmentStore } from './infrastructure/persistence/amendment.store';
import { SqlEvidenceLookup } from './infrastructure/persistence/evidence-lookup.store';
import { SqlStrategyCatalogue } from './infrastructure/persistence/strategy-catalogue.store';
import { AmendmentsController } from './transport/http/amendments.controller';

@Module({
  imports: [CqrsModule],
  controllers: [AmendmentsController],
  providers: [
    transactionsProvider,
    { provide: AmendmentStore, useClass: SqlAmendmentStore },
    { provide: AmendmentList, useClass: SqlAmendmentList },
    { provide: EvidenceLookup, useClass: SqlEvidenceLookup },
    { provide: StrategyCatalogue, useClass: SqlStrategyCatalogue },
    ProposeAmendmentHandler,
    DecideAmendmentHandler,
    RequestStrategyRevisionHandler,
    ListAmendmentsHandler,
  ],
})
export class AmendmentsModule {}
