import { FixedClock } from '@pb/kernel';
import {
  InMemoryProposals,
  InMemoryResponses,
  InMemorySupports,
  InMemoryTransactions,
  InMemoryVerifications,
  manager,
  recordingOutboxes,
} from '../../../../../test/support/in-memory-responses';
import { ConsultationResponse } from '../../../domain/consultation-response.aggregate';
import { hashToken } from '../../../domain/respondent';
import { AlreadyRespondedError, VerificationInvalidError } from '../../../domain/response.errors';
import { ConfirmVerificationCommand } from './confirm-verification.command';
import { ConfirmVerificationHandler } from './confirm-verification.handler';

describe('ConfirmVerificationHandler', () => {
  const proposalId = '8a7b6c5d-4e3f-4a1b-9c2d-0e1f2a3b4c5d';
  const submittedAt = new Date('2026-12-05T10:00:00Z');
  const now = new Date('2026-12-05T12:00:00Z');

  const setup = (moderation: 'pre' | 'post') => {
    const responses = new InMemoryResponses();
    const proposals = new InMemoryProposals();
    const verifications = new InMemoryVerifications();
    const supports = new InMemorySupports();
    const { events, outbox } = recordingOutboxes();
    proposals.rows.set(proposalId, { proposalId, title: 'Voorstel', theme: '1.1', moderation, questions: [{ id: 'q1', text: 'Vraag 1' }], opensAt: submittedAt, closesAt: now, status: 'open', textVersion: 1, anchors: null, withdrawnAt: null });
    const handler = new ConfirmVerificationHandler(new InMemoryTransactions(), verifications, proposals, responses, supports, outbox, new FixedClock(now));
    const submit = async (id: string, email: string, token: string) => {
      const r = ConsultationResponse.submit({ id, proposalId, parentId: null, body: 'Reactie', answers: [{ questionId: 'q1', answer: 'Ja' }], authorName: 'Anna', authorEmail: email, emailNormalised: email, respondentId: `r-${email}`, onBehalfOf: null, isPublic: true, submittedAt });
      await responses.insert(manager, r);
      await verifications.issue(manager, { tokenHash: hashToken(token), kind: 'response', subjectId: id, emailNormalised: email, expiresAt: new Date(now.getTime() + 3600_000) });
    };
    return { handler, responses, verifications, supports, events, submit };
  };

  it('counts a response once: published under post-moderation, announced with its new version; following the link again changes nothing', async () => {
    const { handler, responses, events, submit } = setup('post');
    await submit('3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c', 'anna@example.org', 'token-a'.repeat(4));
    const first = await handler.execute(new ConfirmVerificationCommand('token-a'.repeat(4)));
    expect(first).toEqual({ kind: 'response', responseId: '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c', proposalId, status: 'published' });
    expect(responses.rows.get(first.responseId)).toMatchObject({ status: 'published', verifiedAt: now, publishedAt: now, version: 1 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'consultation.ResponseSubmitted', aggregateVersion: 1, payload: { status: 'published', answeredQuestionIds: ['q1'], verifiedAt: now.toISOString() } });
    expect(await handler.execute(new ConfirmVerificationCommand('token-a'.repeat(4)))).toEqual(first);
    expect(events).toHaveLength(1);
  });

  it('announces the regulations the text of the response cites (version 2), never the text itself', async () => {
    const { handler, responses, verifications, events } = setup('post');
    const id = '4a2d3b0f-7c8e-4f32-8d4b-2e3f4a5b6c7d';
    const body = 'Artikel 33 van de Wwft staat dit in de weg. En de Wft ook, zonder artikel.';
    const r = ConsultationResponse.submit({ id, proposalId, parentId: null, body, answers: [{ questionId: 'q1', answer: 'Zie BWBR0037885 art. 5.1' }], authorName: 'Anna', authorEmail: 'a@example.org', emailNormalised: 'a@example.org', respondentId: 'r-a', onBehalfOf: null, isPublic: true, submittedAt });
    await responses.insert(manager, r);
    await verifications.issue(manager, { tokenHash: hashToken('token-c'.repeat(4)), kind: 'response', subjectId: id, emailNormalised: 'a@example.org', expiresAt: new Date(now.getTime() + 3600_000) });
    await handler.execute(new ConfirmVerificationCommand('token-c'.repeat(4)));
    expect(events[0]).toMatchObject({ type: 'consultation.ResponseSubmitted', version: 2, payload: { citedRegulations: [{ bwbId: 'BWBR0024282', article: '33' }, { bwbId: 'BWBR0037885', article: '5.1' }] } });
    expect(JSON.stringify(events[0])).not.toContain('staat dit in de weg');
  });

  it('sends a response to the moderators under pre-moderation', async () => {
    const { handler, responses, submit } = setup('pre');
    await submit('3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c', 'anna@example.org', 'token-a'.repeat(4));
    expect((await handler.execute(new ConfirmVerificationCommand('token-a'.repeat(4)))).status).toBe('pending-moderation');
    expect(responses.rows.get('3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c')).toMatchObject({ verifiedAt: now, publishedAt: null });
  });

  it('refuses an unknown or expired link', async () => {
    const { handler, verifications, submit } = setup('post');
    await expect(handler.execute(new ConfirmVerificationCommand('nothing'.repeat(4)))).rejects.toBeInstanceOf(VerificationInvalidError);
    await submit('3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c', 'anna@example.org', 'token-a'.repeat(4));
    verifications.rows.get(hashToken('token-a'.repeat(4)))!.expiresAt = new Date(now.getTime() - 1);
    await expect(handler.execute(new ConfirmVerificationCommand('token-a'.repeat(4)))).rejects.toBeInstanceOf(VerificationInvalidError);
  });

  it('counts one response per address: confirming a second one is refused and leaves it unconfirmed', async () => {
    const { handler, responses, events, submit } = setup('post');
    await submit('3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c', 'anna@example.org', 'token-a'.repeat(4));
    await submit('4a2d3b0f-7c8e-4f32-8d4b-2e3f4a5b6c7d', 'anna@example.org', 'token-b'.repeat(4));
    await handler.execute(new ConfirmVerificationCommand('token-b'.repeat(4)));
    await expect(handler.execute(new ConfirmVerificationCommand('token-a'.repeat(4)))).rejects.toBeInstanceOf(AlreadyRespondedError);
    expect(responses.rows.get('3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c')).toMatchObject({ status: 'awaiting-verification', verifiedAt: null });
    expect(events.map((e) => (e.payload as { responseId: string }).responseId)).toEqual(['4a2d3b0f-7c8e-4f32-8d4b-2e3f4a5b6c7d']);
  });

  it('counts a support once and announces the new count', async () => {
    const { handler, responses, verifications, supports, events, submit } = setup('post');
    await submit('3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c', 'anna@example.org', 'token-a'.repeat(4));
    await handler.execute(new ConfirmVerificationCommand('token-a'.repeat(4)));
    const supportId = '5b3e4c1a-8d9f-4a43-9e5c-3f4a5b6c7d8e';
    await supports.add(manager, { supportId, responseId: '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c', emailNormalised: 'bob@example.org', supporterId: 'r-bob', createdAt: now });
    await verifications.issue(manager, { tokenHash: hashToken('token-s'.repeat(4)), kind: 'support', subjectId: supportId, emailNormalised: 'bob@example.org', expiresAt: new Date(now.getTime() + 3600_000) });
    const counted = await handler.execute(new ConfirmVerificationCommand('token-s'.repeat(4)));
    expect(counted).toEqual({ kind: 'support', responseId: '3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c', proposalId, status: 'published', supportCount: 1 });
    expect(await handler.execute(new ConfirmVerificationCommand('token-s'.repeat(4)))).toEqual(counted);
    expect(responses.rows.get('3f1c2a9e-6b7d-4e21-9c3a-1d2e3f4a5b6c')).toMatchObject({ supportCount: 1, version: 2 });
    expect(events.map((e) => [e.type, e.aggregateVersion])).toEqual([
      ['consultation.ResponseSubmitted', 1],
      ['consultation.ResponseSupported', 2],
    ]);
    expect(events[1].payload).toMatchObject({ supporterId: 'r-bob', supportCount: 1 });
  });
});
