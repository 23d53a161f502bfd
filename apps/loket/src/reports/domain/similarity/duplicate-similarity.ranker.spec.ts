import {
  buildCorpusStatistics,
  DuplicateSimilarityRanker,
  indexReport,
} from './duplicate-similarity.ranker';
import type { SimilarityReport } from './duplicate-similarity.types';
import { rankDuplicateCandidates } from './rank-duplicate-candidates.util';

const report = (id: string, title: string, description: string, extra: Partial<SimilarityReport> = {}): SimilarityReport => ({
  id,
  title,
  description,
  regulation: { name: 'Onbekende regeling' },
  technology: 'other',
  ...extra,
});

const corpus: SimilarityReport[] = [
  report('a', 'Drones mogen niet buiten zicht vliegen', 'Inspectie van dijken met drones buiten het zicht van de piloot vraagt een vergunning die maanden duurt.', {
    regulation: { name: 'Verordening (EU) 2019/947', article: 'art. 11' },
    technology: 'drones',
  }),
  report('b', 'Dronevluchten buiten zicht voor dijkinspectie niet toegestaan', 'Wij willen dijken met drones inspecteren buiten het zicht van de piloot, maar de vergunning duurt lang.', {
    regulation: { name: 'Uitvoeringsverordening (EU) 2019/947', article: 'artikel 11' },
    technology: 'drones',
  }),
  report('c', 'Cookiemelding verplicht voor statistieken', 'Voor eenvoudige statistieken op onze website moeten bezoekers vooraf toestemming geven.', {
    regulation: { name: 'Telecommunicatiewet', bwbId: 'BWBR0009950' },
  }),
  report('d', 'Glasvezel aanleggen duurt lang', 'Gemeenten doen maanden over instemming voor graafwerk voor glasvezel.', {
    regulation: { name: 'Telecommunicatiewet', bwbId: 'BWBR0009950' },
  }),
  report('e', 'Bezorgrobots op de stoep', 'Kleine robots die boodschappen bezorgen mogen niet op het trottoir rijden.'),
];

describe('DuplicateSimilarityRanker', () => {
  const ranker = DuplicateSimilarityRanker.fromReports(corpus);

  it('finds the differently worded duplicate and explains why', () => {
    const [best] = ranker.rank(corpus[0]);
    expect(best.id).toBe('b');
    expect(best.reasons).toEqual(['same-regulation', 'same-article', 'similar-text', 'same-technology']);
    expect(best.score).toBeGreaterThan(0.5);
    expect(best.score).toBeLessThanOrEqual(1);
  });

  it('never proposes the report itself', () => {
    expect(ranker.rank(corpus[0], { threshold: 0 }).map((c) => c.id)).not.toContain('a');
  });

  it('does not let a shared regulation alone create a candidate', () => {
    // c and d share the Telecommunicatiewet but not the barrier.
    const explained = ranker.explain(corpus[2], corpus[3]);
    expect(explained.reasons).toContain('same-regulation');
    expect(explained.score).toBeLessThan(0.19);
    expect(ranker.rank(corpus[2]).map((c) => c.id)).not.toContain('d');
  });

  it('applies threshold and limit and orders best first, ties by id', () => {
    const all = ranker.rank(corpus[0], { threshold: 0, limit: 10 });
    expect(all.length).toBe(4);
    for (let i = 1; i < all.length; i++) {
      expect(all[i - 1].score > all[i].score || (all[i - 1].score === all[i].score && all[i - 1].id < all[i].id)).toBe(true);
    }
    expect(ranker.rank(corpus[0], { threshold: 0, limit: 2 })).toEqual(all.slice(0, 2));
    expect(ranker.rank(corpus[0], { threshold: 1 })).toEqual([]);
  });

  it('ranks a new report from stored signatures exactly as from texts', () => {
    const fromSignatures = new DuplicateSimilarityRanker(corpus.map(indexReport));
    const query = report('new', 'Drones buiten zicht', 'Vergunning voor drones buiten zicht duurt maanden.', {
      technology: 'drones',
    });
    expect(fromSignatures.rank(indexReport(query))).toEqual(ranker.rank(query));
    expect(rankDuplicateCandidates(query, corpus)).toEqual(ranker.rank(query));
  });

  it('uses corpus-wide statistics when only a preselection is loaded', () => {
    const statistics = buildCorpusStatistics(corpus.map((r) => indexReport(r).signature));
    const preselection = new DuplicateSimilarityRanker([indexReport(corpus[1])], statistics);
    expect(preselection.rank(corpus[0])).toEqual(ranker.rank(corpus[0]).filter((c) => c.id === 'b'));
  });

  it('rejects signatures of another version', () => {
    const stale = { ...indexReport(corpus[0]), signature: { ...indexReport(corpus[0]).signature, version: 0 as unknown as 1 } };
    expect(() => new DuplicateSimilarityRanker([stale])).toThrow(RangeError);
  });

  it('gives an empty-text report a zero text similarity instead of NaN', () => {
    const empty = report('x', '', '');
    expect(ranker.explain(empty, corpus[0]).textSimilarity).toBe(0);
  });
});
