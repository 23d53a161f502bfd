import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPARTMENTS, SBI_SECTIONS, TECHNOLOGIES } from '@pb/contracts';
import { loadSuggestionCorpus } from '../../../../test/corpus/suggestions/suggestion-corpus';
import { SuggestionModel } from './suggestion-model';

/**
 * The labelled corpus the suggester is measured on (apps/loket/test/corpus/suggestions), and a
 * floor for the model on its held-out split. The accuracy itself is printed by
 * `npm run bench:suggest`, not asserted: the floor only catches a broken model.
 */
describe('the suggestion corpus', () => {
  const corpus = loadSuggestionCorpus();
  // Read as data, not imported: the strategy belongs to the proposals service.
  const strategy = JSON.parse(
    readFileSync(join(__dirname, '../../../../../proposals/src/strategy/seed/strategy-2018.0.json'), 'utf8'),
  ) as { version: string; themes: { code: string }[] };
  const themes = strategy.themes.map((theme) => theme.code);

  it('is large enough and well-formed: unique ids, valid theme, department, technology and sector, text in title and description', () => {
    expect(strategy.version).toBe('2018.0');
    expect(themes).toHaveLength(24);
    expect(corpus.length).toBeGreaterThanOrEqual(240);
    expect(new Set(corpus.map((report) => report.id)).size).toBe(corpus.length);
    for (const report of corpus) {
      expect({ id: report.id, theme: themes.includes(report.theme) }).toEqual({ id: report.id, theme: true });
      expect({ id: report.id, department: (DEPARTMENTS as readonly string[]).includes(report.department) }).toEqual({ id: report.id, department: true });
      expect({ id: report.id, technology: (TECHNOLOGIES as readonly string[]).includes(report.technology) }).toEqual({ id: report.id, technology: true });
      expect({ id: report.id, sector: SBI_SECTIONS.includes(report.sector) }).toEqual({ id: report.id, sector: true });
      expect(['train', 'test']).toContain(report.split);
      // The intake form's limits (SubmitReportRequestDto), so every report can be loaded through the API.
      expect({ id: report.id, title: report.title.length >= 5 && report.title.length <= 200 }).toEqual({ id: report.id, title: true });
      expect({ id: report.id, description: report.description.length >= 20 && report.description.length <= 10000 }).toEqual({ id: report.id, description: true });
      if (report.regulation) {
        expect(report.regulation.name.trim().length).toBeGreaterThan(0);
        if (report.regulation.bwbId) expect(report.regulation.bwbId).toMatch(/^BWBR\d{7}$/);
      }
    }
  });

  it('has every theme at least 6 times, in both splits, and about a quarter of it held out', () => {
    for (const theme of themes) {
      const ofTheme = corpus.filter((report) => report.theme === theme);
      expect({ theme, enough: ofTheme.length >= 6 }).toEqual({ theme, enough: true });
      expect({ theme, train: ofTheme.some((r) => r.split === 'train'), test: ofTheme.some((r) => r.split === 'test') }).toEqual({ theme, train: true, test: true });
    }
    const held = corpus.filter((report) => report.split === 'test').length / corpus.length;
    expect(held).toBeGreaterThan(0.18);
    expect(held).toBeLessThan(0.32);
  });

  it('trained on the train split, puts the right theme in its top 3 for at least half of the test split', () => {
    // Floor, not a target. Chance is 3/24 = 0.125 and always answering the three most frequent
    // themes scores 0.20 here; a model that ignores the text, has its features or labels crossed,
    // or ranks backwards lands near those. 0.5 leaves room for honest changes to the corpus or
    // the model (the bench measures 0.855 at the time of writing) while failing all of those.
    const suggester = SuggestionModel.train(corpus.filter((report) => report.split === 'train'));
    const test = corpus.filter((report) => report.split === 'test');
    const hits = test.filter((report) => suggester.suggest(report, { limit: 3 }).theme.some((s) => s.code === report.theme)).length;

    expect(hits / test.length).toBeGreaterThanOrEqual(0.5);
  });
});
