import { label } from './labels';
import type { PageContext } from './page-context';

/** A rule's conditions in words, in a fixed order: "BWB-id BWBR0011468, artikel 5, technologie AI". */
export function describeRuleMatch(ctx: PageContext, match: { bwbId?: string; article?: string; theme?: string; technology?: string; sector?: string }): string {
  const parts: string[] = [];
  if (match.bwbId) parts.push(ctx.msg('routing:text.bwbId', { value: match.bwbId }));
  if (match.article) parts.push(ctx.msg('routing:text.article', { value: match.article }));
  if (match.theme) parts.push(ctx.msg('routing:text.theme', { value: match.theme }));
  if (match.technology) parts.push(ctx.msg('routing:text.technology', { value: label(ctx, 'technology', match.technology) }));
  if (match.sector) parts.push(ctx.msg('routing:text.sector', { value: label(ctx, 'sector', match.sector) }));
  return parts.join(', ');
}

/** Where a rule sends reports: the ministry by name, and the handler group when there is one. */
export function describeRuleTarget(ctx: PageContext, rule: { department: string; handlerGroup?: string }): string {
  const department = label(ctx, 'department', rule.department);
  return rule.handlerGroup ? ctx.msg('routing:text.targetWithGroup', { department, group: rule.handlerGroup }) : department;
}
