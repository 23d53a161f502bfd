import type { Suggestion } from '../../clients/suggestion.types';
import { testPageContext } from '../../web/test-page-context';
import { suggestionPanel } from './suggestion.views';

const suggestion: Suggestion = {
  theme: { code: '2.1.2', confidence: 0.72, reasons: [{ kind: 'word' as const, text: 'drones', weight: 3 }, { kind: 'regulation' as const, text: 'Rpal', weight: 2 }, { kind: 'technology' as const, text: 'drones', weight: 1 }] },
  department: { code: 'IenW', confidence: 0.81, reasons: [{ kind: 'sector' as const, text: 'H', weight: 1 }] },
  alternatives: { theme: [], department: [] },
  trainedOn: 120,
};

describe('the loket’s suggestion beside the triage form', () => {
  it('names the theme by its title, says how sure and why in words, and triages with both in one action', () => {
    const page = suggestionPanel(testPageContext('nl'), 'LKT-2026-000123', suggestion, [{ code: '2.1.2', title: 'Drones' }]).value;
    expect(page).toContain('<strong>Thema: 2.1.2 Drones</strong> (72% zeker)');
    expect(page).toContain('op grond van “drones”, de genoemde regeling Rpal, de technologie Drones');
    expect(page).toContain('de sector H – Vervoer en opslag');
    expect(page).toContain('Geleerd van 120 beoordeelde meldingen.');
    expect(page).toContain('<form method="post" action="/behandelen/LKT-2026-000123/beoordelen">');
    expect(page).toContain('<input type="hidden" name="theme" value="2.1.2">');
    expect(page).toContain('<input type="hidden" name="department" value="IenW">');
    expect(page).toContain('Suggestie overnemen');
  });

  it('shows nothing when the loket has nothing to suggest, and no button with only half a suggestion', () => {
    expect(suggestionPanel(testPageContext('en'), 'LKT-2026-000123', { ...suggestion, theme: null, department: null }, []).value).toBe('');
    const half = suggestionPanel(testPageContext('en'), 'LKT-2026-000123', { ...suggestion, department: null }, []).value;
    expect(half).toContain('(72% sure)');
    expect(half).not.toContain('<form');
  });
});
