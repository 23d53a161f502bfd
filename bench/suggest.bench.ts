/**
 * npm run bench:suggest — how well the loket's theme/department suggester does on the labelled
 * Dutch corpus (apps/loket/test/corpus/suggestions), and how fast it suggests.
 *
 *  1. trains on the corpus's `train` split, times the training;
 *  2. on the held-out `test` split: accuracy@1 and accuracy@3 for theme and department, beside the
 *     majority-class baseline (always the most frequent code of the train split) and chance
 *     (1/number of codes; 3/number for @3), and the mean top-1 confidence beside the top-1 accuracy
 *     (a calibrated model has them close);
 *  3. throughput: suggestions per second over the test reports for BENCH_SECONDS (default 2) each,
 *     against a same-run baseline — the Dutch tokeniser/stemmer alone over the same texts — and the
 *     ratio between them, so the figure means something on another machine.
 *
 * Prints figures, asserts nothing. Pure CPU: needs no database or broker.
 */
import { performance } from 'node:perf_hooks';
import { dutchIndexTerms } from '../apps/loket/src/reports/domain/similarity';
import { SuggestionModel, SuggestedCode } from '../apps/loket/src/reports/domain/suggestions';
import { loadSuggestionCorpus, SuggestionCorpusReport } from '../apps/loket/test/corpus/suggestions/suggestion-corpus';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const say = (line: string): void => void process.stdout.write(`${line}\n`);

type CorpusReport = SuggestionCorpusReport;
const corpus = loadSuggestionCorpus();
const train = corpus.filter((report) => report.split === 'train');
const test = corpus.filter((report) => report.split === 'test');

const started = performance.now();
const suggester = SuggestionModel.train(train);
const trainingMs = performance.now() - started;
say(`corpus: ${corpus.length} reports, train ${train.length}, test ${test.length}; trained in ${trainingMs.toFixed(1)} ms`);

type Field = 'theme' | 'department';
for (const field of ['theme', 'department'] as const satisfies readonly Field[]) {
  let at1 = 0;
  let at3 = 0;
  let confidence = 0;
  for (const report of test) {
    const ranked: SuggestedCode[] = suggester.suggest(report, { limit: 3 })[field];
    at1 += ranked[0]?.code === report[field] ? 1 : 0;
    at3 += ranked.some((suggestion) => suggestion.code === report[field]) ? 1 : 0;
    confidence += ranked[0]?.confidence ?? 0;
  }
  const counts = new Map<string, number>();
  for (const report of train) counts.set(report[field], (counts.get(report[field]) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  const majority1 = test.filter((report) => report[field] === byFrequency[0]).length / test.length;
  const majority3 = test.filter((report) => byFrequency.slice(0, 3).includes(report[field])).length / test.length;
  const n = test.length;
  say(
    `${field.padEnd(10)} accuracy@1 ${(at1 / n).toFixed(3)} (${at1}/${n})  accuracy@3 ${(at3 / n).toFixed(3)} (${at3}/${n})  ` +
      `| majority baseline @1 ${majority1.toFixed(3)} @3 ${majority3.toFixed(3)}  | chance @1 ${(1 / counts.size).toFixed(3)} @3 ${Math.min(1, 3 / counts.size).toFixed(3)} ` +
      `(${counts.size} codes)  | mean top-1 confidence ${(confidence / n).toFixed(3)}`,
  );
}

function perSecond(work: (report: CorpusReport) => unknown): number {
  // Warm up, then count whole passes over the test reports until the time is up.
  for (const report of test) work(report);
  let done = 0;
  const start = performance.now();
  const until = start + SECONDS * 1000;
  while (performance.now() < until) {
    for (const report of test) work(report);
    done += test.length;
  }
  return done / ((performance.now() - start) / 1000);
}

let sink = 0;
const tokenizer = perSecond((report) => {
  sink += dutchIndexTerms(report.title).length + dutchIndexTerms(report.description).length;
});
const suggestions = perSecond((report) => {
  sink += suggester.suggest(report).theme.length;
});
say(
  `throughput: ${suggestions.toFixed(0)} suggestions/s (theme + department, top 3 with reasons); ` +
    `baseline tokeniser+stemmer alone ${tokenizer.toFixed(0)} reports/s; ratio suggest/tokenise ${(suggestions / tokenizer).toFixed(3)}` +
    (sink < 0 ? '' : ''),
);
