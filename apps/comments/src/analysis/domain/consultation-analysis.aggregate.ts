import type { AnalysisFindings, QuestionStances } from './analyse-responses';
import { AnalysisNotInReviewError, InvalidThemeEditError, ThemeNotFoundError, UnlabelledThemeError } from './analysis.errors';

export const ANALYSIS_STATUSES = ['queued', 'running', 'failed', 'review', 'signed-off'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

/**
 * A summary sentence by reference: where it stands in its source response's text (the first of
 * `responseIds`). The words themselves stay in the response and are read from it when shown, so an
 * erased response takes its sentence with it.
 */
export interface SentenceRef {
  start: number;
  end: number;
  responseIds: string[];
}

export interface ReviewedTheme {
  id: string;
  /** What the theme is called; null after the coordinator rejected the label, until renamed. */
  label: string | null;
  /** 'terms': the label made of the distinguishing words; 'coordinator': typed by the coordinator. */
  labelSource: 'terms' | 'coordinator';
  terms: string[];
  summary: SentenceRef[];
  responseIds: string[];
}

export type RevisionKind = 'analysed' | 'renamed' | 'merged' | 'split' | 'moved' | 'label-rejected' | 'signed-off';

/** One entry of the append-only revision log: what changed, by whom, when. */
export interface AnalysisRevision {
  seq: number;
  kind: RevisionKind;
  detail: Record<string, string | number | string[] | null>;
  actor: string;
  at: Date;
}

export interface AnalysisMethod {
  responses: number;
  k: number;
  silhouette: number;
  vocabulary: number;
  durationMs: number;
}

export interface ConsultationAnalysisState {
  id: string;
  proposalId: string;
  status: AnalysisStatus;
  requestedBy: string;
  requestedAt: Date;
  themes: ReviewedTheme[];
  unthemed: string[];
  stances: QuestionStances[];
  method: AnalysisMethod | null;
  /** How many revisions the log holds (the next one gets seq = revisions + 1). */
  revisions: number;
  /** The highest theme number handed out: ids of merged-away themes are never reused (the log still names them). */
  lastThemeNo: number;
  signedOffAt: Date | null;
  signedOffBy: string | null;
  version: number;
}

export const MAX_LABEL_LENGTH = 120;

/**
 * An analysis of a proposal's responses and its human review (issue 11 item 4). The machine's
 * findings become themes in `review`; a coordinator renames, merges, splits, moves responses and
 * rejects labels — each change a revision in an append-only log — and signs off. Nothing of it is
 * shown outside the coordinator's pages before `signed-off`, and nothing changes after it (a new
 * analysis is a new aggregate).
 */
export class ConsultationAnalysis {
  private pending: AnalysisRevision[] = [];

  private constructor(private state: ConsultationAnalysisState) {}

  static queue(id: string, proposalId: string, requestedBy: string, now: Date): ConsultationAnalysis {
    return new ConsultationAnalysis({ id, proposalId, status: 'queued', requestedBy, requestedAt: now, themes: [], unthemed: [], stances: [], method: null, revisions: 0, lastThemeNo: 0, signedOffAt: null, signedOffBy: null, version: 0 });
  }

  static restore(state: ConsultationAnalysisState): ConsultationAnalysis {
    return new ConsultationAnalysis(structuredClone(state));
  }

  snapshot(): ConsultationAnalysisState {
    return structuredClone(this.state);
  }

  /** The revisions made since the aggregate was loaded, for the repository to append. */
  takeRevisions(): AnalysisRevision[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  get id(): string {
    return this.state.id;
  }
  get status(): AnalysisStatus {
    return this.state.status;
  }
  get themes(): readonly ReviewedTheme[] {
    return this.state.themes;
  }

  /**
   * The machine's findings arrive: the themes go to review, labelled with their distinguishing
   * words; summary sentences are kept by their place in the response, not their words.
   */
  complete(findings: AnalysisFindings, method: AnalysisMethod, now: Date): void {
    if (this.state.status !== 'queued' && this.state.status !== 'running') throw new AnalysisNotInReviewError(this.state.status);
    this.state.themes = findings.themes.map((t) => ({
      id: t.id,
      label: t.terms.join(', ') || null,
      labelSource: 'terms',
      terms: t.terms,
      summary: t.summary.map((s) => ({ start: s.start, end: s.end, responseIds: s.responseIds })),
      responseIds: t.responseIds,
    }));
    this.state.lastThemeNo = this.state.themes.length;
    this.state.unthemed = findings.unthemed;
    this.state.stances = findings.stances;
    this.state.method = method;
    this.state.status = 'review';
    this.record('analysed', { themes: this.state.themes.length, responses: method.responses }, 'system', now);
  }

  fail(): void {
    if (this.state.status === 'queued' || this.state.status === 'running') this.state.status = 'failed';
  }

  rename(themeId: string, label: string, actor: string, now: Date): void {
    this.mustBeInReview();
    const theme = this.theme(themeId);
    const clean = label.trim().replace(/\s+/g, ' ');
    if (clean.length < 1 || clean.length > MAX_LABEL_LENGTH) throw new InvalidThemeEditError('label-length');
    const before = theme.label;
    theme.label = clean;
    theme.labelSource = 'coordinator';
    this.record('renamed', { theme: themeId, from: before, to: clean }, actor, now);
  }

  rejectLabel(themeId: string, actor: string, now: Date): void {
    this.mustBeInReview();
    const theme = this.theme(themeId);
    const before = theme.label;
    theme.label = null;
    theme.labelSource = 'terms';
    this.record('label-rejected', { theme: themeId, label: before }, actor, now);
  }

  /** `from`'s responses and summary join `into`; `from` is gone. `into` keeps its label. */
  merge(intoId: string, fromId: string, actor: string, now: Date): void {
    this.mustBeInReview();
    if (intoId === fromId) throw new InvalidThemeEditError('same-theme');
    const into = this.theme(intoId);
    const from = this.theme(fromId);
    into.responseIds = [...into.responseIds, ...from.responseIds];
    into.summary = [...into.summary, ...from.summary];
    into.terms = [...new Set([...into.terms, ...from.terms])];
    this.state.themes = this.state.themes.filter((t) => t.id !== fromId);
    this.record('merged', { into: intoId, from: fromId, moved: from.responseIds.length }, actor, now);
  }

  /** Some of a theme's responses become a new theme with the coordinator's label. Returns its id. */
  split(themeId: string, responseIds: readonly string[], label: string, actor: string, now: Date): string {
    this.mustBeInReview();
    const theme = this.theme(themeId);
    const moving = new Set(responseIds);
    if (moving.size === 0) throw new InvalidThemeEditError('split-empty');
    if (responseIds.some((id) => !theme.responseIds.includes(id))) throw new InvalidThemeEditError('not-in-theme');
    if (moving.size >= theme.responseIds.length) throw new InvalidThemeEditError('split-all');
    const clean = label.trim().replace(/\s+/g, ' ');
    if (clean.length < 1 || clean.length > MAX_LABEL_LENGTH) throw new InvalidThemeEditError('label-length');
    const id = this.nextThemeId();
    theme.responseIds = theme.responseIds.filter((r) => !moving.has(r));
    const { kept, taken } = partitionSummary(theme.summary, moving);
    theme.summary = kept;
    this.state.themes.push({ id, label: clean, labelSource: 'coordinator', terms: [], summary: taken, responseIds: [...moving] });
    this.record('split', { theme: themeId, into: id, label: clean, responses: [...moving] }, actor, now);
    return id;
  }

  /** One response to another theme; a theme left empty is dropped. */
  move(responseId: string, toThemeId: string, actor: string, now: Date): void {
    this.mustBeInReview();
    const to = this.theme(toThemeId);
    const from = this.state.themes.find((t) => t.responseIds.includes(responseId));
    const fromUnthemed = this.state.unthemed.includes(responseId);
    if (!from && !fromUnthemed) throw new InvalidThemeEditError('response-not-analysed');
    if (from?.id === toThemeId) throw new InvalidThemeEditError('same-theme');
    if (from) {
      from.responseIds = from.responseIds.filter((r) => r !== responseId);
      const { kept, taken } = partitionSummary(from.summary, new Set([responseId]));
      from.summary = kept;
      to.summary = [...to.summary, ...taken];
      if (from.responseIds.length === 0) this.state.themes = this.state.themes.filter((t) => t !== from);
    } else {
      this.state.unthemed = this.state.unthemed.filter((r) => r !== responseId);
    }
    to.responseIds = [...to.responseIds, responseId];
    this.record('moved', { response: responseId, from: from?.id ?? null, to: toThemeId }, actor, now);
  }

  /** The coordinator's sign-off: every theme must carry a label. Final. */
  signOff(actor: string, now: Date): void {
    this.mustBeInReview();
    const unlabelled = this.state.themes.filter((t) => t.label === null).length;
    if (unlabelled > 0) throw new UnlabelledThemeError(unlabelled);
    this.state.status = 'signed-off';
    this.state.signedOffAt = now;
    this.state.signedOffBy = actor;
    this.record('signed-off', { themes: this.state.themes.length }, actor, now);
  }

  private mustBeInReview(): void {
    if (this.state.status !== 'review') throw new AnalysisNotInReviewError(this.state.status);
  }

  private theme(id: string): ReviewedTheme {
    const theme = this.state.themes.find((t) => t.id === id);
    if (!theme) throw new ThemeNotFoundError(id);
    return theme;
  }

  private nextThemeId(): string {
    this.state.lastThemeNo++;
    return `t${this.state.lastThemeNo}`;
  }

  private record(kind: RevisionKind, detail: AnalysisRevision['detail'], actor: string, at: Date): void {
    this.state.revisions++;
    this.pending.push({ seq: this.state.revisions, kind, detail, actor, at });
  }
}

/** Summary sentences quoted from a moving response go with it; others drop the moving ids from their support. */
function partitionSummary(summary: readonly SentenceRef[], moving: ReadonlySet<string>): { kept: SentenceRef[]; taken: SentenceRef[] } {
  const kept: SentenceRef[] = [];
  const taken: SentenceRef[] = [];
  for (const s of summary) {
    if (moving.has(s.responseIds[0])) taken.push({ ...s, responseIds: s.responseIds.filter((id) => moving.has(id)) });
    else kept.push({ ...s, responseIds: s.responseIds.filter((id) => !moving.has(id)) });
  }
  return { kept, taken };
}
