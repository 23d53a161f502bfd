import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@pb/kernel';
import type { DataSource } from 'typeorm';
import { ReportNotFoundError } from '../../../domain/barrier-report.errors';
import { DuplicateSimilarityRanker, buildCorpusStatistics } from '../../../domain/similarity/duplicate-similarity.ranker';
import type { IndexedReport } from '../../../domain/similarity/duplicate-similarity.types';
import { TEXT_SIGNATURE_VERSION, TextSignature } from '../../../domain/similarity/text-signature.util';
import { BarrierReportRepository } from '../../ports/barrier-report.repository';
import { ReportReadModel } from '../../ports/report-read-model';
import { GetOfficialReportQuery } from './get-official-report.query';

/** How many earlier reports are compared; the most recent ones, as old barriers are likelier solved. */
export const DUPLICATE_CANDIDATE_WINDOW = 2000;

const isCurrentSignature = (s: unknown): s is TextSignature => (s as TextSignature | null)?.version === TEXT_SIGNATURE_VERSION;

/** Everything an official needs: the report, the reporter, all messages and possible duplicates. */
@QueryHandler(GetOfficialReportQuery)
export class GetOfficialReportHandler implements IQueryHandler<GetOfficialReportQuery, object> {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly reports: BarrierReportRepository,
    private readonly readModel: ReportReadModel,
    private readonly clock: Clock,
  ) {}

  async execute({ reference }: GetOfficialReportQuery): Promise<object> {
    const now = this.clock.now();
    const report = await this.reports.findByReference(this.ds.manager, reference);
    if (!report) throw new ReportNotFoundError();
    const s = report.snapshot();
    const [contact, messages, linked, original, possibleDuplicates] = await Promise.all([
      this.reports.reporterContact(this.ds.manager, s.reporterId),
      this.readModel.messages(s.id, true),
      this.readModel.linkedDuplicates(s.id),
      s.originalReportId ? this.readModel.referenceOf(s.originalReportId) : Promise.resolve(null),
      s.status === 'duplicate' ? Promise.resolve([]) : this.possibleDuplicates(s.id, s.receivedAt),
    ]);
    return {
      reference: s.reference,
      status: s.status,
      title: s.title,
      description: s.description,
      regulation: s.regulation,
      technology: s.technology,
      sector: s.sector,
      impact: s.impact ?? null,
      suggestedSolution: s.suggestedSolution ?? null,
      company: { name: contact?.companyName ?? null, kvkNumber: contact?.kvkNumber ?? null, sizeClass: s.companySizeClass },
      contact: contact ? { name: contact.name, email: contact.email, phone: contact.phone ?? null } : null,
      consent: { contact: s.contactConsent, publish: s.publishConsent },
      receivedAt: s.receivedAt.toISOString(),
      theme: s.triage?.theme ?? null,
      strategyVersion: s.triage?.strategyVersion ?? null,
      category: s.triage?.category ?? null,
      priority: s.triage?.priority ?? null,
      department: s.triage?.department ?? null,
      handler: s.triage?.handlerId ?? null,
      deadlines: report.deadlines(now),
      overdue: report.isOverdue(now),
      paused: s.pauses.some((p) => !p.to),
      timeline: s.timeline.map((t) => ({ at: t.at.toISOString(), status: t.status, by: t.by })),
      messages,
      outcome: s.outcome ? { outcome: s.outcome, explanation: s.explanation, resolvedAt: s.resolvedAt?.toISOString() } : null,
      originalReference: original,
      duplicates: linked,
      possibleDuplicates,
    };
  }

  /**
   * Earlier reports that may describe the same barrier, best first. Term weights (IDF) come
   * from the whole window, later reports included, so an early report is judged with the same
   * vocabulary statistics as a late one; only earlier, not-yet-linked reports are suggested.
   */
  private async possibleDuplicates(id: string, receivedAt: Date) {
    const [own, rows, self] = await Promise.all([
      this.readModel.signatureOf(id),
      this.readModel.candidatesFor(id, DUPLICATE_CANDIDATE_WINDOW),
      this.reports.findById(this.ds.manager, id),
    ]);
    if (!isCurrentSignature(own) || !self) return [];
    const usable = rows.filter((r) => isCurrentSignature(r.signature));
    const statistics = buildCorpusStatistics([own, ...usable.map((r) => r.signature as TextSignature)]);
    const candidates = usable.filter((r) => r.receivedAt <= receivedAt && r.status !== 'duplicate');
    const indexed: IndexedReport[] = candidates.map((r) => ({ id: r.id, signature: r.signature as TextSignature, regulation: r.regulation, technology: r.technology }));
    const ranker = new DuplicateSimilarityRanker(indexed, statistics);
    const byId = new Map(candidates.map((r) => [r.id, r]));
    const snap = self.snapshot();
    return ranker.rank({ id, signature: own, regulation: snap.regulation, technology: snap.technology }).map((c) => {
      const r = byId.get(c.id)!;
      return { reference: r.reference, title: r.title, status: r.status, score: c.score, reasons: c.reasons };
    });
  }
}
