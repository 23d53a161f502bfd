import type { EntityManager } from 'typeorm';
import type { ProposalFact, ResponseFact } from '../../src/projections/domain/consultation-figures';
import type { ReportFact } from '../../src/shared/domain/report-figures';
import { ConsultationFacts, ProposalChange, SubmittedResponse } from '../../src/projections/application/ports/consultation-facts';
import { FigureLedger } from '../../src/projections/application/ports/figure-ledger';
import { ProjectionUnitOfWork } from '../../src/projections/application/ports/projection-unit-of-work';
import { CountingEndorsement, ReportEndorsements } from '../../src/projections/application/ports/report-endorsements';
import { ReportDetails, ReportFacts } from '../../src/projections/application/ports/report-facts';

/** In-memory stand-ins for the projection ports (unit tests only); `calls` records what happened, in order. */
export class ProjectionFakes {
  readonly calls: string[] = [];
  readonly tx = {} as EntityManager;

  readonly uow = new (class extends ProjectionUnitOfWork {
    constructor(private readonly log: string[]) {
      super();
    }
    batch(): null {
      return null; // not a consumer's transaction: everything is written at once
    }
  })(this.calls);

  readonly ledger = new (class extends FigureLedger {
    /** record → key → weight */
    readonly weights = new Map<string, Map<string, number>>();
    constructor(private readonly log: string[]) {
      super();
    }
    async adjust(_tx: EntityManager, recordId: string, deltas: Map<string, number>): Promise<void> {
      this.log.push(`ledger ${recordId}`);
      const mine = this.weights.get(recordId) ?? new Map<string, number>();
      for (const [key, d] of deltas) mine.set(key, (mine.get(key) ?? 0) + d);
      this.weights.set(recordId, mine);
    }
    /** How many records count for `key` (a positive weight). */
    count(key: string): number {
      return [...this.weights.values()].filter((w) => (w.get(key) ?? 0) > 0).length;
    }
  })(this.calls);

  readonly reports = new (class extends ReportFacts {
    readonly rows = new Map<string, { fact: ReportFact; details: ReportDetails }>();
    constructor(private readonly log: string[]) {
      super();
    }
    async open(_tx: EntityManager, reportId: string): Promise<ReportFact> {
      this.log.push(`open ${reportId}`);
      const row = this.rows.get(reportId);
      return row
        ? { ...row.fact }
        : { reportId, reportedAt: null, year: null, theme: null, strategyVersion: null, status: null, technology: null, sector: null, regulationBwbId: null, outcome: null, handlingWorkingDays: null, overdue: null, duplicateOf: null, duplicateCount: 0 };
    }
    expect(_tx: EntityManager, reportIds: string[]): void {
      this.log.push(`expect ${reportIds.join(' ')}`);
    }
    async save(_tx: EntityManager, fact: ReportFact, details: ReportDetails): Promise<void> {
      this.log.push(`save ${fact.reportId}`);
      this.rows.set(fact.reportId, { fact: { ...fact }, details: { ...this.rows.get(fact.reportId)?.details, ...details } });
    }
  })(this.calls);

  readonly endorsements = new (class extends ReportEndorsements {
    /** endorsement id → what is known of it */
    readonly rows = new Map<string, { reportId: string; year: number | null; withdrawn: boolean }>();
    constructor(private readonly log: string[]) {
      super();
    }
    expect(_tx: EntityManager, reportIds: string[]): void {
      this.log.push(`expect endorsements ${reportIds.join(' ')}`);
    }
    async endorsed(_tx: EntityManager, e: { endorsementId: string; reportId: string; year: number }): Promise<boolean> {
      this.log.push(`endorsed ${e.endorsementId}`);
      const known = this.rows.get(e.endorsementId);
      if (known) {
        known.year ??= e.year;
        return false;
      }
      this.rows.set(e.endorsementId, { reportId: e.reportId, year: e.year, withdrawn: false });
      return true;
    }
    async withdrawn(_tx: EntityManager, e: { endorsementId: string; reportId: string }): Promise<CountingEndorsement | null> {
      this.log.push(`withdrawn ${e.endorsementId}`);
      const known = this.rows.get(e.endorsementId);
      this.rows.set(e.endorsementId, { reportId: e.reportId, year: known?.year ?? null, withdrawn: true });
      return known && !known.withdrawn && known.year !== null ? { endorsementId: e.endorsementId, year: known.year } : null;
    }
    async counting(_tx: EntityManager, reportId: string): Promise<CountingEndorsement[]> {
      return [...this.rows.entries()].filter(([, r]) => r.reportId === reportId && !r.withdrawn && r.year !== null).map(([endorsementId, r]) => ({ endorsementId, year: r.year! }));
    }
  })(this.calls);

  readonly consultations = new (class extends ConsultationFacts {
    readonly proposals = new Map<string, ProposalFact>();
    readonly responses = new Map<string, SubmittedResponse>();
    constructor(private readonly log: string[]) {
      super();
    }
    private proposal(id: string): ProposalFact {
      const p = this.proposals.get(id) ?? { proposalId: id, theme: null, strategyVersion: null, status: null, opensAt: null, answeredAt: null };
      this.proposals.set(id, p);
      return p;
    }
    expectProposals(_tx: EntityManager, proposalIds: string[]): void {
      this.log.push(`expect proposals ${proposalIds.join(' ')}`);
    }
    expectResponses(_tx: EntityManager, responses: SubmittedResponse[]): void {
      this.log.push(`expect responses ${responses.map((r) => r.responseId).join(' ')}`);
    }
    async lockProposal(_tx: EntityManager, id: string): Promise<ProposalFact> {
      this.log.push(`lock proposal ${id}`);
      return { ...this.proposal(id) };
    }
    async changeProposal(_tx: EntityManager, id: string, c: ProposalChange): Promise<ProposalFact> {
      const p = this.proposal(id);
      Object.assign(p, { theme: c.theme ?? p.theme, strategyVersion: c.strategyVersion ?? p.strategyVersion, status: c.status ?? p.status, opensAt: c.opensAt ?? p.opensAt, answeredAt: c.answeredAt ?? p.answeredAt });
      return { ...p };
    }
    async lockProposalVersion(_tx: EntityManager, id: string): Promise<string | null> {
      this.log.push(`lock proposal ${id}`);
      return this.proposal(id).strategyVersion;
    }
    async responsesOf(_tx: EntityManager, id: string): Promise<ResponseFact[]> {
      return [...this.responses.values()].filter((r) => r.proposalId === id);
    }
    async addResponse(_tx: EntityManager, r: SubmittedResponse): Promise<boolean> {
      if (this.responses.has(r.responseId)) return false;
      this.responses.set(r.responseId, r);
      return true;
    }
    async setResponseStatus(): Promise<void> {}
    async raiseSupport(): Promise<void> {}
    async countFlag(): Promise<void> {}
    async addCitations(): Promise<void> {}
  })(this.calls);
}
