import { exampleOfficialReport, exampleReporterView } from '../../clients/contract-examples';
import type { OfficialReport, ReportView } from '../../clients/loket.types';
import { splitFieldErrors, splitRequest } from '../../web/forms';
import { testPageContext } from '../../web/test-page-context';
import { renderTrackingPage } from '../loket/report.views';
import { renderReportDetail } from './report.views';

const official = { id: 'o1', roles: ['official' as const], department: 'EZ', name: 'Olga' };
const empty = { values: {}, errors: {} };
const triaged: OfficialReport = { ...exampleOfficialReport(), reference: 'LKT-2027-000001', status: 'triaged', theme: '1.4', department: 'EZ' };

describe('split on the official’s page (issue 10 item 6)', () => {
  it('offers the split form, one fieldset per part, for a triaged report — and the audit trail to every official', () => {
    const page = renderReportDetail(testPageContext('nl', official), triaged, [], empty).value;
    expect(page).toContain('action="/behandelen/LKT-2027-000001/splitsen"');
    expect(page).toContain('<legend class="utrecht-form-fieldset__legend">Deel 3</legend>');
    expect(page).toContain('name="parts.0.department"');
    expect(page).toContain('name="parts.2.handler"');
    expect(page).toContain('href="/behandelen/LKT-2027-000001/auditlog"');
    const en = renderReportDetail(testPageContext('en', official), triaged, [], empty).value;
    expect(en).toContain('Split into parts');
  });

  it('shows the parts of a split report (no form), and the original of a part (no form either)', () => {
    const split: OfficialReport = {
      ...triaged,
      status: 'split',
      parts: [
        { reference: 'LKT-2027-000100', status: 'resolved', department: 'EZ', handler: 'o1', answerBy: '2027-03-01', outcome: { outcome: 'guidance', explanation: 'Zie.' }, inScope: false },
        { reference: 'LKT-2027-000101', status: 'triaged', department: 'IenW', handler: null, answerBy: '2027-03-01', outcome: null, inScope: true },
      ],
    };
    const page = renderReportDetail(testPageContext('nl', official), split, [], empty).value;
    expect(page).toContain('Delen van deze melding');
    expect(page).toContain('<a class="utrecht-link" href="/behandelen/LKT-2027-000101">LKT-2027-000101</a>');
    // A part in another ministry's queue is named, not linked: the loket would answer this caller 404.
    expect(page).toContain('LKT-2027-000100 (andere afdeling of ander ministerie)');
    expect(page).not.toContain('href="/behandelen/LKT-2027-000100"');
    expect(page).toContain('Infrastructuur en Waterstaat');
    expect(page).toContain('nog niet toegewezen');
    expect(page).not.toContain('/splitsen"');
    const part = renderReportDetail(testPageContext('nl', official), { ...triaged, reference: 'LKT-2027-000101', partOf: { reference: 'LKT-2027-000001', status: 'split', inScope: true } }, [], empty).value;
    expect(part).toContain('Dit is een deel van melding <a class="utrecht-link" href="/behandelen/LKT-2027-000001">LKT-2027-000001</a>');
    const elsewhere = renderReportDetail(testPageContext('en', official), { ...triaged, reference: 'LKT-2027-000101', partOf: { reference: 'LKT-2027-000001', status: 'split', inScope: false } }, [], empty).value;
    expect(elsewhere).toContain('LKT-2027-000001 (another department or ministry)');
    expect(elsewhere).not.toContain('href="/behandelen/LKT-2027-000001"');
    expect(part).not.toContain('/splitsen"');
  });

  it('maps the filled rows to the loket’s body and its field errors back onto the rows they came from', () => {
    const { body, rows } = splitRequest({ 'parts.0.department': 'EZ', 'parts.1.department': '', 'parts.1.handler': '', 'parts.2.department': 'IenW', 'parts.2.handler': ' o7 ' });
    expect(body).toEqual({ parts: [{ department: 'EZ' }, { department: 'IenW', handler: 'o7' }] });
    expect(rows).toEqual([0, 2]);
    const problem = { type: 'about:blank', title: 'x', status: 400, errors: [{ field: 'parts.1.handler', message: 'Ongeldig.' }, { field: 'parts', message: 'Minstens twee.' }] };
    expect(splitFieldErrors(problem as never, rows)).toEqual({ 'parts.2.handler': 'Ongeldig.', 'parts.0.department': 'Minstens twee.' });
  });
});

describe('split on the reporter’s page (issue 10 item 6)', () => {
  it('shows every part with its ministry, status, deadline, answer and messages — and no form to add to the split report', () => {
    const report: ReportView = {
      ...exampleReporterView(),
      status: 'split',
      parts: [
        { reference: 'LKT-2027-000100', status: 'resolved', department: 'EZ', answerBy: '2027-03-01', outcome: { outcome: 'guidance', explanation: 'Zie de handreiking.' }, messages: [] },
        { reference: 'LKT-2027-000101', status: 'waiting_for_reporter', department: 'IenW', answerBy: '2027-03-08', outcome: null, messages: [{ at: '2027-02-01T10:00:00Z', from: 'official', body: 'Welke <b>drone</b>?' }] },
      ],
    };
    const nl = renderTrackingPage(testPageContext('nl'), report, 'tok', empty, false).value;
    expect(nl).toContain('De delen van uw melding');
    expect(nl).toContain('Deel LKT-2027-000100 — Economische Zaken');
    expect(nl).toContain('Zie de handreiking.');
    expect(nl).toContain('Welke &lt;b&gt;drone&lt;/b&gt;?');
    expect(nl).not.toContain('action="/meldingen/LKT-2026-000001/berichten"');
    const en = renderTrackingPage(testPageContext('en'), report, 'tok', empty, false).value;
    expect(en).toContain('Part LKT-2027-000101 — Infrastructure and Water Management');
  });
});
