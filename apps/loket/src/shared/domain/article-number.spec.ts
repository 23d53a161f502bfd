import { normaliseArticle } from './article-number';

describe('normaliseArticle', () => {
  it.each([
    ['art. 22', '22'],
    ['Artikel 22 lid 1', '22'],
    ['Article 22', '22'],
    ['7:457', '7:457'],
    ['artikel 11.7a', '11.7a'],
    ['hoofdstuk 2', '2'],
  ])('%s → %s', (article, expected) => {
    expect(normaliseArticle(article)).toBe(expected);
  });

  it('gives nothing without a number', () => {
    expect(normaliseArticle('Bijlage III')).toBeUndefined();
    expect(normaliseArticle(undefined)).toBeUndefined();
  });

  it('reads articles the way people write them', () => {
    expect(normaliseArticle('art. 5a')).toBe('5a');
    expect(normaliseArticle('Artikel 5 A')).toBe('5a');
    expect(normaliseArticle('12:3')).toBe('12:3');
  });
});
