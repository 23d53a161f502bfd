import type { FilledAnswerTemplate } from '../../clients/desk-settings.types';
import { testPageContext } from '../../web/test-page-context';
import { routingNote, templatePicker, templateValues } from './answer-templates.views';

const official = { id: 'o1', roles: ['official' as const], department: 'EZ' };
const templates: FilledAnswerTemplate[] = [
  { id: 't1', purpose: 'explained', title: 'Uitleg', text: 'Uw melding LKT-2026-000001 is bekeken.' },
  { id: 't2', purpose: 'question', title: 'Meer informatie', text: 'Kunt u meer vertellen?' },
  { id: 't3', purpose: 'not-admissible', title: 'Niet ontvankelijk', text: 'Geen belemmering.' },
];

describe('the official’s report: routing and answer templates', () => {
  it('says which rule routed the report, in words', () => {
    const note = routingNote(testPageContext('en', official), { ruleId: 'r', position: 2, match: { bwbId: 'BWBR0011468' }, department: 'IenW', handlerGroup: 'drones', routedAt: '2026-12-01T10:00:00Z' });
    expect(note && note.value).toContain('Routed on receipt by rule 2: BWB id BWBR0011468 → Infrastructure and Water Management (handler group drones).');
    expect(routingNote(testPageContext('nl', official), null)).toBe('');
  });

  it('offers per form only the templates that fit it, as plain links back to the page', () => {
    const ctx = testPageContext('nl', official);
    const resolve = templatePicker(ctx, 'LKT-2026-000001', templates, 'resolve', ['explained']);
    expect(resolve && resolve.value).toContain('href="/behandelen/LKT-2026-000001?sjabloon=t1#afhandelen"');
    expect(resolve && resolve.value).not.toContain('t3');
    const question = templatePicker(ctx, 'LKT-2026-000001', templates, 'question');
    expect(question && question.value).toContain('?sjabloon=t2#bericht');
    expect(templatePicker(ctx, 'LKT-2026-000001', [], 'question')).toBe('');
  });

  it('fills the picked template into its form: the outcome and explanation, or the question', () => {
    expect(templateValues(templates, 't1')).toEqual({ outcome: 'explained', explanation: 'Uw melding LKT-2026-000001 is bekeken.' });
    expect(templateValues(templates, 't2')).toEqual({ body: 'Kunt u meer vertellen?' });
    expect(templateValues(templates, 'nope')).toEqual({});
    expect(templateValues(templates, ['t1'])).toEqual({});
  });
});
