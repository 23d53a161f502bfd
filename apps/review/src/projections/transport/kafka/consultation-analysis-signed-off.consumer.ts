import { Injectable } from '@nestjs/common';
import { ConsultationAnalysisSignedOffV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ConsultationAnalyses } from '../../application/ports/consultation-analyses';

/** A proposal's signed-off analysis of its responses: themes and stances per question, for the annual review. */
@Injectable()
export class ConsultationAnalysisSignedOffConsumer implements EventConsumer {
  readonly events = [ConsultationAnalysisSignedOffV1];

  constructor(private readonly analyses: ConsultationAnalyses) {}

  async handle(event: EventEnvelope<ConsultationAnalysisSignedOffV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.analyses.record(manager, {
      proposalId: p.proposalId,
      analysisId: p.analysisId,
      responses: p.responses,
      // Only what the review shows and links to; `labelSource` says nothing a reader needs.
      themes: p.themes.map((t) => ({ themeId: t.themeId, label: t.label ?? null, size: t.size, responseIds: t.responseIds })),
      stances: p.stances.map((s) => ({ questionId: s.questionId, for: s.for, against: s.against, mixed: s.mixed, unclear: s.unclear })),
      revisions: p.revisions,
      signedOffAt: p.signedOffAt,
    });
  }
}
