import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { transactionsProvider } from '@pb/persistence';
import { CreateRoutingRuleHandler } from './application/commands/create-routing-rule/create-routing-rule.handler';
import { DeleteRoutingRuleHandler } from './application/commands/delete-routing-rule/delete-routing-rule.handler';
import { MoveRoutingRuleHandler } from './application/commands/move-routing-rule/move-routing-rule.handler';
import { UpdateRoutingRuleHandler } from './application/commands/update-routing-rule/update-routing-rule.handler';
import { ReportRouter } from './application/ports/report-router';
import { RoutingRuleStore } from './application/ports/routing-rule.store';
import { GetRoutingRuleHandler } from './application/queries/get-routing-rule/get-routing-rule.handler';
import { ListRoutingRulesHandler } from './application/queries/list-routing-rules/list-routing-rules.handler';
import { RuleBasedReportRouter } from './application/support/rule-based-report-router';
import { TypeOrmRoutingRuleStore } from './infrastructure/persistence/routing-rule.store.typeorm';
import { RoutingRulesController } from './transport/http/routing-rules.controller';

/**
 * Routing rules (issue 10 item 2). Its face to the other areas is ReportRouter: the intake asks it
 * where a new report goes, the official's report page how a report got there.
 */
@Module({
  imports: [CqrsModule],
  controllers: [RoutingRulesController],
  providers: [
    CreateRoutingRuleHandler,
    UpdateRoutingRuleHandler,
    DeleteRoutingRuleHandler,
    MoveRoutingRuleHandler,
    ListRoutingRulesHandler,
    GetRoutingRuleHandler,
    transactionsProvider,
    { provide: RoutingRuleStore, useClass: TypeOrmRoutingRuleStore },
    { provide: ReportRouter, useClass: RuleBasedReportRouter },
  ],
  exports: [ReportRouter],
})
export class RoutingModule {}
