import { checkedRule, firstMatchingRule, ReportFacts, RoutingRule, ruleMatches } from './routing-rule';
import { InvalidRoutingRuleError } from './routing.errors';

const facts: ReportFacts = { bwbId: 'BWBR0011468', article: '5', theme: '2.1.2', technology: 'ai', sector: 'J' };
const rule = (id: string, position: number, match: RoutingRule['match'], department = 'EZ'): RoutingRule => ({ id, position, match, department });

describe('ruleMatches', () => {
  it('holds when every named criterion holds, whatever the others are', () => {
    expect(ruleMatches({ bwbId: 'BWBR0011468' }, facts)).toBe(true);
    expect(ruleMatches({ bwbId: 'bwbr0011468', article: 'Artikel 5' }, facts)).toBe(true);
    expect(ruleMatches({ technology: 'ai', sector: 'j' }, facts)).toBe(true);
    expect(ruleMatches({ theme: '2.1.2' }, facts)).toBe(true);
  });

  it('fails when one named criterion differs or the report has no such fact', () => {
    expect(ruleMatches({ bwbId: 'BWBR0011468', article: '6' }, facts)).toBe(false);
    expect(ruleMatches({ technology: 'blockchain' }, facts)).toBe(false);
    expect(ruleMatches({ sector: 'A' }, facts)).toBe(false);
    expect(ruleMatches({ theme: '2.1.2' }, { ...facts, theme: undefined })).toBe(false);
    expect(ruleMatches({ article: '5' }, { ...facts, article: undefined })).toBe(false);
  });

  it('never holds for a rule without criteria', () => {
    expect(ruleMatches({}, facts)).toBe(false);
  });

  it('compares articles by their number, and an article without a number as written', () => {
    expect(ruleMatches({ article: 'art. 5 lid 2' }, facts)).toBe(true);
    expect(ruleMatches({ article: 'Artikel 5 A' }, { ...facts, article: '5a' })).toBe(true);
    expect(ruleMatches({ article: 'art. 5a' }, facts)).toBe(false);
    expect(ruleMatches({ article: 'Bijlage III' }, { ...facts, article: 'bijlage iii' })).toBe(true);
    expect(ruleMatches({ article: 'Bijlage III' }, { ...facts, article: 'Bijlage I' })).toBe(false);
  });
});

describe('firstMatchingRule (precedence)', () => {
  it('takes the matching rule with the lowest position, whatever order they come in', () => {
    const rules = [rule('c', 3, { technology: 'ai' }, 'BZK'), rule('a', 1, { sector: 'A' }, 'LVVN'), rule('b', 2, { bwbId: 'BWBR0011468' }, 'JenV')];
    expect(firstMatchingRule(rules, facts)).toEqual({ ruleId: 'b', position: 2, match: { bwbId: 'BWBR0011468' }, department: 'JenV' });
  });

  it('moves to the next rule when a narrower first rule does not hold', () => {
    const rules = [rule('narrow', 1, { bwbId: 'BWBR0011468', article: '7' }, 'JenV'), rule('broad', 2, { bwbId: 'BWBR0011468' }, 'BZK')];
    expect(firstMatchingRule(rules, facts)?.ruleId).toBe('broad');
  });

  it('keeps the handler group with the decision', () => {
    expect(firstMatchingRule([{ ...rule('g', 1, { technology: 'ai' }), handlerGroup: 'ai-team' }], facts)).toMatchObject({ department: 'EZ', handlerGroup: 'ai-team' });
  });

  it('is null when no rule matches, or there are none', () => {
    expect(firstMatchingRule([rule('x', 1, { technology: 'blockchain' })], facts)).toBeNull();
    expect(firstMatchingRule([], facts)).toBeNull();
  });
});

describe('checkedRule', () => {
  const fieldsOf = (draft: Parameters<typeof checkedRule>[0]): string[] => {
    try {
      checkedRule(draft);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidRoutingRuleError);
      return (error as InvalidRoutingRuleError).fieldErrors.map((e) => `${e.field} ${e.key}`);
    }
    throw new Error('expected the rule to be refused');
  };

  it('keeps the named criteria trimmed, drops empty ones, writes the sector in capitals', () => {
    expect(checkedRule({ match: { bwbId: ' BWBR0011468 ', article: '', sector: 'j' }, department: 'EZ', handlerGroup: '' })).toEqual({
      match: { bwbId: 'BWBR0011468', sector: 'J' },
      department: 'EZ',
    });
  });

  it('refuses an empty match and an unknown department, both named', () => {
    expect(fieldsOf({ match: { bwbId: ' ' }, department: 'XYZ' })).toEqual(['match routing:errors.empty-match', 'department routing:errors.unknown-department']);
  });

  it('names each malformed criterion and handler group', () => {
    expect(fieldsOf({ match: { bwbId: 'nope', theme: 'x', technology: 'steam', sector: 'Z', article: '<b>' }, department: 'EZ', handlerGroup: 'Team A' })).toEqual([
      'match.bwbId routing:errors.bad-bwb-id',
      'match.article routing:errors.bad-article',
      'match.theme routing:errors.bad-theme',
      'match.technology routing:errors.unknown-technology',
      'match.sector routing:errors.unknown-sector',
      'handlerGroup routing:errors.bad-handler-group',
    ]);
  });
});
