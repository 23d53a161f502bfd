import { Proposal } from './proposal.aggregate';
import { ClosingTimePassedError, ConsultationNotClosedError, InvalidConsultationPeriodError, ProposalNotDraftError } from './proposal.errors';

const draft = (o: Partial<{ opensAt: Date; closesAt: Date }> = {}) =>
  Proposal.draft({
    id: '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c',
    title: 'Werkplaatsen',
    summary: 'Samenvatting',
    body: 'Tekst',
    theme: '1.1',
    strategyVersion: '2018.0',
    questions: [],
    documents: [],
    opensAt: o.opensAt ?? new Date('2026-12-01T08:00:00Z'),
    closesAt: o.closesAt ?? new Date('2026-12-10T22:59:59Z'),
    moderation: 'pre',
    createdBy: 'c1',
    createdAt: new Date('2026-11-20T10:00:00Z'),
  });

describe('Proposal', () => {
  it('is drafted with a closing time after the opening time only', () => {
    expect(() => draft({ closesAt: new Date('2026-12-01T08:00:00Z') })).toThrow(InvalidConsultationPeriodError);
    const p = draft();
    expect(p.snapshot().status).toBe('draft');
    expect(p.pullEvents().map((e) => e.kind)).toEqual(['drafted']);
  });

  it('is published once, and not after its closing time', () => {
    expect(() => draft().publish(new Date('2026-12-10T22:59:59Z'))).toThrow(ClosingTimePassedError);
    const p = draft();
    p.publish(new Date('2026-11-21T10:00:00Z'));
    expect(p.snapshot()).toMatchObject({ status: 'scheduled', version: 2 });
    expect(() => p.publish(new Date('2026-11-21T10:00:00Z'))).toThrow(ProposalNotDraftError);
  });

  it('is answered only when closed', () => {
    const p = draft();
    p.publish(new Date('2026-11-21T10:00:00Z'));
    expect(() => p.answer('Verslag', [], new Date('2026-12-11T10:00:00Z'))).toThrow(ConsultationNotClosedError);
    const closed = Proposal.restore({ ...p.snapshot(), status: 'closed' });
    closed.answer('Verslag', [{ topic: 'Advies', answer: 'Ja', responseIds: [] }], new Date('2026-12-11T10:00:00Z'));
    expect(closed.snapshot()).toMatchObject({ status: 'answered', report: { summary: 'Verslag' } });
    expect(() => closed.answer('Nog eens', [], new Date('2026-12-12T10:00:00Z'))).toThrow(ConsultationNotClosedError);
  });
});
