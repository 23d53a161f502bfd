import { Injectable } from '@nestjs/common';
import { EventEnvelope, ResponseSubmittedV1, ResponseSubmittedV2 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationProjector } from '../../application/support/consultation-projector';
import { SubmittedResponse } from '../../application/ports/consultation-facts';
import { dutchYear } from '../../../shared/domain/figure-key';

/**
 * A verified response: counts itself, and its (pseudonymous) respondent once per theme and year;
 * version 2 also says which regulations its text cites (the regulation index keeps them).
 */
@Injectable()
export class ResponseSubmittedConsumer implements EventConsumer {
  readonly events = [ResponseSubmittedV1, ResponseSubmittedV2];

  constructor(private readonly projector: ConsultationProjector) {}

  prepare(events: EventEnvelope<ResponseSubmittedV1 | ResponseSubmittedV2>[], manager: EntityManager): void {
    this.projector.expectResponses(manager, events.map(submitted));
  }

  async handle(event: EventEnvelope<ResponseSubmittedV1 | ResponseSubmittedV2>, manager: EntityManager): Promise<void> {
    await this.projector.responseSubmitted(manager, submitted(event));
  }
}

/** What the projections keep of a verified response. */
const submitted = ({ payload: p }: EventEnvelope<ResponseSubmittedV1 | ResponseSubmittedV2>): SubmittedResponse => ({
  responseId: p.responseId,
  proposalId: p.proposalId,
  theme: p.theme,
  respondentId: p.respondentId,
  onBehalfOfOrganisation: p.onBehalfOfOrganisation,
  public: p.public,
  parentId: p.parentId ?? null,
  status: p.status,
  submittedAt: p.submittedAt,
  year: dutchYear(p.submittedAt),
  citedRegulations: 'citedRegulations' in p ? p.citedRegulations : [],
});
