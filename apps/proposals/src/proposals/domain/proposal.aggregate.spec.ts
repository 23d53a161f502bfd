import { Proposal } from './proposal.aggregate';
import { PROPOSAL_STATUSES, ProposalStatus } from './proposal.aggregate';
import {
  ClosingTimeNotLaterError,
  ClosingTimePassedError,
  ConsultationNotClosedError,
  InvalidConsultationPeriodError,
  ProposalNotChangeableError,
  ProposalNotDraftError,
  TextUnchangedError,
} from './proposal.errors';

const draft = (o: Partial<{ opensAt: Date; closesAt: Date }> = {}) =>
  Proposal.draft({
    id: '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c',
    title: 'Werkplaatsen',
    summary: 'Samenvatting',
    body: 'Eerste alinea.\n\nTweede alinea.',
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

describe('Proposal lifecycle changes', () => {
  const published = () => {
    const p = draft();
    p.publish(new Date('2026-11-21T10:00:00Z'));
    p.pullEvents();
    return p;
  };
  const inStatus = (status: ProposalStatus) => Proposal.restore({ ...published().snapshot(), status });
  const during = new Date('2026-12-05T10:00:00Z');

  it('edits a draft in place, and only a draft', () => {
    const p = draft();
    p.pullEvents();
    const s = p.snapshot();
    p.editDraft({ ...s, title: 'Werkplaatsen in de regio', closesAt: new Date('2026-12-20T22:59:59Z') }, new Date('2026-11-20T11:00:00Z'));
    expect(p.snapshot()).toMatchObject({ status: 'draft', title: 'Werkplaatsen in de regio', text: null, version: 2 });
    expect(p.pullEvents().map((e) => e.kind)).toEqual(['draft-edited']);
    expect(() => p.editDraft({ ...s, closesAt: s.opensAt }, new Date())).toThrow(InvalidConsultationPeriodError);
    expect(() => published().editDraft(s, during)).toThrow(ProposalNotDraftError);
  });

  it('anchors the text at publication, and a correction makes a new text version that keeps the replaced one', () => {
    const p = published();
    expect(p.snapshot().text).toMatchObject({ version: 1, paragraphs: [{ anchor: 'a1', since: 1 }, { anchor: 'a2', since: 1 }] });
    p.correctText('Eerste alinea.\n\nTweede alinea, verbeterd.', during);
    expect(p.snapshot().text?.paragraphs.map((x) => [x.anchor, x.since])).toEqual([['a1', 1], ['a2', 2]]);
    expect(p.snapshot().body).toBe('Eerste alinea.\n\nTweede alinea, verbeterd.');
    const [event] = p.pullEvents();
    expect(event).toMatchObject({ kind: 'text-corrected', previous: { version: 1, body: 'Eerste alinea.\n\nTweede alinea.' } });
    expect(() => p.correctText('Eerste alinea.\n\nTweede alinea, verbeterd.', during)).toThrow(TextUnchangedError);
  });

  it('moves the closing time only later, and not once it has passed', () => {
    const p = published();
    expect(() => p.extendClosing(new Date('2026-12-10T22:59:59Z'), during)).toThrow(ClosingTimeNotLaterError);
    p.extendClosing(new Date('2026-12-24T22:59:59Z'), during);
    expect(p.snapshot().closesAt).toEqual(new Date('2026-12-24T22:59:59Z'));
    expect(p.pullEvents()).toEqual([{ kind: 'closing-extended', at: during, previousClosesAt: new Date('2026-12-10T22:59:59Z') }]);
    // Within the closing second it may still move; a second later it is too late, closed or not.
    expect(() => published().extendClosing(new Date('2026-12-24T22:59:59Z'), new Date('2026-12-10T22:59:59.900Z'))).not.toThrow();
    expect(() => published().extendClosing(new Date('2026-12-24T22:59:59Z'), new Date('2026-12-10T23:00:00Z'))).toThrow(ProposalNotChangeableError);
    expect(() => published().correctText('Andere tekst hier.', new Date('2026-12-10T23:00:00Z'))).toThrow(ProposalNotChangeableError);
  });

  it('is withdrawn with its reason, for good', () => {
    const p = inStatus('open');
    p.withdraw('policy-changed', 'Het kabinet kiest een andere aanpak.', during);
    expect(p.snapshot()).toMatchObject({ status: 'withdrawn', withdrawal: { reason: 'policy-changed', explanation: 'Het kabinet kiest een andere aanpak.', at: during.toISOString() } });
    expect(() => p.withdraw('other', 'Nog eens intrekken.', during)).toThrow(ProposalNotChangeableError);
    expect(() => p.correctText('Andere tekst hier.', during)).toThrow(ProposalNotChangeableError);
  });

  // The table in proposal.aggregate.ts, row by row: which status allows which change.
  const allowed: Record<ProposalStatus, string[]> = {
    draft: ['editDraft'],
    scheduled: ['correctText', 'extendClosing', 'withdraw'],
    open: ['correctText', 'extendClosing', 'withdraw'],
    closed: ['answer', 'withdraw'],
    answered: [],
    withdrawn: [],
  };
  it.each(PROPOSAL_STATUSES.map((s) => [s]))('from %s allows exactly the changes of the table', (status) => {
    const attempts: Record<string, (p: Proposal) => void> = {
      editDraft: (p) => p.editDraft({ ...p.snapshot() }, during),
      correctText: (p) => p.correctText('Een heel andere tekst.', during),
      extendClosing: (p) => p.extendClosing(new Date('2026-12-24T22:59:59Z'), during),
      answer: (p) => p.answer('Verslag van de consultatie', [], during),
      withdraw: (p) => p.withdraw('other', 'Zie de toelichting.', during),
    };
    const ok = Object.entries(attempts)
      .filter(([, attempt]) => {
        try {
          attempt(inStatus(status));
          return true;
        } catch {
          return false;
        }
      })
      .map(([name]) => name);
    expect(ok).toEqual(allowed[status]);
  });
});
