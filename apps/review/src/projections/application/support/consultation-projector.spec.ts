import { ConsultationProjector } from './consultation-projector';
import { SubmittedResponse } from '../ports/consultation-facts';
import { ProjectionFakes } from '../../../../test/fakes/projection-ports.fakes';

const response = (id: string, over: Partial<SubmittedResponse> = {}): SubmittedResponse => ({
  responseId: id, proposalId: 'p1', theme: '2.1.2', respondentId: 'who-1', onBehalfOfOrganisation: false, year: 2026,
  public: true, parentId: null, status: 'published', submittedAt: '2026-04-02T10:00:00.000Z', ...over,
});

describe('ConsultationProjector', () => {
  let fakes: ProjectionFakes;
  let projector: ConsultationProjector;
  beforeEach(() => {
    fakes = new ProjectionFakes();
    projector = new ConsultationProjector(fakes.consultations, fakes.ledger);
  });

  it('locks the proposal before anything else, for a response as for the proposal itself', async () => {
    await projector.responseSubmitted(fakes.tx, response('c1'));
    await projector.proposal(fakes.tx, 'p1', { status: 'draft' });
    expect(fakes.calls.filter((c) => !c.startsWith('ledger'))).toEqual(['lock proposal p1', 'lock proposal p1']);
  });

  it('counts a response that came before its proposal under "?", and moves it to the proposal strategy version once that is known', async () => {
    await projector.responseSubmitted(fakes.tx, response('c1'));
    await projector.responseSubmitted(fakes.tx, response('c2'));
    expect(fakes.ledger.count('responses|2026|2.1.2@?|')).toBe(2);
    expect(fakes.ledger.count('respondents|2026|2.1.2@?|')).toBe(1);

    await projector.proposal(fakes.tx, 'p1', { theme: '2.1.2', strategyVersion: '2018.0', status: 'scheduled', opensAt: '2026-04-01T08:00:00.000Z' });

    expect(fakes.ledger.count('responses|2026|2.1.2@?|')).toBe(0);
    expect(fakes.ledger.count('respondents|2026|2.1.2@?|')).toBe(0);
    expect(fakes.ledger.count('responses|2026|2.1.2@2018.0|')).toBe(2);
    expect(fakes.ledger.count('respondents|2026|2.1.2@2018.0|')).toBe(1);
    expect(fakes.ledger.count('proposals|2026|2.1.2@2018.0|')).toBe(1);
  });

  it('changes no figure for a response it already knows', async () => {
    await projector.responseSubmitted(fakes.tx, response('c1'));
    const before = fakes.calls.length;
    await projector.responseSubmitted(fakes.tx, response('c1'));
    expect(fakes.calls.slice(before)).toEqual(['lock proposal p1']);
    expect(fakes.ledger.count('responses|2026|2.1.2@?|')).toBe(1);
  });
});
