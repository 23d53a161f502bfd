import { exampleOfficialReport, exampleQueueItem } from '../../clients/contract-examples';
import type { OfficialReport } from '../../clients/loket.types';
import { testPageContext } from '../../web/test-page-context';
import { renderAuditLog } from './audit.views';
import { renderQueue } from './queue.views';
import { renderReportDetail } from './report.views';

const THEMES = [{ code: '1.4', title: 'Digitale inclusie' }];
const official = { id: 'o1', roles: ['official' as const], department: 'EZK', name: 'Olga' };

const report: OfficialReport = {
  ...exampleOfficialReport(),
  reference: 'LKT-2026-000042',
  title: 'Drones <script>alert(1)</script>',
  status: 'triaged',
  theme: '1.4',
  priority: 'high',
  department: 'EZK',
  technology: 'drones',
  sector: 'H',
  company: { name: 'Stoeprobot B.V.', kvkNumber: '55667788', sizeClass: 'small' },
  messages: [{ id: 'm1', from: 'official', authorId: 'o1', body: 'Intern <b>vet</b>', internal: true, at: '2026-03-01T10:00:00Z' }],
};

describe('officials views', () => {
  it('shows the size class and the theme in words, never a bare code, in Dutch and in English', () => {
    const nl = renderReportDetail(testPageContext('nl', official), report, THEMES, { values: {}, errors: {} }).value;
    expect(nl).toContain('Stoeprobot B.V., KvK 55667788, Klein (10 tot 50)');
    expect(nl).toContain('1.4 Digitale inclusie');
    expect(nl).not.toMatch(/, small</);
    const en = renderReportDetail(testPageContext('en', official), report, THEMES, { values: {}, errors: {} }).value;
    expect(en).toContain('Small (10 to 50)');
    expect(en).toContain('<html lang="en"');
  });

  it('escapes what a reporter typed and shows an internal note as such', () => {
    const page = renderReportDetail(testPageContext('nl', official), report, THEMES, { values: {}, errors: {} }).value;
    expect(page).toContain('Drones &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('Intern &lt;b&gt;vet&lt;/b&gt;');
    expect(page).toContain('pb-message--internal');
  });

  it('renders the error summary and keeps the values after a failed action; a success names what was done', () => {
    const failed = renderReportDetail(testPageContext('nl', official), report, THEMES, { values: { theme: '', priority: 'low' }, errors: { theme: 'Kies een thema.' } }).value;
    expect(failed).toContain('<a class="utrecht-link" href="#f-theme">Kies een thema.</a>');
    expect(failed).toMatch(/value="low" checked/);
    const done = renderReportDetail(testPageContext('nl', official), report, THEMES, { values: {}, errors: {} }, { done: 'triage' }).value;
    expect(done).toContain('De melding is beoordeeld.');
  });

  it('offers the front office only "not admissible" as an outcome', () => {
    const intake = { id: 'i1', roles: ['intake' as const] };
    const page = renderReportDetail(testPageContext('nl', intake), report, THEMES, { values: {}, errors: {} }).value;
    expect(page).toContain('value="not-admissible"');
    expect(page).not.toContain('value="guidance"');
  });

  it('lists the queue with the theme titled and says when the loket did not answer', () => {
    const page = renderQueue(testPageContext('nl', official), { values: { q: 'dro"nes' }, page: 1, themes: THEMES, result: { items: [{ ...exampleQueueItem(), ...report }], total: 1, page: 1, pageSize: 20, overdueCount: 0 } }).value;
    expect(page).toContain('<td class="utrecht-table__cell">1.4 Digitale inclusie</td>');
    expect(page).toContain('value="dro&quot;nes"');
    const down = renderQueue(testPageContext('en', official), { values: {}, page: 1, themes: [], unavailable: 'down' }).value;
    expect(down).toContain('temporarily unavailable');
  });

  it('counts by the catalogue\'s plural ("1 melding", "2 meldingen") and offers each ministry once, by name', () => {
    const one = renderQueue(testPageContext('nl', official), { values: {}, page: 1, themes: THEMES, result: { items: [report], total: 1, page: 1, pageSize: 20, overdueCount: 0 } }).value;
    expect(one).toContain('<p class="utrecht-paragraph">1 melding.</p>');
    const two = renderQueue(testPageContext('en', official), { values: {}, page: 1, themes: THEMES, result: { items: [report, report], total: 2, page: 1, pageSize: 20, overdueCount: 0 } }).value;
    expect(two).toContain('<p class="utrecht-paragraph">2 reports.</p>');
    // Today's cabinet only: EZ and LVVN, not beside them the former EZK and LNV.
    expect(one).toContain('<option value="EZ">EZ – Economische Zaken</option>');
    expect(one).toContain('value="LVVN"');
    expect(one).not.toContain('value="EZK"');
    expect(one).not.toContain('value="LNV"');
    // A report still assigned under a former name keeps it as its (selected) choice.
    const old = renderReportDetail(testPageContext('nl', official), { ...report, status: 'received', department: 'EZK' }, THEMES, { values: {}, errors: {} }).value;
    expect(old.match(/value="EZK"/g)).toHaveLength(1);
    expect(old).toContain('Economische Zaken en Klimaat (tot 2024)');
  });

  it('names a triage\'s theme by its title and who acted in words, also the reporter and the system', () => {
    const page = renderAuditLog(
      testPageContext('nl', official),
      'LKT-2026-000042',
      1,
      {
        reference: 'LKT-2026-000042',
        items: [
          { at: '2026-03-01T10:00:00Z', actor: { role: 'system', id: 'loket' }, action: 'triage', details: { theme: '1.4' } },
          { at: '2026-03-01T10:00:00Z', actor: { role: 'reporter', id: 'r1' }, action: 'message', details: {} },
        ],
        total: 2,
        page: 1,
        pageSize: 50,
      },
      undefined,
      THEMES,
    ).value;
    expect(page).toContain('Thema: 1.4 Digitale inclusie');
    expect(page).toContain('Systeem loket');
    expect(page).toContain('Melder r1');
    expect(page).toContain('2 regels.');
  });

  it('renders an audit log in words, with a pager past one page', () => {
    const page = renderAuditLog(testPageContext('en', official), 'LKT-2026-000042', 1, {
      reference: 'LKT-2026-000042',
      items: [{ at: '2026-03-01T10:00:00Z', actor: { role: 'intake', id: 'dev-intake-9' }, action: 'contact-details-read', details: { priority: 'high' } }],
      total: 120,
      page: 1,
      pageSize: 50,
    }).value;
    expect(page).toContain('Intake (front office) dev-intake-9');
    expect(page).toContain('Contact details viewed');
    expect(page).toContain('Priority: High');
    expect(page).toContain('href="/behandelen/LKT-2026-000042/auditlog?page=2"');
  });
});
