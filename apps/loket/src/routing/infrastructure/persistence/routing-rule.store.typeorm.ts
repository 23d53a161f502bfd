import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RoutingRuleStore, StoredRouting } from '../../application/ports/routing-rule.store';
import type { RoutingRule, RoutingRuleDraft, RuleMatch } from '../../domain/routing-rule';

interface RuleRow {
  id: string;
  position: number;
  match: RuleMatch;
  department: string;
  handler_group: string | null;
}

const toRule = (r: RuleRow): RoutingRule => ({ id: r.id, position: r.position, match: r.match, department: r.department, ...(r.handler_group ? { handlerGroup: r.handler_group } : {}) });

@Injectable()
export class TypeOrmRoutingRuleStore extends RoutingRuleStore {
  async lockRules(manager: EntityManager): Promise<void> {
    // Readers (the intake) are not blocked; two admins' changes of the order are serialised.
    await manager.query(`LOCK TABLE routing_rules IN SHARE ROW EXCLUSIVE MODE`);
  }

  async list(manager: EntityManager): Promise<RoutingRule[]> {
    const rows: RuleRow[] = await manager.query(`SELECT id, position, match, department, handler_group FROM routing_rules ORDER BY position`);
    return rows.map(toRule);
  }

  async find(manager: EntityManager, id: string): Promise<RoutingRule | null> {
    const [row]: RuleRow[] = await manager.query(`SELECT id, position, match, department, handler_group FROM routing_rules WHERE id = $1`, [id]);
    return row ? toRule(row) : null;
  }

  async append(manager: EntityManager, id: string, draft: RoutingRuleDraft, at: Date): Promise<RoutingRule> {
    const [row]: RuleRow[] = await manager.query(
      `INSERT INTO routing_rules (id, position, match, department, handler_group, created_at, updated_at)
       VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM routing_rules), $2, $3, $4, $5, $5)
       RETURNING id, position, match, department, handler_group`,
      [id, JSON.stringify(draft.match), draft.department, draft.handlerGroup ?? null, at],
    );
    return toRule(row);
  }

  async update(manager: EntityManager, id: string, draft: RoutingRuleDraft, at: Date): Promise<boolean> {
    // In a SELECT so the rows come back as rows (TypeORM answers a bare UPDATE … RETURNING with [rows, count]).
    const rows: unknown[] = await manager.query(`WITH u AS (UPDATE routing_rules SET match = $2, department = $3, handler_group = $4, updated_at = $5 WHERE id = $1 RETURNING id) SELECT id FROM u`, [
      id,
      JSON.stringify(draft.match),
      draft.department,
      draft.handlerGroup ?? null,
      at,
    ]);
    return rows.length > 0;
  }

  async remove(manager: EntityManager, id: string): Promise<boolean> {
    const [row]: { position: number }[] = await manager.query(`WITH d AS (DELETE FROM routing_rules WHERE id = $1 RETURNING position) SELECT position FROM d`, [id]);
    if (!row) return false;
    await manager.query(`UPDATE routing_rules SET position = position - 1 WHERE position > $1`, [row.position]);
    return true;
  }

  async move(manager: EntityManager, id: string, direction: 'up' | 'down'): Promise<boolean> {
    const [row]: { position: number }[] = await manager.query(`SELECT position FROM routing_rules WHERE id = $1`, [id]);
    if (!row) return false;
    const other = direction === 'up' ? row.position - 1 : row.position + 1;
    // One statement swaps both (the unique constraint on position is checked at its end); the first
    // rule up or the last down has no neighbour, and then nothing moves (it would leave the range).
    await manager.query(
      `UPDATE routing_rules SET position = CASE WHEN position = $1 THEN $2 ELSE $1 END
        WHERE position IN ($1, $2) AND EXISTS (SELECT 1 FROM routing_rules WHERE position = $2)`,
      [row.position, other],
    );
    return true;
  }

  async recordRouting(manager: EntityManager, reportId: string, routing: StoredRouting): Promise<void> {
    await manager.query(
      `INSERT INTO report_routings (report_id, rule_id, rule_position, match, department, handler_group, routed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [reportId, routing.ruleId, routing.position, JSON.stringify(routing.match), routing.department, routing.handlerGroup ?? null, routing.routedAt],
    );
  }

  async routingOf(manager: EntityManager, reportId: string): Promise<StoredRouting | null> {
    const [row]: { rule_id: string; rule_position: number; match: RuleMatch; department: string; handler_group: string | null; routed_at: Date }[] = await manager.query(
      `SELECT rule_id, rule_position, match, department, handler_group, routed_at FROM report_routings WHERE report_id = $1`,
      [reportId],
    );
    if (!row) return null;
    return {
      ruleId: row.rule_id,
      position: row.rule_position,
      match: row.match,
      department: row.department,
      ...(row.handler_group ? { handlerGroup: row.handler_group } : {}),
      routedAt: new Date(row.routed_at),
    };
  }
}
