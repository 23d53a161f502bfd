import type { INestApplication } from '@nestjs/common';
import { IntegrationEventClass, ProposalAnsweredV1, ProposalPublishedV1, ProposalPublishedV2, Topics } from '@pb/contracts';
import { EventBroker, createEvent } from '@pb/messaging';
import { randomUUID } from 'node:crypto';

/** Publishes what the proposals service would: a proposal with its window, questions and moderation mode. */
export async function publishProposal(
  app: INestApplication,
  o: { moderation: 'pre' | 'post'; opensAt: string; closesAt: string; title?: string; proposalId?: string },
): Promise<{ proposalId: string; questionIds: string[] }> {
  const proposalId = o.proposalId ?? randomUUID();
  const questionIds = [randomUUID(), randomUUID()];
  const event = createEvent(
    ProposalPublishedV1,
    {
      proposalId,
      title: o.title ?? 'Regionale werkplaatsen voor digitalisering in het mkb',
      theme: '1.1',
      strategyVersion: '2018.0',
      moderation: o.moderation,
      questions: questionIds.map((id, i) => ({ id, text: `Vraag ${i + 1}` })),
      opensAt: o.opensAt,
      closesAt: o.closesAt,
      publishedAt: '2026-11-20T10:00:00.000Z',
    },
    { aggregateId: proposalId, aggregateVersion: 2, actor: { role: 'coordinator', id: 'coordinator-1' } },
  );
  await app.get(EventBroker).publish(Topics.proposals, [{ key: proposalId, value: JSON.stringify(event) }]);
  return { proposalId, questionIds };
}

export async function publishAnswered(app: INestApplication, proposalId: string, responseIds: string[]): Promise<void> {
  const event = createEvent(
    ProposalAnsweredV1,
    { proposalId, theme: '1.1', title: 'Regionale werkplaatsen voor digitalisering in het mkb', answers: [{ topic: 'Advies', responseIds }], responseIds, answeredAt: '2027-02-01T09:00:00.000Z' },
    { aggregateId: proposalId, aggregateVersion: 5, actor: { role: 'coordinator', id: 'coordinator-1' } },
  );
  await app.get(EventBroker).publish(Topics.proposals, [{ key: proposalId, value: JSON.stringify(event) }]);
}

/** Publishes an event of the proposals service about one proposal (the lifecycle after publication). */
export async function publishProposalEvent<P extends object>(app: INestApplication, cls: IntegrationEventClass<P>, proposalId: string, aggregateVersion: number, payload: P): Promise<void> {
  const event = createEvent(cls, payload, { aggregateId: proposalId, aggregateVersion, actor: { role: 'coordinator', id: 'coordinator-1' } });
  await app.get(EventBroker).publish(Topics.proposals, [{ key: proposalId, value: JSON.stringify(event) }]);
}

/** ProposalPublished v2: as `publishProposal`, with the first text version's anchors. */
export async function publishProposalWithText(
  app: INestApplication,
  o: { moderation: 'pre' | 'post'; opensAt: string; closesAt: string; anchors: string[] },
): Promise<{ proposalId: string; questionIds: string[] }> {
  const proposalId = randomUUID();
  const questionIds = [randomUUID()];
  await publishProposalEvent(app, ProposalPublishedV2, proposalId, 2, {
    proposalId,
    title: 'Regionale werkplaatsen voor digitalisering in het mkb',
    theme: '1.1',
    strategyVersion: '2018.0',
    moderation: o.moderation,
    questions: questionIds.map((id, i) => ({ id, text: `Vraag ${i + 1}` })),
    opensAt: o.opensAt,
    closesAt: o.closesAt,
    publishedAt: '2026-11-20T10:00:00.000Z',
    textVersion: 1,
    paragraphs: o.anchors.map((anchor) => ({ anchor, since: 1 })),
  });
  return { proposalId, questionIds };
}
