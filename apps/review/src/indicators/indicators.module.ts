import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { transactionsProvider } from '@pb/persistence';
import { CorrectIndicatorDefinitionHandler } from './application/commands/correct-indicator-definition/correct-indicator-definition.handler';
import { DefineIndicatorHandler } from './application/commands/define-indicator/define-indicator.handler';
import { ImportIndicatorValuesHandler } from './application/commands/import-indicator-values/import-indicator-values.handler';
import { RecordIndicatorValueHandler } from './application/commands/record-indicator-value/record-indicator-value.handler';
import { IndicatorCsvReader } from './application/ports/indicator-csv.reader';
import { IndicatorStore } from './application/ports/indicator.store';
import { ListIndicatorsHandler } from './application/queries/list-indicators/list-indicators.handler';
import { StatLineCsvReader } from './infrastructure/csv/statline-csv.reader';
import { SqlIndicatorStore } from './infrastructure/persistence/indicator.store.sql';
import { IndicatorsController } from './transport/http/indicators.controller';

/** Indicators and targets of the strategy's ambitions (issue 12, item 1). */
@Module({
  imports: [CqrsModule],
  controllers: [IndicatorsController],
  providers: [
    transactionsProvider,
    { provide: IndicatorStore, useClass: SqlIndicatorStore },
    { provide: IndicatorCsvReader, useClass: StatLineCsvReader },
    RecordIndicatorValueHandler,
    ImportIndicatorValuesHandler,
    DefineIndicatorHandler,
    CorrectIndicatorDefinitionHandler,
    ListIndicatorsHandler,
  ],
})
export class IndicatorsModule {}
