import { EventActor, ProposalAnsweredV1, ProposalDraftedV1, ProposalPublishedV2 } from '@pb/contracts';
import { createEvent } from '@pb/messaging';
import type { EventEnvelope } from '@pb/contracts';
import type { Proposal, ProposalEvent } from '../../domain/proposal.aggregate';

/** Turns the aggregate's domain events into integration events (no personal data: ids, theme, dates). */
export function toIntegrationEvents(p: Proposal, events: ProposalEvent[], actor: EventActor): EventEnvelope<object>[] {
  const s = p.snapshot();
  const common = {
    proposalId: s.id,
    title: s.title,
    theme: s.theme,
    strategyVersion: s.strategyVersion,
    moderation: s.moderation,
    questions: s.questions.map((q) => ({ id: q.id, text: q.text })),
    opensAt: s.opensAt.toISOString(),
    closesAt: s.closesAt.toISOString(),
  };
  return events.map((e, i) => {
    const meta = { aggregateId: s.id, aggregateVersion: s.version - events.length + i + 1, actor, occurredAt: e.at };
    switch (e.kind) {
      case 'drafted':
        return createEvent(ProposalDraftedV1, { ...common, draftedAt: e.at.toISOString() }, meta);
      case 'published':
        // v2: the questions with their kind and options — the comments service checks answers by them.
        return createEvent(
          ProposalPublishedV2,
          { ...common, questions: s.questions.map((q) => ({ id: q.id, text: q.text, kind: q.kind ?? 'text', ...(q.options ? { options: q.options } : {}) })), publishedAt: e.at.toISOString() },
          meta,
        );
      case 'answered': {
        const responseIds = [...new Set(e.report.answers.flatMap((a) => a.responseIds))];
        return createEvent(
          ProposalAnsweredV1,
          { proposalId: s.id, theme: s.theme, title: s.title, answers: e.report.answers.map((a) => ({ topic: a.topic, responseIds: a.responseIds })), responseIds, answeredAt: e.at.toISOString() },
          meta,
        );
      }
    }
  });
}
