import { dutchIndexTerms, tokenizeDutch } from './dutch-tokenizer.util';

describe('tokenizeDutch', () => {
  it('lowercases, folds diacritics and splits on non-alphanumerics', () => {
    expect(tokenizeDutch('Beëindiging van het AI-systeem (art. 22 AVG)!')).toEqual([
      'beeindiging', 'van', 'het', 'ai', 'systeem', 'art', '22', 'avg',
    ]);
  });

  it('returns nothing for whitespace and punctuation only', () => {
    expect(tokenizeDutch(' -- , ')).toEqual([]);
  });

  it('makes English plurals in -es meet their singular', () => {
    expect(dutchIndexTerms('drone drones cookie cookies device devices')).toEqual([
      'dron', 'dron', 'cookie', 'cookie', 'devic', 'devic',
    ]);
  });
});

describe('dutchIndexTerms', () => {
  it('drops stopwords and numbers, stems the rest', () => {
    expect(dutchIndexTerms('Wij kunnen de vergunningen in 2026 niet aanvragen voor onze 5G-drones')).toEqual([
      'vergunn', 'aanvrag', '5g', 'dron',
    ]);
  });

  it('makes English plurals in -es meet their singular', () => {
    expect(dutchIndexTerms('drone drones cookie cookies device devices')).toEqual([
      'dron', 'dron', 'cookie', 'cookie', 'devic', 'devic',
    ]);
  });
});
