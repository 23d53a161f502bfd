import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { analysedText, AnalysedResponse } from '../../../domain/analyse-responses';
import { AnalysisNotFoundError } from '../../../domain/analysis.errors';
import type { AnalysisMethod, AnalysisRevision, AnalysisStatus } from '../../../domain/consultation-analysis.aggregate';
import { Stance, STANCES } from '../../../domain/stance';
import { AnalysisJobs } from '../../ports/analysis-jobs.store';
import { AnalysisRepository } from '../../ports/analysis.repository';
import { GetAnalysisQuery } from './get-analysis.query';

/** How many responses of a theme the view shows with their first words (the page's list; all ids are in `responseIds`). */
const SHOWN_PER_THEME = 10;
const EXCERPT = 200;

export interface AnalysisView {
  id: string;
  proposalId: string;
  status: AnalysisStatus;
  requestedAt: string;
  method: AnalysisMethod | null;
  themes: {
    id: string;
    label: string | null;
    labelSource: 'terms' | 'coordinator';
    terms: string[];
    size: number;
    /** Sentences quoted from the responses, each with the responses it rests on (an erased response's sentence is gone). */
    summary: { text: string; responseIds: string[] }[];
    responseIds: string[];
    responses: { id: string; excerpt: string }[];
  }[];
  unthemed: number;
  stances: ({ questionId: string } & Record<Stance, number>)[];
  revisions: { seq: number; kind: string; detail: AnalysisRevision['detail']; at: string }[];
  signedOffAt: string | null;
}

@QueryHandler(GetAnalysisQuery)
export class GetAnalysisHandler implements IQueryHandler<GetAnalysisQuery, AnalysisView> {
  constructor(
    private readonly transactions: Transactions,
    private readonly analyses: AnalysisRepository,
    private readonly jobs: AnalysisJobs,
  ) {}

  async execute({ proposalId, which }: GetAnalysisQuery): Promise<AnalysisView> {
    const found = await this.transactions.run(async (tx) => {
      const id = await this.analyses.latestId(tx, proposalId, which === 'signed-off');
      const analysis = id ? await this.analyses.find(tx, id) : null;
      return analysis ? { state: analysis.snapshot(), revisions: await this.analyses.revisions(tx, analysis.id) } : null;
    });
    if (!found) throw new AnalysisNotFoundError();
    const { state, revisions } = found;
    // The words of summary sentences and excerpts are read from the responses now (never copied into the analysis).
    const wanted = new Set<string>();
    for (const t of state.themes) {
      for (const s of t.summary) wanted.add(s.responseIds[0]);
      for (const id of t.responseIds.slice(0, SHOWN_PER_THEME)) wanted.add(id);
    }
    const [questions, rows] = await Promise.all([this.jobs.questions(proposalId), this.jobs.responses(proposalId, [...wanted])]);
    const byId = new Map<string, AnalysedResponse>(rows.map((r) => [r.id, r]));
    const textOf = (id: string): string | undefined => {
      const r = byId.get(id);
      return r && r.body !== undefined ? analysedText(questions ?? [], r) : undefined;
    };
    return {
      id: state.id,
      proposalId: state.proposalId,
      status: state.status,
      requestedAt: state.requestedAt.toISOString(),
      method: state.method,
      themes: state.themes.map((t) => ({
        id: t.id,
        label: t.label,
        labelSource: t.labelSource,
        terms: t.terms,
        size: t.responseIds.length,
        summary: t.summary.flatMap((s) => {
          const text = textOf(s.responseIds[0])?.slice(s.start, s.end).trim();
          return text ? [{ text, responseIds: s.responseIds }] : [];
        }),
        responseIds: t.responseIds,
        responses: t.responseIds.slice(0, SHOWN_PER_THEME).flatMap((id) => {
          const text = textOf(id);
          return text === undefined ? [] : [{ id, excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text }];
        }),
      })),
      unthemed: state.unthemed.length,
      stances: state.stances.map((q) => ({ questionId: q.questionId, ...(Object.fromEntries(STANCES.map((s) => [s, q.stances[s].length])) as Record<Stance, number>) })),
      revisions: revisions.map((r) => ({ seq: r.seq, kind: r.kind, detail: r.detail, at: r.at.toISOString() })),
      signedOffAt: state.signedOffAt?.toISOString() ?? null,
    };
  }
}
