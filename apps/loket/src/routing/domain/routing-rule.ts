import { CURRENT_DEPARTMENTS, SBI_SECTIONS, TECHNOLOGIES, THEME_CODE_PATTERN } from '@pb/contracts/vocabulary';
import { DomainFieldError } from '@pb/kernel';
import { normaliseArticle } from '../../shared/domain/article-number';
import { InvalidRoutingRuleError } from './routing.errors';

/**
 * What a rule looks at: the regulation the report cites (BWB id and article, as identified at
 * intake), the theme the suggester puts first, and the technology and sector the reporter chose.
 * Every criterion a rule names must hold; criteria it leaves out match anything.
 */
export const RULE_CRITERIA = ['bwbId', 'article', 'theme', 'technology', 'sector'] as const;
export type RuleCriterion = (typeof RULE_CRITERIA)[number];
export type RuleMatch = Partial<Record<RuleCriterion, string>>;

export interface RoutingRuleDraft {
  match: RuleMatch;
  department: string;
  /** A group of handlers within the department (free code, e.g. `privacy-team`), shown with the routing. */
  handlerGroup?: string;
}

export interface RoutingRule extends RoutingRuleDraft {
  id: string;
  /** 1 is looked at first; positions are 1..n without gaps. */
  position: number;
}

/** The facts of a report at intake that rules are matched on. */
export interface ReportFacts {
  bwbId?: string;
  article?: string;
  /** The suggester's best theme, when it has one. */
  theme?: string;
  technology: string;
  sector: string;
}

/** How the fired rule is remembered on the report: as it was then, so editing the rule later changes no history. */
export interface RoutingDecision {
  ruleId: string;
  position: number;
  match: RuleMatch;
  department: string;
  handlerGroup?: string;
}

const normalised: Record<RuleCriterion, (v: string) => string> = {
  bwbId: (v) => v.trim().toUpperCase(),
  // An article without a number (an annex: "Bijlage III") is compared as written, without spaces.
  article: (v) => normaliseArticle(v) ?? v.toLowerCase().replace(/\s+/g, ''),
  theme: (v) => v.trim(),
  technology: (v) => v.trim(),
  sector: (v) => v.trim().toUpperCase(),
};

/** Whether every criterion the rule names holds for the report (a rule without criteria matches nothing). */
export function ruleMatches(match: RuleMatch, facts: ReportFacts): boolean {
  const named = RULE_CRITERIA.filter((c) => match[c] !== undefined);
  if (named.length === 0) return false;
  return named.every((c) => {
    const fact = facts[c];
    return fact !== undefined && fact !== '' && normalised[c](fact) === normalised[c](match[c]!);
  });
}

/** The first rule by precedence (lowest position) that matches, as the decision to store; null: none does. */
export function firstMatchingRule(rules: readonly RoutingRule[], facts: ReportFacts): RoutingDecision | null {
  const ordered = [...rules].sort((a, b) => a.position - b.position);
  const rule = ordered.find((r) => ruleMatches(r.match, facts));
  if (!rule) return null;
  return { ruleId: rule.id, position: rule.position, match: { ...rule.match }, department: rule.department, ...(rule.handlerGroup ? { handlerGroup: rule.handlerGroup } : {}) };
}

const BWB_ID = /^BWB[RV]\d{7}$/i;
const ARTICLE = /^[\p{L}\p{N} .:-]{1,40}$/u;
const HANDLER_GROUP = /^[a-z0-9][a-z0-9-]{0,59}$/;

/**
 * A rule as an admin may keep it: at least one criterion, each well-formed, and a department the
 * loket knows. All problems are named at once, per field (`match`, `match.<criterion>`,
 * `department`, `handlerGroup`). Empty strings count as left out.
 */
export function checkedRule(draft: { match?: Partial<Record<string, string | undefined>>; department?: string; handlerGroup?: string }): RoutingRuleDraft {
  const errors: DomainFieldError[] = [];
  const match: RuleMatch = {};
  for (const c of RULE_CRITERIA) {
    const value = draft.match?.[c]?.trim();
    if (value) match[c] = value;
  }
  if (Object.keys(match).length === 0) errors.push({ field: 'match', key: 'routing:errors.empty-match' });
  if (match.bwbId !== undefined && !BWB_ID.test(match.bwbId)) errors.push({ field: 'match.bwbId', key: 'routing:errors.bad-bwb-id', params: { value: match.bwbId } });
  if (match.article !== undefined && !ARTICLE.test(match.article)) errors.push({ field: 'match.article', key: 'routing:errors.bad-article' });
  if (match.theme !== undefined && !THEME_CODE_PATTERN.test(match.theme)) errors.push({ field: 'match.theme', key: 'routing:errors.bad-theme', params: { value: match.theme } });
  if (match.technology !== undefined && !(TECHNOLOGIES as readonly string[]).includes(match.technology)) {
    errors.push({ field: 'match.technology', key: 'routing:errors.unknown-technology', params: { value: match.technology } });
  }
  if (match.sector !== undefined) {
    match.sector = match.sector.toUpperCase();
    if (!SBI_SECTIONS.includes(match.sector)) errors.push({ field: 'match.sector', key: 'routing:errors.unknown-sector', params: { value: match.sector } });
  }
  const department = draft.department?.trim() ?? '';
  if (!(CURRENT_DEPARTMENTS as readonly string[]).includes(department)) errors.push({ field: 'department', key: 'routing:errors.unknown-department', params: { value: department } });
  const handlerGroup = draft.handlerGroup?.trim() || undefined;
  if (handlerGroup !== undefined && !HANDLER_GROUP.test(handlerGroup)) errors.push({ field: 'handlerGroup', key: 'routing:errors.bad-handler-group' });
  if (errors.length > 0) throw new InvalidRoutingRuleError(errors);
  return { match, department, ...(handlerGroup ? { handlerGroup } : {}) };
}
