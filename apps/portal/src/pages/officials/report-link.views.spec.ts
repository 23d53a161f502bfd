import { testPageContext } from '../../web/test-page-context';
import { reportLink } from './report-link.views';

describe('another report named on an official’s page', () => {
  it('links a report the official may open', () => {
    expect(reportLink(testPageContext('nl'), 'LKT-2027-000101', true).value).toBe('<a class="utrecht-link" href="/behandelen/LKT-2027-000101">LKT-2027-000101</a>');
    expect(reportLink(testPageContext('en'), 'LKT-2027-000101', true).value).toBe('<a class="utrecht-link" href="/behandelen/LKT-2027-000101">LKT-2027-000101</a>');
  });

  it('names a report of another ministry without a link (the loket would answer 404), in the reader’s language', () => {
    expect(reportLink(testPageContext('nl'), 'LKT-2027-000100', false).value).toBe('LKT-2027-000100 (andere afdeling of ander ministerie)');
    expect(reportLink(testPageContext('en'), 'LKT-2027-000100', false).value).toBe('LKT-2027-000100 (another department or ministry)');
  });

  it('escapes the reference it is given', () => {
    const page = reportLink(testPageContext('nl'), '"><script>x</script>', true).value;
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
  });
});
