import { domainErrorDetail } from '@pb/http/core';
import { OUTCOMES } from '@pb/contracts';
import { ALLOWED_ACTIONS, BarrierReport, TERMINAL_STATUSES } from './barrier-report.aggregate';
import { DuplicateOfItselfError, OutcomeIsTheDepartmentsError, TransitionNotAllowedError } from './barrier-report.errors';
import {
  ReportMarkedDuplicateEvent,
  ReportReopenedEvent,
  ReportResolvedEvent,
  ReportSatisfactionGivenEvent,
  ReportStatusChangedEvent,
  ReportSubmittedEvent,
  ReportTriagedEvent,
} from './barrier-report.events';

const official = { role: 'official' as const, id: 'off-1' };
const triage = { theme: '2.1.2', strategyVersion: '2018.0', priority: 'normal' as const, department: 'EZ' };

function aReport(id = '00000000-0000-4000-8000-000000000001', receivedAt = new Date('2026-12-23T09:00:00Z')): BarrierReport {
  return BarrierReport.submit({
    id,
    reference: `LKT-2026-${id.slice(-6)}`,
    title: 'Titel van de melding',
    description: 'Een beschrijving van de belemmering.',
    regulation: { name: 'Wwft', bwbId: 'BWBR0024282' },
    technology: 'blockchain',
    sector: 'K',
    companySizeClass: 'small',
    reporterId: '00000000-0000-4000-8000-0000000000aa',
    publishConsent: true,
    contactConsent: true,
    trackingTokenHash: 'hash',
    receivedAt,
  });
}

describe('BarrierReport', () => {
  it('is received with deadlines in working days past Christmas', () => {
    const r = aReport();
    expect(r.status).toBe('received');
    expect(r.snapshot()).toMatchObject({ triageBy: '2026-12-31', answerBy: '2027-02-19' });
    expect(r.pullEvents()).toEqual([expect.any(ReportSubmittedEvent)]);
  });

  it('issues its tracking link on receipt and renews it quietly: new hash and issue time, no event, no status change', () => {
    const r = aReport();
    expect(r.snapshot()).toMatchObject({ trackingTokenHash: 'hash', trackingTokenIssuedAt: new Date('2026-12-23T09:00:00Z') });
    r.pullEvents();
    const version = r.version;
    r.renewTrackingToken('new-hash', new Date('2027-05-01T10:00:00Z'));
    expect(r.snapshot()).toMatchObject({ trackingTokenHash: 'new-hash', trackingTokenIssuedAt: new Date('2027-05-01T10:00:00Z'), status: 'received' });
    expect(r.pullEvents()).toEqual([]);
    expect(r.version).toBe(version);
  });

  it('records a timeline entry and a status event for every transition', () => {
    const r = aReport();
    r.pullEvents();
    r.triage(triage, official, new Date('2026-12-24T09:00:00Z'));
    r.startHandling(official, new Date('2026-12-28T09:00:00Z'));
    expect(r.snapshot().timeline.map((t) => [t.status, t.by.role])).toEqual([
      ['received', 'reporter'],
      ['triaged', 'official'],
      ['in_progress', 'official'],
    ]);
    const events = r.pullEvents();
    expect(events.map((e) => e.constructor)).toEqual([ReportTriagedEvent, ReportStatusChangedEvent, ReportStatusChangedEvent]);
    expect(r.version).toBe(4);
  });

  it('pauses the clock while waiting for the reporter and resumes on the reply', () => {
    const r = aReport();
    r.triage(triage, official, new Date('2026-12-24T09:00:00Z'));
    r.askReporter(official, new Date('2027-01-05T09:00:00Z'));
    expect(r.status).toBe('waiting_for_reporter');
    expect(r.isOverdue(new Date('2027-06-01T09:00:00Z'))).toBe(false);
    expect(r.deadlines(new Date('2027-01-06T11:00:00Z')).answerBy).toBe('2027-02-23');
    r.reporterReplied(new Date('2027-01-07T09:00:00Z'));
    expect(r.status).toBe('in_progress');
    expect(r.snapshot().answerBy).toBe('2027-02-24');
    expect(r.handlingWorkingDays(new Date('2027-02-25T09:00:00Z'))).toBe(41);
  });

  it('a reply before triage returns to received', () => {
    const r = aReport();
    r.askReporter(official, new Date('2026-12-24T09:00:00Z'));
    r.reporterReplied(new Date('2026-12-28T09:00:00Z'));
    expect(r.status).toBe('received');
    // The pause touched Thu 24 and Mon 28 Dec: counted are 29, 30, 31 Dec, 4 and 5 Jan (1 Jan is New Year).
    expect(r.snapshot().triageBy).toBe('2027-01-05');
  });

  it('lets intake triage and declare not admissible, but leaves every other outcome to the department', () => {
    const intake = { role: 'intake' as const, id: 'intake-1' };
    const r = aReport();
    r.triage(triage, intake, new Date('2026-12-24T09:00:00Z'));
    for (const outcome of OUTCOMES.filter((o) => o !== 'not-admissible')) {
      expect(() => r.resolve(outcome, 'Een uitkomst.', intake, new Date('2026-12-28T09:00:00Z'))).toThrow(OutcomeIsTheDepartmentsError);
    }
    expect(r.status).toBe('triaged');
    r.resolve('not-admissible', 'Geen regelgeving in het geding.', intake, new Date('2026-12-28T09:00:00Z'));
    expect(r.status).toBe('rejected');
    expect(r.snapshot().timeline.map((t) => [t.status, t.by.role])).toEqual([
      ['received', 'reporter'],
      ['triaged', 'intake'],
      ['rejected', 'intake'],
    ]);
  });

  it('refuses what the state machine does not allow, with a Dutch and an English message', () => {
    const r = aReport();
    expect(() => r.resolve('explained', 'Uitleg', official, new Date())).toThrow(TransitionNotAllowedError);
    r.resolve('not-admissible', 'Niet ontvankelijk.', official, new Date('2026-12-24T09:00:00Z'));
    expect(r.status).toBe('rejected');
    try {
      r.triage(triage, official, new Date());
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toBeInstanceOf(TransitionNotAllowedError);
      expect(domainErrorDetail(err as TransitionNotAllowedError, 'nl')).toBe('Een melding met status "niet ontvankelijk" kunt u niet beoordelen (triage).');
      expect(domainErrorDetail(err as TransitionNotAllowedError, 'en')).toBe('A report with status "rejected" cannot triage it.');
    }
  });

  it('resolves with an outcome, and says whether it was late and will be published', () => {
    const r = aReport();
    r.triage(triage, official, new Date('2026-12-24T09:00:00Z'));
    r.pullEvents();
    r.resolve('guidance', 'Zie de handreiking.', official, new Date('2027-03-01T09:00:00Z'));
    const resolved = r.pullEvents().find((e) => e instanceof ReportResolvedEvent) as ReportResolvedEvent;
    expect(resolved).toMatchObject({ outcome: 'guidance', overdue: true, published: true });
  });

  it('links duplicates to the root of the cluster and never to itself', () => {
    const original = aReport('00000000-0000-4000-8000-000000000001');
    const second = aReport('00000000-0000-4000-8000-000000000002');
    const third = aReport('00000000-0000-4000-8000-000000000003');
    second.markDuplicateOf(original, official, new Date());
    third.markDuplicateOf(second, official, new Date());
    expect(third.originalReportId).toBe(original.id);
    expect(third.pullEvents().at(-1)).toEqual(expect.any(ReportMarkedDuplicateEvent));
    const self = aReport('00000000-0000-4000-8000-000000000004');
    expect(() => self.markDuplicateOf(self, official, new Date())).toThrow(DuplicateOfItselfError);
  });

  describe('satisfaction and reopening (issue 10 item 5)', () => {
    const resolvedAt = new Date('2027-03-01T09:00:00Z');
    function aResolvedReport(): BarrierReport {
      const r = aReport();
      r.triage({ ...triage, handlerId: official.id }, official, new Date('2026-12-24T09:00:00Z'));
      r.resolve('guidance', 'Zie de handreiking.', official, resolvedAt);
      r.pullEvents();
      return r;
    }

    it('the state machine: after resolution only the reporter acts; a reopened report is handled again; closed is the end', () => {
      expect(ALLOWED_ACTIONS.resolved).toEqual(['satisfied', 'reopen']);
      expect(ALLOWED_ACTIONS.reopened).toEqual(['triage', 'start', 'ask', 'reply', 'resolve']);
      expect(ALLOWED_ACTIONS.closed).toEqual([]);
      expect(TERMINAL_STATUSES).toContain('closed');
      expect(TERMINAL_STATUSES).not.toContain('reopened');
    });

    it('"yes, it helped" closes the report for good, by the reporter, with a satisfaction event', () => {
      const r = aResolvedReport();
      r.acceptAnswer(new Date('2027-03-02T09:00:00Z'));
      expect(r.status).toBe('closed');
      expect(r.snapshot().timeline.at(-1)).toMatchObject({ status: 'closed', by: { role: 'reporter', id: r.reporterId } });
      const events = r.pullEvents();
      expect(events.map((e) => e.constructor)).toEqual([ReportSatisfactionGivenEvent, ReportStatusChangedEvent]);
      expect(events[0]).toMatchObject({ satisfied: true, outcome: 'guidance', round: 1 });
      expect(events[1]).toMatchObject({ from: 'resolved', to: 'closed' });
      expect(() => r.reopen(new Date())).toThrow(TransitionNotAllowedError);
      expect(() => r.triage(triage, official, new Date())).toThrow(TransitionNotAllowedError);
    });

    it('"no" reopens it to its handler with a deadline of 10 working days from the reopening', () => {
      const r = aResolvedReport();
      r.reopen(new Date('2027-03-02T09:00:00Z'));
      expect(r.status).toBe('reopened');
      expect(r.snapshot()).toMatchObject({ answerBy: '2027-03-16', reopenCount: 1, triage: { handlerId: 'off-1', department: 'EZ' } });
      const events = r.pullEvents();
      expect(events.map((e) => e.constructor)).toEqual([ReportSatisfactionGivenEvent, ReportStatusChangedEvent, ReportReopenedEvent]);
      expect(events[0]).toMatchObject({ satisfied: false, outcome: 'guidance', round: 1 });
      expect(events[1]).toMatchObject({ from: 'resolved', to: 'reopened', answerBy: '2027-03-16' });
      expect(events[2]).toMatchObject({ reopenCount: 1, answerBy: '2027-03-16' });
      expect(r.isOverdue(new Date('2027-03-16T20:00:00Z'))).toBe(false);
      expect(r.isOverdue(new Date('2027-03-17T09:00:00Z'))).toBe(true);
    });

    it('a question on a reopened report pauses its deadline and the answer returns it to reopened', () => {
      const r = aResolvedReport();
      r.reopen(new Date('2027-03-02T09:00:00Z'));
      r.askReporter(official, new Date('2027-03-03T09:00:00Z'));
      expect(r.status).toBe('waiting_for_reporter');
      r.reporterReplied(new Date('2027-03-05T09:00:00Z'));
      expect(r.status).toBe('reopened');
      // Paused on 3, 4 and 5 March: three working days later than 16 March.
      expect(r.snapshot().answerBy).toBe('2027-03-19');
    });

    it('is answered again and judged again: the second judgement is round 2', () => {
      const r = aResolvedReport();
      r.reopen(new Date('2027-03-02T09:00:00Z'));
      r.startHandling(official, new Date('2027-03-03T09:00:00Z'));
      r.resolve('experimentation-space', 'Wij bieden experimenteerruimte.', official, new Date('2027-03-10T09:00:00Z'));
      expect(r.status).toBe('resolved');
      r.pullEvents();
      r.acceptAnswer(new Date('2027-03-11T09:00:00Z'));
      expect(r.pullEvents()[0]).toMatchObject({ satisfied: true, outcome: 'experimentation-space', round: 2 });
    });

    it('refuses a judgement before the report is resolved, in Dutch and English', () => {
      const r = aReport();
      try {
        r.reopen(new Date());
        throw new Error('expected a refusal');
      } catch (err) {
        expect(domainErrorDetail(err as TransitionNotAllowedError, 'nl')).toBe('Een melding met status "ontvangen" kunt u niet heropenen.');
        expect(domainErrorDetail(err as TransitionNotAllowedError, 'en')).toBe('A report with status "received" cannot reopen it.');
      }
    });
  });
});
