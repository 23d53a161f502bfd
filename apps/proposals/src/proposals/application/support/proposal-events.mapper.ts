import {
  EventActor,
  ProposalAnsweredV1,
  ProposalClosingExtendedV1,
  ProposalDraftEditedV1,
  ProposalDraftedV1,
  ProposalPublishedV3,
  ProposalTextCorrectedV1,
  ProposalWithdrawnV1,
} from '@pb/contracts';
import { createEvent } from '@pb/messaging';
import type { EventEnvelope } from '@pb/contracts';
import type { Proposal, ProposalEvent } from '../../domain/proposal.aggregate';

/** The anchors of the current text version (never the paragraphs' text). */
const anchors = (p: Proposal) => (p.snapshot().text?.paragraphs ?? []).map((x) => ({ anchor: x.anchor, since: x.since }));

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
        // v3: the questions with their kind and options (the comments service checks answers by
        // them) and the first text version with its paragraph anchors.
        return createEvent(
          ProposalPublishedV3,
          {
            ...common,
            questions: s.questions.map((q) => ({ id: q.id, text: q.text, kind: q.kind ?? 'text', ...(q.options ? { options: q.options } : {}) })),
            publishedAt: e.at.toISOString(),
            textVersion: s.text?.version ?? 1,
            paragraphs: anchors(p),
          },
          meta,
        );
      case 'draft-edited':
        return createEvent(ProposalDraftEditedV1, { ...common, editedAt: e.at.toISOString() }, meta);
      case 'text-corrected':
        return createEvent(ProposalTextCorrectedV1, { proposalId: s.id, theme: s.theme, textVersion: s.text?.version ?? 1, paragraphs: anchors(p), correctedAt: e.at.toISOString() }, meta);
      case 'closing-extended':
        return createEvent(
          ProposalClosingExtendedV1,
          { proposalId: s.id, theme: s.theme, previousClosesAt: e.previousClosesAt.toISOString(), closesAt: s.closesAt.toISOString(), extendedAt: e.at.toISOString() },
          meta,
        );
      case 'withdrawn':
        // The reason as a code only: the explanation is free text and stays on the proposal's page.
        return createEvent(ProposalWithdrawnV1, { proposalId: s.id, theme: s.theme, reason: e.withdrawal.reason, withdrawnAt: e.at.toISOString() }, meta);
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
