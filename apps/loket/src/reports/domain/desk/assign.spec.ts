import { BarrierReport } from '../barrier-report.aggregate';
import { TransitionNotAllowedError } from '../barrier-report.errors';
import { ReportStatusChangedEvent, ReportTriagedEvent } from '../barrier-report.events';
import { NotTriagedYetError } from './desk.errors';

const official = { role: 'official' as const, id: 'off-1' };
const at = new Date('2027-03-02T09:00:00Z');

function aReport(): BarrierReport {
  return BarrierReport.submit({
    id: '00000000-0000-4000-8000-000000000001',
    reference: 'LKT-2027-000001',
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
    receivedAt: new Date('2027-03-01T09:00:00Z'),
  });
}

describe('BarrierReport.assign (the desk’s bulk assign)', () => {
  it('hands a triaged report to another handler: the triage kept, told as ReportTriaged, no status change', () => {
    const r = aReport();
    r.triage({ theme: '2.1.2', strategyVersion: '2018.0', priority: 'high', department: 'EZ', handlerId: 'off-1' }, official, at);
    r.pullEvents();
    r.assign('off-2', official, at);
    expect(r.status).toBe('triaged');
    expect(r.snapshot().triage).toMatchObject({ theme: '2.1.2', priority: 'high', department: 'EZ', handlerId: 'off-2' });
    const events = r.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(ReportTriagedEvent);
    expect(events[0]).toMatchObject({ theme: '2.1.2', priority: 'high', department: 'EZ', handlerId: 'off-2' });
    expect(events.some((e) => e instanceof ReportStatusChangedEvent)).toBe(false);
  });

  it('changes nothing when the report already has this handler', () => {
    const r = aReport();
    r.triage({ theme: '2.1.2', strategyVersion: '2018.0', priority: 'normal', department: 'EZ', handlerId: 'off-2' }, official, at);
    r.pullEvents();
    r.assign('off-2', official, at);
    expect(r.pullEvents()).toEqual([]);
  });

  it('refuses a report still in intake (no triage to keep) and a closed one', () => {
    expect(() => aReport().assign('off-2', official, at)).toThrow(NotTriagedYetError);
    const closed = aReport();
    closed.resolve('not-admissible', 'Dit is geen belemmering.', official, at);
    expect(() => closed.assign('off-2', official, at)).toThrow(TransitionNotAllowedError);
  });
});
