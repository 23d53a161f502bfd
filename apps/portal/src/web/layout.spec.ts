import { html } from './html';
import { layout } from './layout';
import { testPageContext } from './test-page-context';

describe('layout', () => {
  it('names the logged-in staff member\'s roles in words, not codes', () => {
    const nl = layout(testPageContext('nl', { id: 'o1', name: 'Olga', roles: ['official', 'intake'], department: 'EZK' }), { title: 'T', body: html`` }).value;
    expect(nl).toContain('Ingelogd als Olga (Behandelaar, Intake (frontoffice loket), EZK)');
    const en = layout(testPageContext('en', { id: 'c1', roles: ['coordinator'] }), { title: 'T', body: html`` }).value;
    expect(en).toContain('Logged in as c1 (Strategy coordinator)');
  });
});
