import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { hasMessage, Language, translatorFor } from '@pb/i18n';
import { Clock } from '@pb/kernel';
import { Transactions, type Tx } from '@pb/persistence';
import type { BarrierReportState } from '../../../domain/barrier-report.aggregate';
import { ReportNotFoundError } from '../../../domain/barrier-report.errors';
import { DuplicateSimilarityRanker, buildCorpusStatistics } from '../../../domain/similarity/duplicate-similarity.ranker';
import type { IndexedReport } from '../../../domain/similarity/duplicate-similarity.types';
import { TEXT_SIGNATURE_VERSION, TextSignature } from '../../../domain/similarity/text-signature.util';
import { ReportRouter } from '../../../../routing/application/ports/report-router';
import { AnswerTemplates } from '../../../../templates/application/ports/answer-templates';
import { BarrierReportRepository } from '../../ports/barrier-report.repository';
import { ReportAuditLog } from '../../ports/report-audit-log';
import { ReportReadModel } from '../../ports/report-read-model';
import { ModelSuggestions, ReportSuggester } from '../../ports/report-suggester';
import type { ReportScope } from '../../support/report-scope';
import { outcomeView, reportSummary } from '../../support/report-views';
import { splitOriginalView, splitPartView } from '../../support/split-views';
import { GetOfficialReportQuery } from './get-official-report.query';

/** How many earlier reports are compared; the most recent ones, as old barriers are likelier solved. */
export const DUPLICATE_CANDIDATE_WINDOW = 2000;

const isCurrentSignature = (s: unknown): s is TextSignature => (s as TextSignature | null)?.version === TEXT_SIGNATURE_VERSION;

/**
 * Everything an official needs: the report, the reporter, all messages and possible duplicates —
 * for a report within the caller's scope. The view shows the reporter's contact details, so it is
 * answered only once the audit row of that read has committed.
 */
@QueryHandler(GetOfficialReportQuery)
export class GetOfficialReportHandler implements IQueryHandler<GetOfficialReportQuery, object> {
  constructor(
    private readonly transactions: Transactions,
    private readonly reports: BarrierReportRepository,
    private readonly readModel: ReportReadModel,
    private readonly clock: Clock,
    private readonly audit: ReportAuditLog,
    private readonly suggester: ReportSuggester,
    private readonly router: ReportRouter,
    private readonly answerTemplates: AnswerTemplates,
  ) {}

  async execute({ reference, by, scope }: GetOfficialReportQuery): Promise<object> {
    const now = this.clock.now();
    const { report, contact } = await this.transactions.run(async (manager) => {
      const report = await this.reports.findByReference(manager, reference, { scope });
      if (!report) throw new ReportNotFoundError();
      const contact = await this.reports.reporterContact(manager, report.reporterId);
      await this.audit.record(manager, { reportId: report.id, at: now, by, action: 'contact-details-read' });
      return { report, contact };
    });
    const s = report.snapshot();
    // The rest are reads: no transaction, side by side on pooled connections.
    const [messages, linked, original, possibleDuplicates, suggested, parts, partOf, routing, answerTemplates] = await this.transactions.withoutTransaction((db) =>
      Promise.all([
        this.readModel.messages(s.id, true),
        this.readModel.linkedDuplicates(s.id, scope),
        s.originalReportId ? this.readModel.linkOf(s.originalReportId, scope) : Promise.resolve(null),
        s.status === 'duplicate' ? Promise.resolve([]) : this.possibleDuplicates(db, s.id, s.receivedAt, scope),
        this.suggester.suggest({ title: s.title, description: s.description, regulation: s.regulation, technology: s.technology, sector: s.sector }),
        this.reports.partsOf(db, s.id),
        s.parentReportId ? this.reports.findById(db, s.parentReportId) : Promise.resolve(null),
        this.router.routingOf(db, s.id),
        this.answerTemplates.filledFor(db, answerTemplateValues(s, contact?.language ?? 'nl')),
      ]),
    );
    return {
      ...reportSummary(s),
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
      outcome: outcomeView(s),
      originalReference: original?.reference ?? null,
      originalInScope: original?.inScope ?? false,
      duplicates: linked,
      possibleDuplicates,
      suggestion: suggestionView(suggested),
      // Parts go to other ministries, so each says whether this caller may open it.
      parts: parts.map((p) => ({ ...splitPartView(p, now), inScope: scope.includes(p.snapshot().triage?.department) })),
      partOf: partOf ? { ...splitOriginalView(partOf)!, inScope: scope.includes(partOf.snapshot().triage?.department) } : null,
      routing: routing ? { ...routing, routedAt: routing.routedAt.toISOString() } : null,
      answerTemplates,
    };
  }

  /**
   * Earlier reports that may describe the same barrier, best first. Term weights (IDF) come
   * from the whole window, later reports included, so an early report is judged with the same
   * vocabulary statistics as a late one; only earlier, not-yet-linked reports within the
   * caller's scope are suggested.
   */
  private async possibleDuplicates(db: Tx, id: string, receivedAt: Date, scope: ReportScope) {
    const [own, rows, self] = await Promise.all([
      this.readModel.signatureOf(id),
      this.readModel.candidatesFor(id, DUPLICATE_CANDIDATE_WINDOW, scope),
      this.reports.findById(db, id),
    ]);
    if (!isCurrentSignature(own) || !self) return [];
    const usable = rows.filter((r) => isCurrentSignature(r.signature));
    const statistics = buildCorpusStatistics([own, ...usable.map((r) => r.signature as TextSignature)]);
    // Only what the caller may open is suggested; the statistics above count every report.
    const candidates = usable.filter((r) => r.inScope && r.receivedAt <= receivedAt && r.status !== 'duplicate');
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

/**
 * The suggester's advice beside the triage form: the best theme and department (null when it has
 * learnt nothing yet, or nothing in this report is familiar), the top 3 of each, and how many
 * triaged reports it learnt from. Shown for triaged reports too, so an official can compare.
 */
function suggestionView(suggested: ModelSuggestions) {
  return {
    theme: suggested.theme[0] ?? null,
    department: suggested.department[0] ?? null,
    alternatives: { theme: suggested.theme, department: suggested.department },
    trainedOn: suggested.trainedOn,
  };
}

/**
 * What the standard answers' placeholders become for this report, in the reporter's language
 * (the answer goes to them): the regulation as they named it with the article, the department
 * whose queue it is in by its name.
 */
function answerTemplateValues(s: Readonly<BarrierReportState>, lang: Language) {
  const t = translatorFor(lang);
  const { name, article } = s.regulation;
  const department = s.triage?.department ?? s.routedDepartment ?? '';
  const departmentKey = `labels:department.${department}`;
  return {
    reference: s.reference,
    regulation: article ? t('templates:values.regulation-with-article', { name, article }) : name,
    department: department && hasMessage(lang, departmentKey) ? t(departmentKey) : department,
  };
}
