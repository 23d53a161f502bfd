import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsultationAnalyses, SignedOffAnalysis } from '../../../application/ports/consultation-analyses';
import { ConsultationFacts, ProposalChange, SubmittedResponse } from '../../../application/ports/consultation-facts';
import { FigureLedger } from '../../../application/ports/figure-ledger';
import { CountingEndorsement, ReportEndorsements } from '../../../application/ports/report-endorsements';
import { ReportDetails, ReportFacts } from '../../../application/ports/report-facts';
import { ReportSatisfaction, SatisfactionFact } from '../../../application/ports/report-satisfaction';
import { StrategyVersionFact, StrategyVersionFacts } from '../../../application/ports/strategy-version-facts';
import { ProposalFact, ResponseFact } from '../../../domain/consultation-figures';
import type { ReportFact } from '../../../../shared/domain/report-figures';
import { EndorsementRow, ProposalRow, ReplayWindow, TwoWindows } from './replay-window';
import { ConsultationFactsStore } from '../consultation-facts.store';

/*
 * The projection ports over a bulk replay's window (see ReplayWindow): the same contracts as the
 * PostgreSQL stores, kept in memory and written when the window ends. What a window reads it has
 * announced before (the consumers' `prepare`), so it is read for the whole window at once; a key
 * that was not announced is read on its own.
 */

function windowOf(tx: EntityManager): ReplayWindow {
  const window = ReplayWindow.of(tx);
  if (!window) throw new Error('a bulk-replay port was called outside a replay window');
  return window;
}

/** `id`'s value in memory; read (with everything else announced) when neither window holds it. */
async function known<V>(w: ReplayWindow, memory: TwoWindows<V>, announced: Set<string>, id: string): Promise<V> {
  let value = memory.get(id);
  if (value === undefined) {
    announced.add(id);
    await w.loadAnnounced();
    value = memory.get(id)!;
  }
  return value;
}

/** An ISO instant as PostgreSQL hands it back (milliseconds, UTC), so memory and table agree. */
const instant = (value: string | undefined): string | undefined => (value === undefined ? undefined : new Date(value).toISOString());

@Injectable()
export class WindowReportFacts extends ReportFacts {
  async open(tx: EntityManager, reportId: string): Promise<ReportFact> {
    const w = windowOf(tx);
    return { ...(await known(w, w.memory.reports, w.announced.reports, reportId)).fact };
  }

  expect(tx: EntityManager, reportIds: string[]): void {
    const { announced } = windowOf(tx);
    for (const id of reportIds) announced.reports.add(id);
  }

  async save(tx: EntityManager, fact: ReportFact, details: ReportDetails): Promise<void> {
    const { memory } = windowOf(tx);
    const row = memory.reports.get(fact.reportId) ?? { fact, details: {} };
    row.fact = { ...fact };
    // Like the store's coalesce(new, old): a detail an event does not carry keeps what was there.
    for (const [k, v] of Object.entries(details)) if (v !== undefined && v !== null) (row.details as Record<string, unknown>)[k] = v;
    memory.reports.set(fact.reportId, row);
  }
}

const proposalFact = (p: ProposalRow): ProposalFact => ({
  proposalId: p.proposalId,
  theme: p.theme,
  strategyVersion: p.strategyVersion,
  status: p.status,
  opensAt: p.opensAt,
  answeredAt: p.answeredAt,
});

@Injectable()
export class WindowConsultationFacts extends ConsultationFacts {
  constructor(private readonly store: ConsultationFactsStore) {
    super();
  }

  async lockProposal(tx: EntityManager, proposalId: string): Promise<ProposalFact> {
    return proposalFact(await this.proposal(tx, proposalId));
  }

  async changeProposal(tx: EntityManager, proposalId: string, c: ProposalChange): Promise<ProposalFact> {
    const p = await this.proposal(tx, proposalId);
    p.title = c.title ?? p.title;
    p.theme = c.theme ?? p.theme;
    p.strategyVersion = c.strategyVersion ?? p.strategyVersion;
    p.status = c.status ?? p.status;
    p.opensAt = instant(c.opensAt) ?? p.opensAt;
    p.closesAt = instant(c.closesAt) ?? p.closesAt;
    p.publishedAt = instant(c.publishedAt) ?? p.publishedAt;
    p.answeredAt = instant(c.answeredAt) ?? p.answeredAt;
    p.reportTitle = c.reportTitle ?? p.reportTitle;
    p.reportResponseCount = c.reportResponseCount ?? p.reportResponseCount;
    return proposalFact(p);
  }

  async lockProposalVersion(tx: EntityManager, proposalId: string): Promise<string | null> {
    return (await this.proposal(tx, proposalId)).strategyVersion;
  }

  expectResponses(tx: EntityManager, responses: SubmittedResponse[]): void {
    const { announced } = windowOf(tx);
    for (const r of responses) {
      announced.proposals.add(r.proposalId);
      announced.responses.add(r.responseId);
    }
  }

  expectProposals(tx: EntityManager, proposalIds: string[]): void {
    const { announced } = windowOf(tx);
    for (const id of proposalIds) announced.proposals.add(id);
  }

  /**
   * Rare (a proposal's strategy version changes after responses to it arrived): the windows
   * before are written first, then read together with what this window added.
   */
  async responsesOf(tx: EntityManager, proposalId: string): Promise<ResponseFact[]> {
    const w = windowOf(tx);
    await w.settled();
    const stored = await this.store.responsesOf(tx, proposalId);
    const added = w.writes.responses.filter((r) => r.proposalId === proposalId);
    return [...stored, ...added.map(({ responseId, theme, respondentId, onBehalfOfOrganisation, year }) => ({ responseId, theme, respondentId, onBehalfOfOrganisation, year }))].sort(
      (a, b) => (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0),
    );
  }

  async addResponse(tx: EntityManager, r: SubmittedResponse): Promise<boolean> {
    const w = windowOf(tx);
    if (await known(w, w.memory.responses, w.announced.responses, r.responseId)) return false;
    w.memory.responses.set(r.responseId, true);
    w.writes.responses.push(r);
    for (const c of r.citedRegulations ?? []) w.writes.citations.push({ responseId: r.responseId, ...c });
    return true;
  }

  async setResponseStatus(tx: EntityManager, responseId: string, status: 'published' | 'rejected'): Promise<void> {
    windowOf(tx).writes.status.set(responseId, status);
  }

  async raiseSupport(tx: EntityManager, responseId: string, supportCount: number): Promise<void> {
    const { support } = windowOf(tx).writes;
    support.set(responseId, Math.max(supportCount, support.get(responseId) ?? 0));
  }

  async countFlag(tx: EntityManager, responseId: string): Promise<void> {
    const { flags } = windowOf(tx).writes;
    flags.set(responseId, (flags.get(responseId) ?? 0) + 1);
  }

  async addCitations(tx: EntityManager, responseId: string, cited: { bwbId: string; article?: string }[]): Promise<void> {
    windowOf(tx).writes.citations.push(...cited.map((c) => ({ responseId, ...c })));
  }

  /** The proposal's row (a placeholder when it is not known: the store inserts one too). */
  private async proposal(tx: EntityManager, proposalId: string): Promise<ProposalRow> {
    const w = windowOf(tx);
    return known(w, w.memory.proposals, w.announced.proposals, proposalId);
  }
}

@Injectable()
export class WindowReportEndorsements extends ReportEndorsements {
  async endorsed(tx: EntityManager, e: { endorsementId: string; reportId: string; year: number }): Promise<boolean> {
    const rows = await this.rowsOf(tx, e.reportId);
    const row = rows.get(e.endorsementId);
    if (row) {
      row.year ??= e.year; // a tombstone learns its year, as the store's coalesce does
      return false;
    }
    rows.set(e.endorsementId, { endorsementId: e.endorsementId, reportId: e.reportId, year: e.year, withdrawn: false });
    return true;
  }

  async withdrawn(tx: EntityManager, e: { endorsementId: string; reportId: string }): Promise<CountingEndorsement | null> {
    const rows = await this.rowsOf(tx, e.reportId);
    const row = rows.get(e.endorsementId);
    if (!row) {
      rows.set(e.endorsementId, { endorsementId: e.endorsementId, reportId: e.reportId, year: null, withdrawn: true });
      return null;
    }
    if (row.withdrawn) return null;
    row.withdrawn = true;
    return row.year === null ? null : { endorsementId: e.endorsementId, year: row.year };
  }

  async counting(tx: EntityManager, reportId: string): Promise<CountingEndorsement[]> {
    const rows = await this.rowsOf(tx, reportId);
    return [...rows.values()]
      .filter((r) => !r.withdrawn && r.year !== null)
      .sort((a, b) => (a.endorsementId < b.endorsementId ? -1 : a.endorsementId > b.endorsementId ? 1 : 0))
      .map((r) => ({ endorsementId: r.endorsementId, year: r.year! }));
  }

  expect(tx: EntityManager, reportIds: string[]): void {
    const { announced } = windowOf(tx);
    for (const id of reportIds) announced.endorsementsOf.add(id);
  }

  private async rowsOf(tx: EntityManager, reportId: string): Promise<Map<string, EndorsementRow>> {
    const w = windowOf(tx);
    return known(w, w.memory.endorsements, w.announced.endorsementsOf, reportId);
  }
}

/** Net weight changes per record and key; counters and the contribution log are made from them when the replay ends. */
@Injectable()
export class WindowFigureLedger extends FigureLedger {
  async adjust(tx: EntityManager, recordId: string, deltas: Map<string, number>): Promise<void> {
    const { ledger } = windowOf(tx).writes;
    let mine = ledger.get(recordId);
    for (const [key, delta] of deltas) {
      if (delta === 0) continue;
      if (!mine) ledger.set(recordId, (mine = new Map()));
      mine.set(key, (mine.get(key) ?? 0) + delta);
    }
  }
}

@Injectable()
export class WindowReportSatisfaction extends ReportSatisfaction {
  async record(tx: EntityManager, fact: SatisfactionFact): Promise<void> {
    windowOf(tx).writes.satisfaction.push({ ...fact });
  }
}

@Injectable()
export class WindowConsultationAnalyses extends ConsultationAnalyses {
  async record(tx: EntityManager, analysis: SignedOffAnalysis): Promise<void> {
    windowOf(tx).writes.analyses.push(analysis);
  }
}

@Injectable()
export class WindowStrategyVersionFacts extends StrategyVersionFacts {
  async store(tx: EntityManager, version: StrategyVersionFact): Promise<void> {
    windowOf(tx).writes.strategyVersions.push(version);
  }
}
