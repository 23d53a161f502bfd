import { findCitations } from './regulation-matcher';

describe('findCitations (free text)', () => {
  it('finds a law named with an article, in either order', () => {
    expect(findCitations('Volgens artikel 33 van de Wwft moeten wij alles bewaren.')).toEqual([{ bwbId: 'BWBR0024282', article: '33' }]);
    expect(findCitations('De Awb art. 4:13 geeft geen termijn')).toEqual([{ bwbId: 'BWBR0005537', article: '4:13' }]);
  });

  it('finds a BWB id wherever it is written, with the article of its clause when there is one', () => {
    expect(findCitations('Zie BWBR0037885. En verder niets')).toEqual([{ bwbId: 'BWBR0037885' }]);
    expect(findCitations('zie bwbr0024282 art. 33 lid 2')).toEqual([{ bwbId: 'BWBR0024282', article: '33' }]);
  });

  it('finds each citation once, in the order cited, across clauses', () => {
    const text = 'Artikel 33 Wwft is onduidelijk. De Omgevingswet artikel 5.1 ook; en artikel 33 van de Wwft nog steeds!';
    expect(findCitations(text)).toEqual([
      { bwbId: 'BWBR0024282', article: '33' },
      { bwbId: 'BWBR0037885', article: '5.1' },
    ]);
  });

  it('cites the AVG by name as the EU regulation, the UAVG as the Dutch act, and an EU id written out', () => {
    expect(findCitations('Artikel 6 lid 1 AVG laat ons geen grondslag. Volgens artikel 22 van de Uitvoeringswet AVG ook niet.')).toEqual([
      { bwbId: 'EU-32016R0679', article: '6' },
      { bwbId: 'BWBR0040940', article: '22' },
    ]);
    expect(findCitations('zie CELEX:32016R0679 art. 35; en EU-32023R2854')).toEqual([{ bwbId: 'EU-32016R0679', article: '35' }, { bwbId: 'EU-32023R2854' }]);
    expect(findCitations('De AVG is lastig voor ons.')).toEqual([]); // a name without an article, as for a law
  });

  it('reads the civil code book from the article number', () => {
    expect(findCitations('Op grond van BW art. 7:658 is de werkgever aansprakelijk')).toEqual([{ bwbId: 'BWBR0005290', article: '7:658' }]);
  });

  it('cites nothing for a name without an article, a typo, two laws in one clause, or an unknown law', () => {
    expect(findCitations('De Wwft is lastig voor ons.')).toEqual([]);
    expect(findCitations('Wwtf art. 33 is lastig')).toEqual([]);
    expect(findCitations('artikel 3 van de Wwft en de Wft')).toEqual([]);
    expect(findCitations('artikel 12 van een regeling die niemand kent')).toEqual([]);
    expect(findCitations('')).toEqual([]);
  });
});
