import { BODY_QUESTION } from '../../shared/domain/stance';
import { OPINION_WORDS, Stance, stanceOfChoices, stanceOfScale, stanceOfText } from './stance';
import { sentencesOf } from './text/sentences';
import { seededRandom, sampleIndices } from './text/seeded-random';
import { distanceMatrix, meanSilhouette } from './text/silhouette';
import { NO_PAUSE, Pause, sphericalKMeans } from './text/spherical-kmeans';
import { denseDot, isEmptyVector, SparseVector, sparseDot } from './text/sparse-vector';
import { fitTfidf, TfidfModel, vectorise } from './text/tfidf';

/** A question as the analysis needs it (from the comments service's proposal projection). */
export interface AnalysedQuestion {
  id: string;
  kind?: 'text' | 'single-choice' | 'multiple-choice' | 'scale';
  options?: { id: string; label: string }[];
}

/**
 * The text extracted from one of a response's attachments (a position paper), and whether it is
 * public: the response is published and public, so the file is downloadable by anyone.
 */
export interface AnalysedAttachment {
  text: string;
  public: boolean;
}

/** A confirmed response: its free text, its answers (text, option id(s) or scale value) and its attachments' text. */
export interface AnalysedResponse {
  id: string;
  body: string;
  answers: { questionId: string; answer: unknown }[];
  /** Absent where the text is not needed (summary sentences are read from body and answers only). */
  attachments?: AnalysedAttachment[];
}

/** A sentence of a theme's summary, taken verbatim from a response, and the responses it rests on. */
export interface SummarySentence {
  text: string;
  /** Its place in the source response's analysed text (see analysedText). */
  start: number;
  end: number;
  /** The response the sentence is quoted from first, then the theme's responses that say much the same. */
  responseIds: string[];
}

export interface ThemeFinding {
  /** Stable within the analysis: `t1`, `t2`, … in order of size. */
  id: string;
  /** The top distinguishing terms, as readers write them. */
  terms: string[];
  summary: SummarySentence[];
  responseIds: string[];
}

/** The stance of every response that answered a question (or wrote a text: question `BODY_QUESTION`). */
export interface QuestionStances {
  questionId: string;
  stances: Record<Stance, string[]>;
}

export interface AnalysisFindings {
  themes: ThemeFinding[];
  /** Responses without any word the analysis can use (empty, stopwords only): in no theme. */
  unthemed: string[];
  stances: QuestionStances[];
  /** How the number of themes was chosen: the k and its silhouette on the sample. */
  k: number;
  silhouette: number;
  vocabulary: number;
}

export interface AnalysisOptions {
  seed: number;
  minThemes: number;
  maxThemes: number;
  /** Responses used to choose k (k-means on this sample for each k tried). */
  selectionSample: number;
  /** Of those, how many take part in the silhouette (pairwise distances). */
  silhouetteSample: number;
  summarySentences: number;
  labelTerms: number;
  /** Take the smallest k whose silhouette is within this share of the best one. */
  silhouetteTolerance: number;
  pause: Pause;
}

export const DEFAULT_ANALYSIS: AnalysisOptions = { seed: 20261201, minThemes: 2, maxThemes: 12, selectionSample: 4000, silhouetteSample: 1000, summarySentences: 3, labelTerms: 3, silhouetteTolerance: 0.1, pause: NO_PAUSE };

export { BODY_QUESTION } from '../../shared/domain/stance';

/**
 * The analysis of a consultation's responses (ADR 0011): themes by spherical k-means over
 * TF-IDF of the Dutch stems, k chosen by the silhouette on a sample; per theme its distinguishing
 * terms, an extractive summary (the sentences closest to the theme's centroid) and its responses;
 * per question a stance per response. Deterministic for a given seed and input order.
 *
 * Attachments (issue 11 item 4, "responses and attachment text"): a response's attachment text,
 * public or not, is part of its vector, so a position paper lands in the themes it is about even
 * when the response itself says "see the attachment". What a theme shows is kept apart: its terms
 * are weighed on the response text and the PUBLIC attachments only (and their word forms come from
 * that text), so a label never repeats a word that only a non-public attachment used; summary
 * sentences are quoted from the response text only (body and free-text answers, see analysedText),
 * never from an attachment. Stances are read from the answers and the body, not from attachments.
 */
export async function analyseResponses(questions: readonly AnalysedQuestion[], responses: readonly AnalysedResponse[], options: Partial<AnalysisOptions> = {}): Promise<AnalysisFindings> {
  const o = { ...DEFAULT_ANALYSIS, ...options };
  const stances = stancesOf(questions, responses);
  const texts = responses.map((r) => analysedText(questions, r));
  const shown = responses.map((r, i) => withAttachments(texts[i], r, true));
  const hidden = responses.map((r) => withAttachments('', r, false));
  const { model, vectors } = fitTfidf(shown, { excluded: OPINION_WORDS, hidden });
  // The vectors a theme's terms are weighed on: without the non-public attachments.
  const labelVectors = vectors.map((v, i) => (hidden[i] ? vectorise(model, shown[i]) : v));
  await o.pause();
  const themed: number[] = [];
  const unthemed: string[] = [];
  vectors.forEach((v, i) => (isEmptyVector(v) ? unthemed.push(responses[i].id) : themed.push(i)));
  if (themed.length === 0) return { themes: [], unthemed, stances, k: 0, silhouette: 0, vocabulary: model.terms.length };
  const themedVectors = themed.map((i) => vectors[i]);
  const random = seededRandom(o.seed);
  const { k, silhouette } = await chooseK(themedVectors, model.terms.length, o, random);
  // The final clustering of every response: the best of three seedings.
  let best = await sphericalKMeans(themedVectors, model.terms.length, k, random, o.pause);
  for (let run = 1; run < 3; run++) {
    const candidate = await sphericalKMeans(themedVectors, model.terms.length, k, random, o.pause);
    if (candidate.cohesion > best.cohesion) best = candidate;
  }
  const members: number[][] = Array.from({ length: k }, () => []);
  best.assignment.forEach((c, j) => members[c].push(themed[j]));
  const labels = distinguishingTerms(model, labelVectors, members, o.labelTerms);
  const order = members.map((_, c) => c).filter((c) => members[c].length > 0).sort((a, b) => members[b].length - members[a].length || a - b);
  const themes: ThemeFinding[] = [];
  for (const [rank, c] of order.entries()) {
    themes.push({
      id: `t${rank + 1}`,
      terms: labels[c],
      summary: summarise(model, texts, vectors, responses, members[c], best.centroids, c * best.dimensions, o.summarySentences),
      responseIds: members[c].map((i) => responses[i].id),
    });
    await o.pause();
  }
  return { themes, unthemed, stances, k, silhouette, vocabulary: model.terms.length };
}

/**
 * The text the themes are made of: the response's main text and its free-text answers, one per
 * line. Summary sentences are places in this text; reading them back rebuilds it the same way.
 */
export function analysedText(questions: readonly AnalysedQuestion[], r: AnalysedResponse): string {
  const textQuestions = new Set(questions.filter((q) => (q.kind ?? 'text') === 'text').map((q) => q.id));
  const answers = r.answers.filter((a) => textQuestions.has(a.questionId) && typeof a.answer === 'string').map((a) => a.answer as string);
  return [r.body, ...answers].join('\n');
}

/** The text with the response's public (or non-public) attachments' text after it, one per line. */
function withAttachments(text: string, r: AnalysedResponse, isPublic: boolean): string {
  const parts = (r.attachments ?? []).filter((a) => a.public === isPublic && a.text.trim()).map((a) => a.text);
  return parts.length ? [text, ...parts].join('\n') : text;
}

/** Tries k from minThemes to maxThemes on a sample and keeps the k with the highest silhouette. */
async function chooseK(vectors: readonly SparseVector[], dimensions: number, o: AnalysisOptions, random: () => number): Promise<{ k: number; silhouette: number }> {
  const n = vectors.length;
  const maxK = Math.min(o.maxThemes, Math.floor(Math.sqrt(n)), n);
  if (maxK < o.minThemes) return { k: Math.max(1, Math.min(maxK, n)), silhouette: 0 };
  const sampleIdx = sampleIndices(n, o.selectionSample, random);
  const sample = sampleIdx.map((i) => vectors[i]);
  const silIdx = sampleIndices(sample.length, o.silhouetteSample, random);
  const distances = distanceMatrix(silIdx.map((i) => sample[i]));
  await o.pause();
  const scores: { k: number; silhouette: number }[] = [];
  for (let k = o.minThemes; k <= maxK; k++) {
    const clustering = await sphericalKMeans(sample, dimensions, k, random, o.pause);
    scores.push({ k, silhouette: meanSilhouette(distances, silIdx.map((i) => clustering.assignment[i]), k) });
  }
  // On short texts the silhouette keeps creeping up with k (smaller clusters are always a little
  // tighter): the fewest themes within a tolerance of the best score reads better and splits less.
  const top = Math.max(...scores.map((s) => s.silhouette));
  return scores.find((s) => s.silhouette >= top - o.silhouetteTolerance * Math.abs(top))!;
}

/**
 * Per cluster the terms whose mean weight in the cluster most exceeds their mean weight overall:
 * what sets the theme apart, not what every response says.
 */
function distinguishingTerms(model: TfidfModel, vectors: readonly SparseVector[], members: readonly number[][], count: number): string[][] {
  const v = model.terms.length;
  const overall = new Float64Array(v);
  let total = 0;
  for (const group of members) {
    for (const i of group) for (let j = 0; j < vectors[i].indices.length; j++) overall[vectors[i].indices[j]] += vectors[i].values[j];
    total += group.length;
  }
  return members.map((group) => {
    const mean = new Float64Array(v);
    for (const i of group) for (let j = 0; j < vectors[i].indices.length; j++) mean[vectors[i].indices[j]] += vectors[i].values[j];
    const scored: [number, number][] = [];
    for (let t = 0; t < v; t++) if (mean[t] > 0) scored.push([t, mean[t] / Math.max(1, group.length) - overall[t] / Math.max(1, total)]);
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const words: string[] = [];
    for (const [t] of scored) {
      const word = model.display[t];
      if (word && !words.includes(word)) words.push(word);
      if (words.length === count) break;
    }
    return words;
  });
}

/** How many of a theme's most central responses are read for summary sentences. */
const SUMMARY_CANDIDATES = 120;
/** How many supporting responses a summary sentence names at most, and how similar they must be. */
const SUPPORT_LIMIT = 25;
const SUPPORT_SIMILARITY = 0.3;

/**
 * An extractive summary: the sentences of the most central responses closest to the theme's
 * centroid, skipping one too like a sentence already taken. Each sentence names its source
 * response and the theme's responses most similar to it: what it rests on.
 */
function summarise(model: TfidfModel, texts: readonly string[], vectors: readonly SparseVector[], responses: readonly AnalysedResponse[], group: readonly number[], centroids: Float64Array, offset: number, count: number): SummarySentence[] {
  const central = group
    .map((i) => ({ i, s: denseDot(vectors[i], centroids, offset) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, SUMMARY_CANDIDATES);
  const candidates: { text: string; start: number; end: number; source: number; vector: SparseVector; score: number }[] = [];
  for (const { i } of central) {
    for (const { text, start, end } of sentencesOf(texts[i])) {
      const vector = vectorise(model, text);
      if (!isEmptyVector(vector)) candidates.push({ text, start, end, source: i, vector, score: denseDot(vector, centroids, offset) });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.source - b.source);
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (chosen.length === count) break;
    if (chosen.some((p) => p.text === c.text || sparseDot(p.vector, c.vector) > 0.6)) continue;
    chosen.push(c);
  }
  return chosen.map((c) => {
    const support = group
      .filter((i) => i !== c.source)
      .map((i) => ({ i, s: sparseDot(vectors[i], c.vector) }))
      .filter((x) => x.s >= SUPPORT_SIMILARITY)
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, SUPPORT_LIMIT - 1);
    return { text: c.text, start: c.start, end: c.end, responseIds: [responses[c.source].id, ...support.map((x) => responses[x.i].id)] };
  });
}

/** Per question (and the main text) the stance of every response that answered it. */
function stancesOf(questions: readonly AnalysedQuestion[], responses: readonly AnalysedResponse[]): QuestionStances[] {
  const empty = (): Record<Stance, string[]> => ({ for: [], against: [], mixed: [], unclear: [] });
  const body: QuestionStances = { questionId: BODY_QUESTION, stances: empty() };
  const perQuestion = questions.map((q) => ({ q, labels: new Map((q.options ?? []).map((o) => [o.id, o.label])), out: { questionId: q.id, stances: empty() } as QuestionStances }));
  const byId = new Map(perQuestion.map((p) => [p.q.id, p]));
  for (const r of responses) {
    if (r.body.trim()) body.stances[stanceOfText(r.body)].push(r.id);
    for (const a of r.answers) {
      const p = byId.get(a.questionId);
      if (!p) continue;
      const stance = stanceOfAnswer(p.q.kind ?? 'text', a.answer, p.labels);
      if (stance) p.out.stances[stance].push(r.id);
    }
  }
  return [body, ...perQuestion.map((p) => p.out)];
}

function stanceOfAnswer(kind: NonNullable<AnalysedQuestion['kind']>, answer: unknown, labels: Map<string, string>): Stance | undefined {
  switch (kind) {
    case 'text':
      return typeof answer === 'string' && answer.trim() ? stanceOfText(answer) : undefined;
    case 'scale':
      return typeof answer === 'number' ? stanceOfScale(answer) : undefined;
    case 'single-choice':
      return typeof answer === 'string' ? stanceOfChoices([labels.get(answer) ?? '']) : undefined;
    case 'multiple-choice':
      return Array.isArray(answer) ? stanceOfChoices(answer.map((id) => labels.get(String(id)) ?? '')) : undefined;
  }
}
