import { Injectable } from '@nestjs/common';
import { EventEnvelope, ProposalClosedV1, ProposalOpenedV1, ProposalPublishedV1, ProposalPublishedV2 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ProposalProjectionStore } from '../../application/ports/proposal-projection.store';

/** Keeps our own projection of proposals: window, questions, moderation mode, status. */
@Injectable()
export class ProposalProjectionConsumer implements EventConsumer {
  readonly events = [ProposalPublishedV1, ProposalPublishedV2, ProposalOpenedV1, ProposalClosedV1];

  constructor(private readonly store: ProposalProjectionStore) {}

  async handle(event: EventEnvelope<object>, manager: EntityManager): Promise<void> {
    if (event.type === ProposalPublishedV1.type) {
      // v1 questions are free text; v2 says each question's kind and a choice question's options.
      const p = event.payload as ProposalPublishedV1 | ProposalPublishedV2;
      await this.store.upsertPublished(manager, {
        proposalId: p.proposalId,
        title: p.title,
        theme: p.theme,
        moderation: p.moderation,
        questions: p.questions.map((q) => ('kind' in q ? { id: q.id, text: q.text, kind: q.kind, ...(q.options ? { options: q.options.map((o) => ({ id: o.id, label: o.label })) } : {}) } : { id: q.id, text: q.text, kind: 'text' as const })),
        opensAt: new Date(p.opensAt),
        closesAt: new Date(p.closesAt),
      });
    } else if (event.type === ProposalOpenedV1.type) {
      await this.store.advance(manager, (event.payload as ProposalOpenedV1).proposalId, 'open');
    } else if (event.type === ProposalClosedV1.type) {
      await this.store.advance(manager, (event.payload as ProposalClosedV1).proposalId, 'closed');
    }
  }
}
