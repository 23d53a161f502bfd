import { domainErrorDetail } from '@pb/http/core';
import { ALLOWED_ACTIONS, BarrierReport, SplitPartInput, TERMINAL_STATUSES } from './barrier-report.aggregate';
import { PartCannotBeSplitError, ReportAction, SplitPartsNotValidError, TransitionNotAllowedError } from './barrier-report.errors';
import { ReportSplitEvent, ReportStatusChangedEvent } from './barrier-report.events';
import type { ReportStatus } from './report-status';

const official = { role: 'official' as const, id: 'off-1' };
const triage = { theme: '2.1.2', strategyVersion: '2018.0', priority: 'high' as const, department: 'EZ', handlerId: 'off-1' };
const at = (iso: string) => new Date(iso);

function aTriagedReport(): BarrierReport {
  const r = BarrierReport.submit({
    id: '00000000-0000-4000-8000-000000000001',
    reference: 'LKT-2027-000001',
    title: 'Drones en netcongestie',
    description: 'Twee regels, twee ministeries.',
    regulation: { name: 'Wet luchtvaart', bwbId: 'BWBR0005555' },
    technology: 'drones',
    sector: 'D',
    companySizeClass: 'small',
    reporterId: '00000000-0000-4000-8000-0000000000aa',
    publishConsent: true,
    contactConsent: true,
    trackingTokenHash: 'hash',
    receivedAt: at('2027-01-04T09:00:00Z'),
  });
  r.triage(triage, official, at('2027-01-05T09:00:00Z'));
  r.pullEvents();
  return r;
}

const parts = (...departments: string[]): SplitPartInput[] =>
  departments.map((department, i) => ({ id: `00000000-0000-4000-8000-00000000010${i}`, reference: `LKT-2027-00010${i}`, department }));

describe('BarrierReport.split (issue 10 item 6)', () => {
  it('makes a report of its own per department — new reference, triaged, the theme kept, the deadline as promised — and moves the original to split', () => {
    const original = aTriagedReport();
    const promised = original.snapshot().answerBy;
    const created = original.split([...parts('EZ', 'IenW').slice(0, 1), { ...parts('EZ', 'IenW')[1], handlerId: 'off-9' }], official, at('2027-01-06T09:00:00Z'));

    expect(original.status).toBe('split');
    expect(created.map((p) => p.snapshot())).toEqual([
      expect.objectContaining({ reference: 'LKT-2027-000100', status: 'triaged', parentReportId: original.id, answerBy: promised, trackingTokenHash: '', triage: { ...triage, department: 'EZ', handlerId: undefined } }),
      expect.objectContaining({ reference: 'LKT-2027-000101', status: 'triaged', parentReportId: original.id, answerBy: promised, triage: { ...triage, department: 'IenW', handlerId: 'off-9' } }),
    ]);
    // The part's own history starts at the split; it shares nothing mutable with the original.
    expect(created[0].snapshot().timeline).toEqual([{ at: at('2027-01-06T09:00:00Z'), status: 'triaged', by: official }]);
    expect(created.every((p) => p.pullEvents().length === 0)).toBe(true);

    const events = original.pullEvents();
    expect(events.map((e) => e.constructor)).toEqual([ReportStatusChangedEvent, ReportSplitEvent]);
    expect(events[0]).toMatchObject({ from: 'triaged', to: 'split' });
    expect(events[1]).toEqual(
      new ReportSplitEvent(
        original.id,
        'LKT-2027-000001',
        [
          { reportId: created[0].id, reference: 'LKT-2027-000100', department: 'EZ', answerBy: promised },
          { reportId: created[1].id, reference: 'LKT-2027-000101', department: 'IenW', answerBy: promised },
        ],
        at('2027-01-06T09:00:00Z'),
      ),
    );
  });

  it('gives each part a deadline of its own: a question on one part pauses that part only', () => {
    const original = aTriagedReport();
    const [ez, ienw] = original.split(parts('EZ', 'IenW'), official, at('2027-01-06T09:00:00Z'));
    ez.askReporter(official, at('2027-01-07T09:00:00Z'));
    ez.reporterReplied(at('2027-01-12T09:00:00Z'));
    expect(ez.snapshot().answerBy > ienw.snapshot().answerBy).toBe(true);
    expect(ienw.snapshot().answerBy).toBe(original.snapshot().answerBy);
  });

  it('needs 2 to 6 parts for different departments, and says so in Dutch and English', () => {
    for (const bad of [parts('EZ'), parts('EZ', 'EZ'), parts('EZ', 'IenW', 'BZK', 'FIN', 'OCW', 'SZW', 'VWS')]) {
      const original = aTriagedReport();
      expect(() => original.split(bad, official, new Date())).toThrow(SplitPartsNotValidError);
      expect(original.status).toBe('triaged');
    }
    const err = new SplitPartsNotValidError(6);
    expect(domainErrorDetail(err, 'nl')).toBe('Splits een melding in 2 tot 6 delen, elk voor een ander ministerie.');
    expect(domainErrorDetail(err, 'en')).toBe('Split a report into 2 to 6 parts, each for a different department.');
  });

  it('does not split a part again', () => {
    const [part] = aTriagedReport().split(parts('EZ', 'IenW'), official, new Date());
    expect(() => part.split(parts('BZK', 'FIN'), official, new Date())).toThrow(PartCannotBeSplitError);
  });

  it('closes the original, by the loket, once its parts have ended; nobody else acts on it while split', () => {
    const original = aTriagedReport();
    original.split(parts('EZ', 'IenW'), official, at('2027-01-06T09:00:00Z'));
    original.pullEvents();
    expect(() => original.resolve('explained', 'Uitleg', official, new Date())).toThrow(TransitionNotAllowedError);
    expect(() => original.reporterReplied(new Date())).toThrow(TransitionNotAllowedError);
    expect(original.isOverdue(at('2028-01-01T09:00:00Z'))).toBe(false);
    original.partsEnded(at('2027-02-01T09:00:00Z'));
    expect(original.status).toBe('closed');
    expect(original.snapshot().timeline.at(-1)).toEqual({ at: at('2027-02-01T09:00:00Z'), status: 'closed', by: { role: 'system', id: 'loket' } });
    expect(original.pullEvents()).toEqual([expect.objectContaining({ from: 'split', to: 'closed' })]);
    expect(() => original.partsEnded(new Date())).toThrow(TransitionNotAllowedError);
  });

  it('knows when a part has ended: every terminal status, not split or reopened', () => {
    const [part] = aTriagedReport().split(parts('EZ', 'IenW'), official, new Date());
    expect(part.hasEnded).toBe(false);
    part.resolve('guidance', 'Zie de handreiking.', official, new Date());
    expect(part.hasEnded).toBe(true);
    expect(TERMINAL_STATUSES).not.toContain('split');
  });
});

/** The state machine table, written out independently of ALLOWED_ACTIONS: which action is allowed where. */
describe('the state machine table, with split (issue 10 items 5 and 6)', () => {
  const ACTIONS: ReportAction[] = ['triage', 'start', 'ask', 'reply', 'resolve', 'reject', 'duplicate', 'satisfied', 'reopen', 'split', 'parts-ended'];
  const EXPECTED: Record<ReportStatus, ReportAction[]> = {
    received: ['triage', 'ask', 'reply', 'reject', 'duplicate'],
    triaged: ['triage', 'start', 'ask', 'reply', 'resolve', 'reject', 'duplicate', 'split'],
    in_progress: ['triage', 'ask', 'reply', 'resolve', 'reject', 'duplicate', 'split'],
    waiting_for_reporter: ['triage', 'start', 'ask', 'reply', 'resolve', 'reject', 'duplicate'],
    resolved: ['satisfied', 'reopen'],
    reopened: ['triage', 'start', 'ask', 'reply', 'resolve'],
    closed: [],
    duplicate: [],
    rejected: [],
    split: ['parts-ended'],
  };
  const cases = (Object.keys(EXPECTED) as ReportStatus[]).flatMap((status) => ACTIONS.map((action) => ({ status, action, allowed: EXPECTED[status].includes(action) })));

  it('covers every status', () => {
    expect(Object.keys(ALLOWED_ACTIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(cases)('$action in $status: allowed $allowed', ({ status, action, allowed }) => {
    expect(BarrierReport.allows(status, action)).toBe(allowed);
  });
});
