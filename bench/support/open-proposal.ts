import type { INestApplicationContext } from '@nestjs/common';
import { ProposalPublishedV1, Topics } from '@pb/contracts';
import { EventBroker, createEvent } from '@pb/messaging';
import { waitFor } from '@pb/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * Opens a proposal for responses in a comments service running in the bench's process, as the
 * proposals service would: its ProposalPublished event on Kafka, then waits until the comments
 * service has projected it. Open from an hour ago until tomorrow, with one free-text question.
 */
export async function openProposalIn(comments: INestApplicationContext, options: { title: string; question?: { id: string; text: string } }): Promise<{ proposalId: string; questionId: string }> {
  const proposalId = randomUUID();
  const question = options.question ?? { id: randomUUID(), text: 'Vraag' };
  const now = Date.now();
  const published = createEvent(
    ProposalPublishedV1,
    {
      proposalId,
      title: options.title,
      theme: '1.1',
      strategyVersion: '2018.0',
      moderation: 'post',
      questions: [question],
      opensAt: new Date(now - 3600_000).toISOString(),
      closesAt: new Date(now + 24 * 3600_000).toISOString(),
      publishedAt: new Date(now).toISOString(),
    },
    { aggregateId: proposalId, aggregateVersion: 2, actor: { role: 'coordinator', id: 'bench' } },
  );
  await comments.get(EventBroker).publish(Topics.proposals, [{ key: proposalId, value: JSON.stringify(published) }]);
  const ds = comments.get(DataSource);
  await waitFor(() => ds.query(`SELECT 1 FROM proposal_projection WHERE proposal_id = $1`, [proposalId]), (r: unknown[]) => r.length === 1, { what: 'proposal projected', timeoutMs: 60000 });
  return { proposalId, questionId: question.id };
}
