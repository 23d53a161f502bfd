import { Injectable } from '@nestjs/common';
import type { Tx } from '@pb/persistence';
import { firstMatchingRule, ReportFacts, RoutingDecision } from '../../domain/routing-rule';
import { ReportRouter } from '../ports/report-router';
import { RoutingRuleStore, StoredRouting } from '../ports/routing-rule.store';

@Injectable()
export class RuleBasedReportRouter extends ReportRouter {
  constructor(private readonly rules: RoutingRuleStore) {
    super();
  }

  async decide(manager: Tx, facts: Omit<ReportFacts, 'theme'>, theme: () => Promise<string | undefined>): Promise<RoutingDecision | null> {
    const rules = await this.rules.list(manager);
    if (rules.length === 0) return null;
    // The suggester runs only when a rule needs its theme: most intakes never wait for it.
    const withTheme = rules.some((r) => r.match.theme !== undefined) ? { ...facts, theme: await theme() } : facts;
    return firstMatchingRule(rules, withTheme);
  }

  record(manager: Tx, reportId: string, decision: RoutingDecision, at: Date): Promise<void> {
    return this.rules.recordRouting(manager, reportId, { ...decision, routedAt: at });
  }

  routingOf(manager: Tx, reportId: string): Promise<StoredRouting | null> {
    return this.rules.routingOf(manager, reportId);
  }
}
