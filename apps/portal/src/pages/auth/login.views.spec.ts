import { CURRENT_DEPARTMENTS, FORMER_DEPARTMENTS } from '@pb/contracts';
import { devLoginErrors } from '../../web/forms';
import { testPageContext } from '../../web/test-page-context';
import { DEV_LOGIN_DEFAULTS, renderLogin } from './login.views';

const devLogin = (lang: 'nl' | 'en' = 'nl') => ({ ...testPageContext(lang, undefined, '/inloggen'), devLogin: true });

describe('login views', () => {
  it('offers the development roles in words, with the error summary and the page to return to, escaped', () => {
    const page = renderLogin(devLogin(), { values: { role: 'official', next: '/behandelen?x="y"' }, errors: { name: 'Vul uw naam in (2 tot 100 tekens).' } }, { oidcEnabled: false }).value;
    expect(page).toContain('>Strategiecoördinator</label>');
    expect(page).toContain('>Intake (frontoffice loket)</label>');
    expect(page).toContain('<a class="utrecht-link" href="#f-name">Vul uw naam in (2 tot 100 tekens).</a>');
    expect(page).toContain('<input type="hidden" name="next" value="/behandelen?x=&quot;y&quot;">');
    expect(page).toMatch(/value="official" checked/);
  });

  it("starts with a ministry of today's cabinet and offers no former one (EZ, not also EZK)", () => {
    const page = renderLogin(devLogin(), { values: { ...DEV_LOGIN_DEFAULTS, next: '/' }, errors: {} }, { oidcEnabled: false }).value;
    const offered = [...page.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]).filter(Boolean);
    expect(offered).toEqual([...CURRENT_DEPARTMENTS]);
    for (const former of FORMER_DEPARTMENTS) expect(offered).not.toContain(former);
    expect(page).toMatch(/<option value="EZ" selected/);
  });

  it('sends staff to the identity provider when there is no development issuer, and says when a login failed', () => {
    const page = renderLogin(testPageContext('en'), { values: { next: '/moderatie' }, errors: {} }, { oidcEnabled: true, failed: true }).value;
    expect(page).toContain('href="/inloggen/oidc?next=%2Fmoderatie"');
    expect(page).toContain('Logging in did not succeed.');
    expect(page).not.toContain('action="/inloggen"');
    expect(renderLogin(testPageContext('nl'), { values: {}, errors: {} }, { oidcEnabled: false }).value).not.toContain('/inloggen/oidc');
  });

  it('asks a role, a name, and an official\'s ministry', () => {
    expect(devLoginErrors(devLogin('en'), { role: 'root', name: 'A' })).toEqual({ role: 'Choose a role.', name: 'Enter your name (2 to 100 characters).' });
    expect(Object.keys(devLoginErrors(devLogin(), { role: 'official', name: 'Olga', department: 'XX' }))).toEqual(['department']);
    expect(devLoginErrors(devLogin(), { role: 'moderator', name: 'Mo' })).toEqual({});
  });
});
