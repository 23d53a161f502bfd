import { testPageContext } from '../../web/test-page-context';
import { renderRegisterEntry } from './register-entry.views';

const entry = {
  reference: 'LKT-2026-000123',
  title: 'Drone-inspecties vragen per vlucht een ontheffing',
  regulation: { name: 'Regeling op afstand bestuurde luchtvaartuigen', article: '4', bwbId: 'BWBR0024282' },
  technology: 'drones' as const,
  sector: 'H',
  theme: '2.1.2',
  strategyVersion: '2018.0',
  outcome: 'experimentation-space' as const,
  explanation: 'Er komt een experimenteerruimte.',
  resolvedAt: '2026-11-20T10:00:00.000Z',
  clusterSize: 3,
};

describe('a register entry on its own page', () => {
  it('shows the facts with the theme’s title, how many companies reported it, and how to follow it', () => {
    const page = renderRegisterEntry(testPageContext('nl'), entry, [{ code: '2.1.2', title: 'Drones' }]).value;
    expect(page).toContain('<title>Drone-inspecties vragen per vlucht een ontheffing (LKT-2026-000123)');
    expect(page).toContain('3 bedrijven');
    expect(page).toContain('href="/abonnementen/nieuw?soort=melding&amp;ref=LKT-2026-000123"');
    expect(page).toContain('Volg regeling BWBR0024282 Wet ter voorkoming van witwassen en financieren van terrorisme per e-mail');
    expect(page).toContain('href="/feeds/thema/2.1.2.atom"');
  });

  it('counts one company in the singular, in English too', () => {
    expect(renderRegisterEntry(testPageContext('en'), { ...entry, clusterSize: 1, theme: null }, []).value).toContain('1 company');
  });
});
