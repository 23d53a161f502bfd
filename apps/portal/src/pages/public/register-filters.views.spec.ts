import { testPageContext } from '../../web/test-page-context';
import { renderRegister } from './public-data.views';
import { registerApiFilters, registerFilterValues } from './register-filters.views';

describe('the register’s search and filters', () => {
  it('read the page’s Dutch parameters, drop empty and non-text ones, and name them as the loket does', () => {
    const values = registerFilterValues({ q: '  drones zee ', regeling: 'BWBR0024282', thema: '', uitkomst: ['x'], jaar: '2026', vanaf: 'abc' });
    expect(values).toEqual({ q: 'drones zee', regeling: 'BWBR0024282', jaar: '2026' });
    expect(registerApiFilters(values)).toEqual({ q: 'drones zee', bwbId: 'BWBR0024282', year: '2026' });
  });

  it('show the form with the chosen values, the count found, and keep the filters in the next page’s link', () => {
    const page = renderRegister(testPageContext('nl'), { items: [], total: 1, next: '/api/loket/register?cursor=abc&q=drones' }, undefined, [{ code: '1.4', title: 'Digitale overheid' }], { q: 'drones', thema: '1.4' }).value;
    expect(page).toContain('role="search"');
    expect(page).toContain('value="drones"');
    expect(page).toContain('<option value="1.4" selected>1.4 Digitale overheid</option>');
    expect(page).toContain('1 belemmering gevonden.');
    expect(page).toContain('href="/register?q=drones&amp;thema=1.4&amp;vanaf=abc"');
  });

  it('offer every regulation of the index in force, the EU acts too (the AVG has no BWB id)', () => {
    const page = renderRegister(testPageContext('nl'), { items: [], total: 0, next: null }, undefined, [], { regeling: 'EU-32016R0679' }).value;
    expect(page).toContain('<option value="EU-32016R0679" selected>AVG – Algemene verordening gegevensbescherming</option>');
    expect(page).toContain('<option value="BWBR0024282">Wwft – Wet ter voorkoming van witwassen en financieren van terrorisme</option>');
    expect(page).not.toContain('value="BWBR0011468"'); // the Wbp, repealed
  });

  it('warn when a filter was refused, in English too', () => {
    expect(renderRegister(testPageContext('en'), { items: [], total: 0, next: null }, undefined, [], { jaar: 'x' }, true).value).toContain('One of the filters is not valid.');
  });
});
