import { FindSimilarEntriesHandler } from './find-similar-entries.handler';
import { MIN_SHARED_TERMS, SIMILAR_ENTRIES_LIMIT, similarityQuery } from './find-similar-entries.query';
import type { RegisterCrowd, SimilarityQuery } from '../../ports/register-crowd';
import { DUTCH_STOPWORDS } from '@pb/kernel';

const IGNORED = [...DUTCH_STOPWORDS];

describe('the register query for what a reporter typed (the check step)', () => {
  it('keeps a given BWB id (upper-cased) and normalises the article the way the duplicate ranker does', () => {
    expect(similarityQuery({ regulation: { name: 'Wet X', bwbId: 'bwbr0024282', article: 'Art. 33 lid 2' } })).toEqual({
      bwbId: 'BWBR0024282',
      article: '33',
      minSharedTerms: MIN_SHARED_TERMS,
      ignoredWords: IGNORED,
      limit: SIMILAR_ENTRIES_LIMIT,
    });
  });

  it('identifies the regulation from a name the index knows, and an article written in the name', () => {
    expect(similarityQuery({ regulation: { name: 'Wwft' } })).toMatchObject({ bwbId: 'BWBR0024282' });
    expect(similarityQuery({ regulation: { name: 'artikel 5.3 Omgevingswet' } })).toMatchObject({ bwbId: 'BWBR0037885', article: '5.3' });
    expect(similarityQuery({ regulation: { name: 'Een regeling die niemand kent' } })).not.toHaveProperty('bwbId');
  });

  it('ignores the Dutch function words the duplicate ranker ignores (PostgreSQL keeps "wij" and "alleen")', () => {
    expect(similarityQuery({ title: 'x' }).ignoredWords).toEqual(expect.arrayContaining(['wij', 'alleen', 'moeten']));
  });

  it('compares title and description together, trimmed, and leaves out what was not typed', () => {
    expect(similarityQuery({ title: '  Drones buiten zicht ', description: ' Inspectie van windturbines  ' }).text).toBe('Drones buiten zicht\nInspectie van windturbines');
    expect(similarityQuery({ title: '   ', description: undefined })).toEqual({ minSharedTerms: MIN_SHARED_TERMS, ignoredWords: IGNORED, limit: SIMILAR_ENTRIES_LIMIT });
  });

  it('does not ask the register when nothing can be compared, and passes the mapped query when something can', async () => {
    const asked: SimilarityQuery[] = [];
    const crowd = { similar: async (q: SimilarityQuery) => (asked.push(q), []) } as unknown as RegisterCrowd;
    const handler = new FindSimilarEntriesHandler(crowd);
    expect(await handler.execute({ typed: { title: ' ', regulation: { name: 'Onbekend' } } })).toEqual([]);
    expect(asked).toEqual([]);
    await handler.execute({ typed: { title: 'Videobellen', regulation: { name: 'Wwft', article: '33' } } });
    expect(asked).toEqual([{ bwbId: 'BWBR0024282', article: '33', text: 'Videobellen', minSharedTerms: MIN_SHARED_TERMS, ignoredWords: IGNORED, limit: SIMILAR_ENTRIES_LIMIT }]);
  });
});
