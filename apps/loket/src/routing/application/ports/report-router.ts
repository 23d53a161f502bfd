import type { Tx } from '@pb/persistence';
import type { ReportFacts, RoutingDecision, RuleMatch } from '../../domain/routing-rule';
import type { StoredRouting } from './routing-rule.store';

export type { ReportFacts, RoutingDecision, RuleMatch, StoredRouting };

/**
 * The routing rules as the intake uses them (the reports area's way in): which department a new
 * report goes to, and the record of the rule that sent it there. A report no rule matches goes
 * to the intake queue, as before.
 */
export abstract class ReportRouter {
  /**
   * The first matching rule's decision, or null. `theme` is asked only when a rule looks at the
   * theme (finding it means running the suggester).
   */
  abstract decide(manager: Tx, facts: Omit<ReportFacts, 'theme'>, theme: () => Promise<string | undefined>): Promise<RoutingDecision | null>;
  /** Keeps the decision with the report (in the intake's transaction, after the report is inserted). */
  abstract record(manager: Tx, reportId: string, decision: RoutingDecision, at: Date): Promise<void>;
  /** How the report was routed at intake, if a rule did. */
  abstract routingOf(manager: Tx, reportId: string): Promise<StoredRouting | null>;
}
