import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseAttachmentTextExtractedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationFacts } from '../../application/ports/consultation-facts';

/**
 * A counted response's attachment (a position paper) was read: the regulations its text cites join
 * the response's own in the regulation index (`response_citations`, counted per response). The
 * event may arrive before the response's ResponseSubmitted: the index joins the two when it reads.
 */
@Injectable()
export class ResponseAttachmentTextExtractedConsumer implements EventConsumer {
  readonly events = [ResponseAttachmentTextExtractedV1];

  constructor(private readonly facts: ConsultationFacts) {}

  async handle(event: EventEnvelope<ResponseAttachmentTextExtractedV1>, manager: EntityManager): Promise<void> {
    await this.facts.addCitations(manager, event.payload.responseId, event.payload.citedRegulations);
  }
}
