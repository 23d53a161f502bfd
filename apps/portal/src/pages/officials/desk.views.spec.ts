import { exampleOfficialReport, exampleQueueItem } from '../../clients/contract-examples';
import type { Dashboard, SavedFilter } from '../../clients/desk.types';
import type { OfficialReport } from '../../clients/loket.types';
import { testPageContext } from '../../web/test-page-context';
import { renderDashboard } from './dashboard.views';
import { assignmentErrors, deskNoticeOf } from './desk.views';
import { renderQueue } from './queue.views';
import { renderReportDetail } from './report.views';

const THEMES = [{ code: '2.1.2', title: 'Ruimte voor experimenten' }];
const official = { id: 'ez-7', roles: ['official' as const], department: 'EZ', name: 'Olga' };
const admin = { id: 'a1', roles: ['admin' as const] };

function aYear(): Dashboard['weeks'] {
  const weeks: Dashboard['weeks'] = [];
  for (let i = 0; i < 52; i++) {
    const monday = new Date(Date.UTC(2026, 5, 8) + i * 7 * 86_400_000).toISOString().slice(0, 10);
    weeks.push({ week: monday, open: i, overdue: Math.floor(i / 4), reopened: i % 5 === 0 ? 1 : 0, answered: i % 3, averageDays: i % 3 ? 6.25 : null, p90Days: i % 3 ? 9.5 : null });
  }
  return weeks;
}

describe('desk views', () => {
  describe('the dashboard', () => {
    const dashboard: Dashboard = { department: 'EZ', weeks: aYear() };

    it('draws three charts as SVG, each with a sentence and its data as a table, in Dutch', () => {
      const page = renderDashboard(testPageContext('nl', official), { dashboard }).value;
      expect(page).toContain('<title>Dashboard EZ — Permanent Beta</title>');
      expect(page.match(/<figure class="pb-chart">/g)).toHaveLength(3);
      expect(page.match(/<svg/g)?.length).toBeGreaterThanOrEqual(3);
      expect(page).toContain('Open en over tijd per week');
      expect(page).toContain('Behandeltijd per week (werkdagen)');
      // The data table has a row per week: 52 weeks in each of the three tables.
      expect(page.match(/<th class="utrecht-table__header-cell" scope="row">/g)).toHaveLength(3 * 52);
      // This week's figures (the last week: 51 open, 12 overdue).
      expect(page).toMatch(/<span class="pb-figure">51<\/span> Open/);
      expect(page).toMatch(/<span class="pb-figure">12<\/span> Over tijd/);
      // Weeks without answers are a dash in the table, not a zero.
      expect(page).toContain('Nu: 51 open, waarvan 12 over tijd.');
      // An official gets no ministry picker.
      expect(page).not.toContain('name="ministerie"');
    });

    it('gives an admin a ministry picker and speaks English', () => {
      const page = renderDashboard(testPageContext('en', admin), { dashboard: { department: null, weeks: aYear() } }).value;
      expect(page).toContain('Dashboard: all ministries');
      expect(page).toContain('name="ministerie"');
      expect(page).toContain('Handling time per week (working days)');
      expect(page).toContain('<html lang="en"');
    });

    it('says when the loket did not answer', () => {
      const page = renderDashboard(testPageContext('nl', official), { unavailable: 'down' }).value;
      expect(page).not.toContain('<figure');
      expect(page).toContain('utrecht-alert');
    });
  });

  describe('the queue with the desk', () => {
    const item = { ...exampleQueueItem(), reference: 'LKT-2026-000042', title: 'Drones', theme: '2.1.2' };
    const result = { items: [item], total: 1, page: 1, pageSize: 20, overdueCount: 0 };

    it('links to my reports and the dashboard, offers a checkbox per report for the bulk assign form, and keeps the filter in it', () => {
      const page = renderQueue(testPageContext('nl', official), { values: { technology: 'drones', mine: 'true' }, page: 1, themes: THEMES, result }).value;
      expect(page).toContain('href="/behandelen?mine=true" aria-current="page"');
      expect(page).toContain('href="/behandelen/dashboard"');
      expect(page).toContain('<input type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" form="bulk-assign" id="f-report-LKT-2026-000042" name="references" value="LKT-2026-000042">');
      expect(page).toContain('<label class="pb-visually-hidden" for="f-report-LKT-2026-000042">Selecteer LKT-2026-000042</label>');
      expect(page).toMatch(/<form method="post" action="\/behandelen\/toewijzen" id="bulk-assign"[^]*<input type="hidden" name="technology" value="drones">[^]*name="handler"/);
      expect(page).toContain('<option value="true" selected>Alleen mijn meldingen</option>');
    });

    it('lists saved filters with a link that applies each and a delete button, and saves the current filter', () => {
      const saved: SavedFilter[] = [{ id: '00000000-0000-4000-8000-000000000001', name: 'AI <achterstand>', filters: { technology: 'ai', overdue: 'true' }, savedAt: '2026-03-01T10:00:00Z' }];
      const page = renderQueue(testPageContext('nl', official), { values: { q: 'drone' }, page: 1, themes: THEMES, result, desk: { saved } }).value;
      expect(page).toContain('href="/behandelen?technology=ai&amp;overdue=true">AI &lt;achterstand&gt;</a>');
      expect(page).toContain('(Kunstmatige intelligentie (AI), alleen over tijd)');
      expect(page).toContain('action="/behandelen/filters/00000000-0000-4000-8000-000000000001/verwijderen"');
      expect(page).toMatch(/<form method="post" action="\/behandelen\/filters" novalidate>[^]*<input type="hidden" name="q" value="drone">[^]*name="filterName"/);
      const none = renderQueue(testPageContext('en', official), { values: {}, page: 1, themes: THEMES, result, desk: { saved: [] } }).value;
      expect(none).toContain('You have not saved any filters yet.');
    });

    it('names every report a bulk assign could not assign in the error summary, linked to its checkbox, still ticked', () => {
      const ctx = testPageContext('nl', official);
      const outcome = { assigned: ['LKT-2026-000001'], failed: [{ reference: 'LKT-2026-000042', code: 'LOKET.NOT_TRIAGED_YET', status: 409, detail: 'Deze melding is nog niet beoordeeld.' }] };
      const errors = assignmentErrors(ctx, outcome);
      expect(errors).toEqual({ 'report-LKT-2026-000042': 'LKT-2026-000042 is niet toegewezen: Deze melding is nog niet beoordeeld.' });
      const page = renderQueue(ctx, { values: {}, page: 1, themes: THEMES, result, desk: { assigned: outcome, assignForm: { values: { references: 'LKT-2026-000042', handler: 'ez-8' }, errors } } }).value;
      expect(page).toContain('<a class="utrecht-link" href="#f-report-LKT-2026-000042">LKT-2026-000042 is niet toegewezen: Deze melding is nog niet beoordeeld.</a>');
      expect(page).toMatch(/id="f-report-LKT-2026-000042" name="references" value="LKT-2026-000042" checked aria-invalid="true"/);
      expect(page).toContain('1 melding toegewezen.');
      expect(page).toContain('value="ez-8"');
    });

    it('reads the notice of a redirect after a desk action', () => {
      expect(deskNoticeOf({ bewaard: '1' })).toEqual({ kind: 'saved' });
      expect(deskNoticeOf({ verwijderd: '1' })).toEqual({ kind: 'deleted' });
      expect(deskNoticeOf({ toegewezen: '3' })).toEqual({ kind: 'assigned', count: 3 });
      expect(deskNoticeOf({ toegewezen: 'x' })).toBeUndefined();
      const page = renderQueue(testPageContext('en', official), { values: {}, page: 1, themes: THEMES, result, desk: { notice: { kind: 'assigned', count: 3 } } }).value;
      expect(page).toContain('3 reports assigned.');
    });
  });

  describe('the report page as a working screen', () => {
    const report: OfficialReport = {
      ...exampleOfficialReport(),
      reference: 'LKT-2026-000042',
      status: 'received',
      theme: null,
      possibleDuplicates: [{ reference: 'LKT-2026-000007', title: 'Drones boven zee', status: 'triaged', score: 0.81 }],
    } as OfficialReport;

    it('puts the case (facts, description, timeline) in one column and the actions, with the suggestion and duplicates beside the triage form, in the other', () => {
      const page = renderReportDetail(testPageContext('nl', official), report, THEMES, { values: {}, errors: {} }).value;
      const caseStart = page.indexOf('<div class="pb-desk__case">');
      const actionsStart = page.indexOf('<div class="pb-desk__actions">');
      expect(page.indexOf('<div class="pb-desk">')).toBeGreaterThan(-1);
      expect(caseStart).toBeGreaterThan(-1);
      expect(actionsStart).toBeGreaterThan(caseStart);
      const caseColumn = page.slice(caseStart, actionsStart);
      const actions = page.slice(actionsStart);
      expect(caseColumn).toContain('Verloop');
      expect(caseColumn).toContain('Omschrijving');
      expect(caseColumn).not.toContain('<form');
      // Triage first in the actions: the theme, the possible duplicates with the link form, then the triage form.
      const triage = actions.indexOf('id="triage"');
      const duplicates = actions.indexOf('href="/behandelen/LKT-2026-000007"');
      const triageForm = actions.indexOf('action="/behandelen/LKT-2026-000042/beoordelen"');
      expect(triage).toBeGreaterThan(-1);
      expect(duplicates).toBeGreaterThan(triage);
      expect(triageForm).toBeGreaterThan(duplicates);
      expect(actions).toContain('(81%)');
      expect(actions).toContain('action="/behandelen/LKT-2026-000042/afhandelen"');
    });

    it('shows the theme with its title beside the triage form once triaged', () => {
      const page = renderReportDetail(testPageContext('nl', official), { ...report, status: 'triaged', theme: '2.1.2' }, THEMES, { values: {}, errors: {} }).value;
      const actions = page.slice(page.indexOf('<div class="pb-desk__actions">'));
      expect(actions).toContain('Thema: <strong>2.1.2 Ruimte voor experimenten</strong>');
    });

    it('has no actions column for a closed report', () => {
      const page = renderReportDetail(testPageContext('nl', official), { ...report, status: 'rejected' }, THEMES, { values: {}, errors: {} }).value;
      expect(page).toContain('<div class="pb-desk__case">');
      expect(page).not.toContain('pb-desk__actions');
    });
  });
});
