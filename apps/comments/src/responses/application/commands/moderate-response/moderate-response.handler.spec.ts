import { FixedClock } from '@pb/kernel';
import { InMemoryProposals, InMemoryResponses, InMemoryTransactions, manager, recordingOutboxes } from '../../../../../test/support/in-memory-responses';
import { ConsultationResponse, ConsultationResponseState } from '../../../domain/consultation-response.aggregate';
import { NotModeratableError, ResponseNotFoundError } from '../../../domain/response.errors';
import { ModerateResponseCommand } from './moderate-response.command';
import { ModerateResponseHandler } from './moderate-response.handler';

describe('ModerateResponseHandler', () => {
  const id = '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c';
  const proposalId = '8a7b6c5d-4e3f-4a1b-9c2d-0e1f2a3b4c5d';
  const now = new Date('2026-12-06T09:00:00Z');

  const setup = async (state: Partial<ConsultationResponseState>) => {
    const responses = new InMemoryResponses();
    const proposals = new InMemoryProposals();
    const { events, mails, outbox, mail } = recordingOutboxes();
    proposals.rows.set(proposalId, { proposalId, title: 'Werkplaatsen', theme: '1.1', moderation: 'pre', questions: [], opensAt: now, closesAt: now, status: 'open', textVersion: 1, anchors: null, withdrawnAt: null });
    const submitted = ConsultationResponse.submit({ id, proposalId, parentId: null, body: 'Reactie', answers: [], authorName: 'Anna', authorEmail: 'anna@example.org', emailNormalised: 'anna@example.org', respondentId: 'r-1', onBehalfOf: null, isPublic: true, submittedAt: new Date('2026-12-05T10:00:00Z') });
    await responses.insert(manager, ConsultationResponse.restore({ ...submitted.snapshot(), ...state }));
    const handler = new ModerateResponseHandler(new InMemoryTransactions(), responses, proposals, outbox, mail, new FixedClock(now));
    return { handler, responses, events, mails };
  };

  it('rejects with a reason: hidden, kept, announced, and the author hears why', async () => {
    const { handler, responses, events, mails } = await setup({ status: 'published', verifiedAt: now, publishedAt: now, version: 1 });
    expect(await handler.execute(new ModerateResponseCommand(id, 'reject', 'spam', 'moderator-1'))).toEqual({ id, status: 'rejected' });
    expect(responses.rows.get(id)).toMatchObject({ status: 'rejected', moderationReason: 'spam', moderatedAt: now, version: 2 });
    expect(events).toEqual([expect.objectContaining({ type: 'consultation.ResponseModerated', aggregateVersion: 2, actor: { role: 'moderator', id: 'moderator-1' }, payload: expect.objectContaining({ decision: 'reject', reason: 'spam' }) })]);
    expect(mails).toEqual([expect.objectContaining({ to: 'anna@example.org', kind: 'comments.moderation-rejected', text: expect.stringContaining('reclame of spam') })]);
  });

  it('keeps a flagged, published response without mailing its author', async () => {
    const { handler, responses, events, mails } = await setup({ status: 'published', verifiedAt: now, publishedAt: now, needsReview: true, flagCount: 1, version: 2 });
    expect(await handler.execute(new ModerateResponseCommand(id, 'publish', null, 'moderator-1'))).toEqual({ id, status: 'published' });
    expect(responses.rows.get(id)).toMatchObject({ needsReview: false, version: 3 });
    expect(events).toHaveLength(1);
    expect(mails).toEqual([]);
  });

  it('refuses a response still awaiting confirmation, and one whose author was erased, changing nothing', async () => {
    const waiting = await setup({});
    await expect(waiting.handler.execute(new ModerateResponseCommand(id, 'publish', null, 'moderator-1'))).rejects.toBeInstanceOf(NotModeratableError);
    expect(waiting.events).toEqual([]);
    const erased = await setup({ status: 'published', erasedAt: now, version: 2 });
    await expect(erased.handler.execute(new ModerateResponseCommand(id, 'reject', 'spam', 'moderator-1'))).rejects.toBeInstanceOf(ResponseNotFoundError);
    expect(erased.responses.rows.get(id)).toMatchObject({ status: 'published', version: 2 });
  });
});
