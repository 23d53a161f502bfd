import { Module } from '@nestjs/common';
import { transactionsProvider } from '@pb/persistence';
import { CqrsModule } from '@nestjs/cqrs';
import { DecideAmendmentHandler } from './application/commands/decide-amendment/decide-amendment.handler';
import { ProposeAmendmentHandler } from './application/commands/propose-amendment/propose-amendment.handler';
import { RequestStrategyRevisionHandler } from './application/commands/request-strategy-revision/request-strategy-revision.handler';
import { AmendmentCitations } from './application/ports/amendment-citations';
import { AmendmentList } from './application/ports/amendment-list';
import { AmendmentRepository } from './application/ports/amendment.repository';
import { EvidenceLookup } from './application/ports/evidence-lookup';
import { StrategyCatalogue } from './application/ports/strategy-catalogue';
import { StrategyRevisionRequests } from './application/ports/strategy-revision-requests';
import { ListAmendmentsHandler } from './application/queries/list-amendments/list-amendments.handler';
import { SqlAmendmentCitations } from './infrastructure/persistence/amendment-citations.store';
import { SqlAmendmentList } from './infrastructure/persistence/amendment-list.store';
import { AmendmentOrmEntity } from './infrastructure/persistence/amendment.orm-entity';
import { TypeOrmAmendmentRepository } from './infrastructure/persistence/amendment.typeorm-repository';
import { SqlEvidenceLookup } from './infrastructure/persistence/evidence-lookup.store';
import { SqlStrategyCatalogue } from './infrastructure/persistence/strategy-catalogue.store';
import { SqlStrategyRevisionRequests } from './infrastructure/persistence/strategy-revision-requests.store';
import { AmendmentsController } from './transport/http/amendments.controller';

/** The amendments' ORM entities: app.module registers them on the service's DataSource. */
export const amendmentsEntities = [AmendmentOrmEntity];

@Module({
  imports: [CqrsModule],
  controllers: [AmendmentsController],
  providers: [
    transactionsProvider,
    { provide: AmendmentRepository, useClass: TypeOrmAmendmentRepository },
    { provide: StrategyRevisionRequests, useClass: SqlStrategyRevisionRequests },
    { provide: AmendmentList, useClass: SqlAmendmentList },
    { provide: EvidenceLookup, useClass: SqlEvidenceLookup },
    { provide: AmendmentCitations, useClass: SqlAmendmentCitations },
    { provide: StrategyCatalogue, useClass: SqlStrategyCatalogue },
    ProposeAmendmentHandler,
    DecideAmendmentHandler,
    RequestStrategyRevisionHandler,
    ListAmendmentsHandler,
  ],
})
export class AmendmentsModule {}
