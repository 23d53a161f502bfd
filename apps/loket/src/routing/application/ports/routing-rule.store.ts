import type { Tx } from '@pb/persistence';
import type { RoutingDecision, RoutingRule, RoutingRuleDraft } from '../../domain/routing-rule';

/** The decision as stored with the report, and when it was taken. */
export interface StoredRouting extends RoutingDecision {
  routedAt: Date;
}

/**
 * The routing rules in their order of precedence, and the routing each report got. Positions are
 * set-based (a move swaps two rows, a delete closes the gap), so a store and not an aggregate.
 * Every change runs after `lockRules` in its transaction, so two admins never make two rules 3.
 */
export abstract class RoutingRuleStore {
  abstract lockRules(manager: Tx): Promise<void>;
  /** All rules, position 1 first. */
  abstract list(manager: Tx): Promise<RoutingRule[]>;
  abstract find(manager: Tx, id: string): Promise<RoutingRule | null>;
  /** Adds the rule after the last one (lowest precedence). */
  abstract append(manager: Tx, id: string, draft: RoutingRuleDraft, at: Date): Promise<RoutingRule>;
  /** False when there is no such rule. */
  abstract update(manager: Tx, id: string, draft: RoutingRuleDraft, at: Date): Promise<boolean>;
  /** Deletes the rule and moves the rules after it up one; false when there is no such rule. */
  abstract remove(manager: Tx, id: string): Promise<boolean>;
  /** Swaps the rule with its neighbour above or below (nothing at the top or bottom); false when there is no such rule. */
  abstract move(manager: Tx, id: string, direction: 'up' | 'down'): Promise<boolean>;
  abstract recordRouting(manager: Tx, reportId: string, routing: StoredRouting): Promise<void>;
  abstract routingOf(manager: Tx, reportId: string): Promise<StoredRouting | null>;
}
