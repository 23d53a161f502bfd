import { testPageContext } from '../../web/test-page-context';
import { ruleRequestBody } from '../../web/forms';
import { renderMailTemplateEdit, renderRoutingRules, ruleFormValues } from './desk-settings.views';

const admin = { id: 'a1', roles: ['admin' as const] };
const rule = (id: string, position: number) => ({ id, position, match: { bwbId: 'BWBR0011468', article: '5', technology: 'ai' as const }, department: 'IenW', handlerGroup: 'drones' });

describe('desk settings views', () => {
  it('lists rules in order with their conditions in words, and a move button only where a rule can move', () => {
    const page = renderRoutingRules(testPageContext('nl', admin), { rules: [rule('r1', 1), rule('r2', 2)], form: { values: {}, errors: {} }, done: 'moved' }).value;
    expect(page).toContain('BWB-id BWBR0011468, artikel 5, technologie');
    expect(page).toContain('Infrastructuur en Waterstaat (behandelgroep drones)');
    expect(page).toContain('De volgorde is aangepast.');
    expect(page).not.toContain('Regel 1 omhoog');
    expect(page).toContain('Regel 1 omlaag');
    expect(page).toContain('Regel 2 omhoog');
    expect(page).not.toContain('Regel 2 omlaag');
    expect(page).toContain('action="/beheer/routeringsregels/r2/verplaatsen"');
  });

  it('shows the loket’s per-field errors in the summary, linked to their fields, in English too', () => {
    const page = renderRoutingRules(testPageContext('en', admin), { rules: [], form: { values: { department: 'XX' }, errors: { match: 'Fill in at least one condition.', department: 'Choose a ministry the loket knows.' } } }).value;
    expect(page).toContain('href="#f-match"');
    expect(page).toContain('Conditions: Fill in at least one condition.');
    expect(page).toContain('Ministry: Choose a ministry the loket knows.');
    expect(page).toContain('There are no rules yet');
  });

  it('maps a rule to its form and the posted form back to the loket’s body, empty conditions left out', () => {
    expect(ruleRequestBody(ruleFormValues(rule('r1', 1)))).toEqual({ match: { bwbId: 'BWBR0011468', article: '5', technology: 'ai' as const }, department: 'IenW', handlerGroup: 'drones' });
    expect(ruleRequestBody({ 'match.bwbId': ' ', 'match.sector': 'J', department: 'EZ', handlerGroup: '' })).toEqual({ match: { sector: 'J' }, department: 'EZ' });
  });

  it('offers a mail text with its placeholders and the standard text, and a reset only when rewritten', () => {
    const m = { type: 'triaged' as const, language: 'nl' as const, subject: 'Beoordeeld {reference}', body: 'Eigen <tekst>', overridden: true, placeholders: ['reference', 'answerBy'], catalogue: { subject: 'Uw melding {reference} is beoordeeld', body: 'Standaard.' } };
    const page = renderMailTemplateEdit(testPageContext('nl', admin), m, { values: { subject: m.subject, body: m.body }, errors: {} }).value;
    expect(page).toContain('U kunt gebruiken: {reference}, {answerBy}.');
    expect(page).toContain('Eigen &lt;tekst&gt;');
    expect(page).toContain('action="/beheer/e-mailteksten/triaged/nl/herstellen"');
    expect(renderMailTemplateEdit(testPageContext('nl', admin), { ...m, overridden: false }, { values: {}, errors: {} }).value).not.toContain('herstellen');
  });
});
