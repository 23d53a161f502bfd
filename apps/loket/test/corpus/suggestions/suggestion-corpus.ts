import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledReport } from '../../../src/reports/domain/suggestions';

/** One line of reports.jsonl (see the README next to it). */
export interface SuggestionCorpusReport extends LabelledReport {
  id: string;
  split: 'train' | 'test';
  technology: string;
  sector: string;
}

export const SUGGESTION_CORPUS_PATH = join(__dirname, 'reports.jsonl');

export function loadSuggestionCorpus(path = SUGGESTION_CORPUS_PATH): SuggestionCorpusReport[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SuggestionCorpusReport);
}
