import { Injectable } from '@nestjs/common';
import { EventEnvelope, ProposalClosedV1, ProposalOpenedV1, ProposalPublishedV1, ProposalPublishedV2, ProposalPublishedV3, ProposalTextCorrectedV1, ProposalTranslatedV1, ProposalWithdrawnV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ProposalProjectionStore } from '../../application/ports/proposal-projection.store';

/**
 * Keeps our own projection of proposals: window, questions, moderation mode, status, the current
 * text version with its paragraph anchors, a withdrawal (which stops responses), and the English
 * title (mails to respondents who wrote in English name the proposal by it).
 */
@Injectable()
export class ProposalProjectionConsumer implements EventConsumer {
  readonly events = [ProposalPublishedV1, ProposalPublishedV2, ProposalPublishedV3, ProposalOpenedV1, ProposalClosedV1, ProposalTextCorrectedV1, ProposalWithdrawnV1, ProposalTranslatedV1];

  constructor(private readonly store: ProposalProjectionStore) {}

  async handle(event: EventEnvelope<object>, manager: EntityManager): Promise<void> {
    if (event.type === ProposalPublishedV1.type) {
      // v1 says nothing of the text (version 1, anchors unknown) and asks free-text questions; v2 adds
      // the text version and anchors; v3 also each question's kind and a choice question's options.
      const p = event.payload as ProposalPublishedV1 | ProposalPublishedV2 | ProposalPublishedV3;
      const v2 = event.version >= 2 ? (p as ProposalPublishedV2 | ProposalPublishedV3) : null;
      await this.store.upsertPublished(manager, {
        proposalId: p.proposalId,
        title: p.title,
        theme: p.theme,
        moderation: p.moderation,
        questions: p.questions.map((q) => ('kind' in q ? { id: q.id, text: q.text, kind: q.kind, ...(q.options ? { options: q.options.map((o) => ({ id: o.id, label: o.label })) } : {}) } : { id: q.id, text: q.text, kind: 'text' as const })),
        opensAt: new Date(p.opensAt),
        closesAt: new Date(p.closesAt),
        textVersion: v2?.textVersion,
        anchors: v2 ? v2.paragraphs.map((x) => ({ anchor: x.anchor, since: x.since })) : undefined,
      });
    } else if (event.type === ProposalOpenedV1.type) {
      await this.store.advance(manager, (event.payload as ProposalOpenedV1).proposalId, 'open');
    } else if (event.type === ProposalClosedV1.type) {
      await this.store.advance(manager, (event.payload as ProposalClosedV1).proposalId, 'closed');
    } else if (event.type === ProposalTextCorrectedV1.type) {
      const p = event.payload as ProposalTextCorrectedV1;
      await this.store.recordText(manager, p.proposalId, p.textVersion, p.paragraphs.map((x) => ({ anchor: x.anchor, since: x.since })));
    } else if (event.type === ProposalWithdrawnV1.type) {
      const p = event.payload as ProposalWithdrawnV1;
      await this.store.advance(manager, p.proposalId, 'withdrawn', new Date(p.withdrawnAt));
    } else if (event.type === ProposalTranslatedV1.type) {
      const p = event.payload as ProposalTranslatedV1;
      await this.store.recordTitleTranslation(manager, { proposalId: p.proposalId, lang: p.lang, title: p.title, translatedAt: new Date(p.translatedAt) });
    }
  }
}
