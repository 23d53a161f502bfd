/**
 * npm run bench:analysis — the consultation analysis (apps/comments/src/analysis, ADR 0011) on
 * 50 000 generated Dutch responses to one proposal, and its agreement with the hand-labelled corpus.
 *
 *  1. generates BENCH_RESPONSES (default 50 000) responses from the corpus's hand-written sentences
 *     (apps/comments/test/corpus/fragments.json): 12 themes, four stances, one to three theme
 *     sentences with words left out and filler added at random so few texts repeat, a yes/no/partly
 *     question and a 1–5 scale; one in BENCH_PAPER_EVERY (default 50) carries a position paper: an
 *     attachment of 40 of its theme's sentences (public or not, alternately), whose text the analysis
 *     reads as the service's job does since attachment text feeds the themes;
 *  2. runs the analysis exactly as the service's job does (analyseResponses, giving the event loop
 *     a turn between steps) and prints the time, the peak memory (resourceUsage().maxRSS, and the
 *     largest heap seen), the themes found and their agreement with the generated labels;
 *  3. prints the agreement on the labelled corpus (adjusted Rand index, stance F1);
 *  4. writes what it printed to bench/results/analysis.md.
 *
 * Pure CPU: needs no database or broker (the job's reading of the rows is not in the time).
 * Aim (issue 11): under 10 minutes and under 1.5 GB.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { adjustedRandIndex, f1Scores } from '../apps/comments/src/analysis/domain/agreement';
import { AnalysedQuestion, AnalysedResponse, analyseResponses } from '../apps/comments/src/analysis/domain/analyse-responses';
import { STANCES } from '../apps/comments/src/analysis/domain/stance';
import { seededRandom } from '../apps/comments/src/analysis/domain/text/seeded-random';
import { evaluateCorpus } from '../apps/comments/test/corpus/evaluate-corpus';

const COUNT = Number(process.env.BENCH_RESPONSES ?? 50_000);
const PAPER_EVERY = Number(process.env.BENCH_PAPER_EVERY ?? 50);
const printed: string[] = [];
const say = (line: string): void => {
  printed.push(line);
  process.stdout.write(`${line}\n`);
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Fragments {
  stances: Record<string, string[]>;
  proposals: { themes: Record<string, string[]> }[];
}
const fragments = JSON.parse(readFileSync(join(__dirname, '../apps/comments/test/corpus/fragments.json'), 'utf8')) as Fragments;
const themes = fragments.proposals.flatMap((p) => Object.entries(p.themes));
const FILLER = ['Groet,', 'Alvast bedankt voor het lezen.', 'Dit is mijn persoonlijke mening.', 'Succes met het verwerken van alle reacties.', 'Ik woon al twintig jaar in deze regio.', 'Namens ons huishouden.'];
const questions: AnalysedQuestion[] = [
  { id: 'q-support', kind: 'single-choice', options: [{ id: 'ja', label: 'Ja' }, { id: 'nee', label: 'Nee' }, { id: 'deels', label: 'Deels' }, { id: 'weet-niet', label: 'Weet ik niet' }] },
  { id: 'q-scale', kind: 'scale' },
  { id: 'q-text', kind: 'text' },
];
const CHOICE: Record<string, string> = { for: 'ja', against: 'nee', mixed: 'deels', unclear: 'weet-niet' };
const SCALE: Record<string, number[]> = { for: [4, 5], against: [1, 2], mixed: [3], unclear: [3] };

function generate(count: number): { responses: AnalysedResponse[]; themeOf: string[]; stanceOf: string[] } {
  const random = seededRandom(50_000);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const vary = (sentence: string): string => sentence.split(' ').filter(() => random() > 0.12).join(' ');
  const responses: AnalysedResponse[] = [];
  const themeOf: string[] = [];
  const stanceOf: string[] = [];
  for (let i = 0; i < count; i++) {
    const [theme, sentences] = themes[i % themes.length];
    const stance = pick(['for', 'for', 'against', 'against', 'mixed', 'unclear']);
    const parts = [pick(fragments.stances[stance]), ...Array.from({ length: 1 + Math.floor(random() * 3) }, () => vary(pick(sentences)))];
    if (random() < 0.3) parts.push(pick(FILLER));
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const answers = [
      { questionId: 'q-support', answer: CHOICE[stance] },
      { questionId: 'q-scale', answer: pick(SCALE[stance]) },
      ...(random() < 0.3 ? [{ questionId: 'q-text', answer: vary(pick(sentences)) }] : []),
    ];
    const paper = i % PAPER_EVERY === PAPER_EVERY - 1 ? [{ text: Array.from({ length: 40 }, () => pick(sentences)).join(' '), public: i % (2 * PAPER_EVERY) < PAPER_EVERY }] : undefined;
    responses.push({ id, body: parts.filter(Boolean).join(' '), answers, ...(paper ? { attachments: paper } : {}) });
    themeOf.push(theme);
    stanceOf.push(stance);
  }
  return { responses, themeOf, stanceOf };
}

async function main(): Promise<void> {
  let peakHeap = 0;
  const sample = (): void => void (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const sampler = setInterval(sample, 50);
  const generatedAt = performance.now();
  const { responses, themeOf, stanceOf } = generate(COUNT);
  const papers = responses.filter((r) => r.attachments).length;
  say(`generated ${responses.length} responses (${themes.length} themes, 4 stances, ${papers} with a position paper) in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s; rss ${mb(process.memoryUsage().rss)}`);
  const started = performance.now();
  const findings = await analyseResponses(questions, responses, { pause: () => new Promise((resolve) => setImmediate(resolve)) });
  const seconds = (performance.now() - started) / 1000;
  sample();
  clearInterval(sampler);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  say(`analysed in ${seconds.toFixed(1)} s (aim: under 600 s); peak rss ${mb(maxRss)} (aim: under 1536 MB), largest heap seen ${mb(peakHeap)}`);
  say(`themes: k = ${findings.k} (silhouette ${findings.silhouette.toFixed(3)} on the sample), vocabulary ${findings.vocabulary} terms, ${findings.unthemed.length} responses without usable words`);
  for (const t of findings.themes) say(`  ${t.id.padEnd(4)} ${String(t.responseIds.length).padStart(6)}  ${t.terms.join(', ')}`);
  const index = new Map(responses.map((r, i) => [r.id, i]));
  const predicted = new Array<string>(responses.length).fill('unthemed');
  for (const t of findings.themes) for (const id of t.responseIds) predicted[index.get(id)!] = t.id;
  say(`agreement with the generated themes: adjusted Rand index ${adjustedRandIndex(themeOf, predicted).toFixed(3)}`);
  for (const q of findings.stances) {
    const predictedStance = new Array<string>(responses.length).fill('');
    for (const s of STANCES) for (const id of q.stances[s]) predictedStance[index.get(id)!] = s;
    const answered = predictedStance.map((s, i) => [s, stanceOf[i]]).filter(([s]) => s);
    const f1 = f1Scores(answered.map(([, t]) => t), answered.map(([s]) => s), STANCES);
    say(`stance ${q.questionId.padEnd(10)} ${String(answered.length).padStart(6)} answers, macro F1 ${f1.macroF1.toFixed(3)} against the generated stance`);
  }
  const corpus = await evaluateCorpus();
  say(`labelled corpus (${corpus.responses} responses, 3 proposals): adjusted Rand index ${corpus.perProposal.map((p) => `${p.key} ${p.ari.toFixed(3)} (${p.themesFound} themes for ${p.handThemes})`).join(', ')}; mean ${corpus.meanAri.toFixed(3)}`);
  say(`labelled corpus stance: macro F1 ${corpus.stanceMacroF1.toFixed(3)}, accuracy ${corpus.stanceAccuracy.toFixed(3)} (${corpus.stancePerClass.map((c) => `${c.label} ${c.f1.toFixed(2)}`).join(', ')})`);
  const header = ['# Consultation analysis (npm run bench:analysis)', '', `${new Date().toISOString()}; Node ${process.version}; what the benchmark printed:`, '', '```'];
  writeFileSync(join(__dirname, 'results', 'analysis.md'), `${[...header, ...printed, '```'].join('\n')}\n`);
  process.stdout.write('\nwritten to bench/results/analysis.md\n');
}

void main();
