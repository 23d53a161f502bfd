import { editDistance, extractArticle, identifyRegulation, matchRegulation, normaliseName } from './regulation-matcher';

const idOf = (typed: string, article?: string) => matchRegulation(typed, article)?.law.id;
const AVG = 'EU-32016R0679';
const UAVG = 'BWBR0040940';

describe('normaliseName', () => {
  it('lower-cases, drops accents and punctuation, and collapses spaces', () => {
    expect(normaliseName('  Wet  op de Omzetbelasting, 1968 ')).toBe('wet op de omzetbelasting 1968');
    expect(normaliseName('Privacywet (Wbp)–oud')).toBe('privacywet wbp oud');
    expect(normaliseName('Geneesmiddelenwét')).toBe('geneesmiddelenwet');
  });
});

describe('extractArticle', () => {
  it.each([
    ['Wwft art. 33', '33'],
    ['artikel 33 lid 2 Wwft', '33'],
    ['Omgevingswet, Art 5.1', '5.1'],
    ['BW art. 7:658', '7:658'],
    ['artt. 2:75 en 2:76 Wft', '2:75'],
    ['Wet BIG artikel 3a', '3a'],
  ])('%s → %s', (text, article) => expect(extractArticle(text)).toBe(article));

  it('finds none where none is mentioned', () => {
    expect(extractArticle('Handelsregisterwet 2007')).toBeUndefined();
    expect(extractArticle('Wet op de arbeidsmarkt')).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit and stops past the limit', () => {
    expect(editDistance('wwtf', 'wwft', 2)).toBe(1);
    expect(editDistance('omgevingswet', 'omgevnigwset', 3)).toBe(2);
    expect(editDistance('awb', 'telecommunicatiewet', 2)).toBe(3);
  });
});

describe('matchRegulation', () => {
  it.each([
    ['Wet ter voorkoming van witwassen en financieren van terrorisme', 'BWBR0024282'],
    ['WWFT', 'BWBR0024282'],
    ['wwft art. 33', 'BWBR0024282'],
    ['artikel 33 Wwft', 'BWBR0024282'],
    ['UAVG', 'BWBR0040940'],
    ['Uitvoeringswet Algemene verordening gegevensbescherming', 'BWBR0040940'],
    ['Wbp', 'BWBR0011468'],
    ['Algemene wet bestuursrecht', 'BWBR0005537'],
    ['Awb', 'BWBR0005537'],
    ['Handelsregisterwet', 'BWBR0021777'],
    ['Handelsregisterwet 2007', 'BWBR0021777'],
    ['Wet op de omzetbelasting 1968', 'BWBR0002629'],
    ['Wet OB', 'BWBR0002629'],
    ['Arbeidstijdenwet', 'BWBR0007671'],
    ['Omgevingswet', 'BWBR0037885'],
    ['Wet digitale overheid', 'BWBR0048156'],
    ['Telecommunicatiewet', 'BWBR0009950'],
    ['Wet BIG', 'BWBR0006251'],
    ['Wegenverkeerswet 1994', 'BWBR0006622'],
    ['Wet op het financieel toezicht', 'BWBR0020368'],
  ])('%s → %s (name or abbreviation, any case)', (typed, id) => expect(idOf(typed)).toBe(id));

  it('reads a name inside a longer text, the longest name winning', () => {
    expect(matchRegulation('de Wet op de omzetbelasting 1968, hoofdstuk II')).toMatchObject({ law: { id: 'BWBR0002629' }, how: 'contains' });
    expect(idOf('Wwft (de witwaswet), art. 33 lid 1')).toBe('BWBR0024282');
    expect(idOf('artikel 3 lid 2 onder a van de Arbeidstijdenwet')).toBe('BWBR0007671');
  });

  it('tolerates typos in a long name and a swapped letter in an abbreviation', () => {
    expect(matchRegulation('Telecomunicatiewet')).toMatchObject({ law: { id: 'BWBR0009950' }, how: 'typo' });
    expect(idOf('Wet op de omzetbelastng 1968')).toBe('BWBR0002629');
    expect(idOf('Arbeidstydenwet')).toBe('BWBR0007671');
    expect(idOf('Wwtf')).toBe('BWBR0024282');
  });

  it('finds the book of the Burgerlijk Wetboek from the article number', () => {
    expect(idOf('BW', '7:658')).toBe('BWBR0005290');
    expect(idOf('Burgerlijk Wetboek art. 6:162')).toBe('BWBR0005289');
    expect(idOf('Burgerlijk Wetboek Boek 7')).toBe('BWBR0005290');
    expect(idOf('BW')).toBeUndefined();
  });

  it('matches the AVG to the EU regulation, never to the UAVG, and the UAVG never to the AVG', () => {
    // Before EU acts joined the index "AVG" matched nothing (the GDPR has no BWB id); it still must
    // not land on the UAVG, the Dutch implementing act: it is the regulation, by its EU id.
    for (const typed of ['AVG', 'avg', 'AVG art. 6', 'Algemene verordening gegevensbescherming', 'GDPR', 'General Data Protection Regulation', 'Verordening (EU) 2016/679', 'de AVG, artikel 6 lid 1 sub f']) {
      expect([typed, idOf(typed)]).toEqual([typed, AVG]);
    }
    for (const typed of ['UAVG', 'Uitvoeringswet AVG', 'Uitvoeringswet AVG art. 22', 'Uitvoeringswet Algemene verordening gegevensbescherming']) {
      expect([typed, idOf(typed)]).toEqual([typed, UAVG]);
    }
    expect(idOf('Algemene verordening gegevensbeschermng')).toBe(AVG); // a typo in the long name
    expect(idOf('AVG en UAVG')).toBeUndefined(); // two acts named: not ours to choose
  });

  it.each([
    ['eIDAS', 'EU-32014R0910'],
    ['Verordening (EU) nr. 910/2014', 'EU-32014R0910'],
    ['Data Act', 'EU-32023R2854'],
    ['Dataverordening', 'EU-32023R2854'],
    ['DSA', 'EU-32022R2065'],
    ['Digitaledienstenverordening', 'EU-32022R2065'],
    ['AI-verordening', 'EU-32024R1689'],
    ['AI Act art. 5', 'EU-32024R1689'],
    ['NIS2', 'EU-32022L2555'],
    ['NIS 2-richtlijn', 'EU-32022L2555'],
  ])('%s → %s (an EU act, by its CELEX number)', (typed, id) => expect(idOf(typed)).toBe(id));

  it('matches nothing rather than guess: unknown, ambiguous or two laws', () => {
    expect(idOf('Regeling op afstand bestuurde luchtvaartuigen')).toBeUndefined();
    expect(idOf('AI')).toBeUndefined(); // a technology, not the AI Act
    expect(idOf('Wwft en Wft')).toBeUndefined();
    expect(idOf('Wet UB')).toBeUndefined(); // as near to Wet IB as to Wet OB
    expect(idOf('de wet')).toBeUndefined();
    expect(idOf('   ')).toBeUndefined();
  });

  it('never takes another number for a typo: EU acts the index does not hold stay unidentified', () => {
    expect(idOf('Verordening (EU) 2022/1925')).toBeUndefined(); // the DMA, not the DSA (2022/2065)
    expect(idOf('Verordening (EU) 2022/2554')).toBeUndefined(); // DORA, not the Data Act
    expect(idOf('Verordening (EU) 2023/1114')).toBeUndefined(); // MiCA
    expect(idOf('Verordening (EU) 2024/1183')).toBeUndefined(); // eIDAS 2, not the AI Act
    expect(idOf('Richtlijn (EU) 2022/2557')).toBeUndefined(); // the CER directive, not NIS2
    expect(idOf('Verordening (EU) 2016/680')).toBeUndefined(); // not the AVG (2016/679)
    expect(idOf('NIS1')).toBeUndefined();
    expect(idOf('NIS 1')).toBeUndefined();
    // Letters may still be mistyped around the right number.
    expect(idOf('Verordening (EU) 2022/2065')).toBe('EU-32022R2065');
    expect(idOf('Verordning (EU) 2022/2065')).toBe('EU-32022R2065');
    expect(idOf('Wet inkomstenbelastng 2001')).toBe('BWBR0011353');
  });

  it('reads the AVG-uitvoeringswet as the UAVG, not as the AVG', () => {
    expect(idOf('AVG-uitvoeringswet')).toBe('BWBR0040940');
    expect(idOf('Uitvoeringswet AVG')).toBe('BWBR0040940');
  });
});

describe('identifyRegulation', () => {
  it('keeps the BWB id the reporter gave, whatever the name says', () => {
    expect(identifyRegulation({ name: 'Wwft', bwbId: 'bwbr0019147 ', article: '5' })).toEqual({ bwbId: 'BWBR0019147', article: '5' });
  });

  it('takes the id from the name when the reporter gave none, and the article mentioned there', () => {
    expect(identifyRegulation({ name: 'Wwft art. 33' })).toEqual({ bwbId: 'BWBR0024282', article: '33' });
    expect(identifyRegulation({ name: 'zie BWBR0005537, artikel 4:8' })).toEqual({ bwbId: 'BWBR0005537', article: '4:8' });
    expect(identifyRegulation({ name: 'Arbeidstijdenwet', article: ' 5:3 ' })).toEqual({ bwbId: 'BWBR0007671', article: '5:3' });
  });

  it('identifies the AVG by name as the EU act, and an EU id written out in either form', () => {
    expect(identifyRegulation({ name: 'AVG art. 6' })).toEqual({ bwbId: AVG, article: '6' });
    expect(identifyRegulation({ name: 'zie CELEX:32016R0679', article: '22' })).toEqual({ bwbId: AVG, article: '22' });
    expect(identifyRegulation({ name: 'eu-32022r2065 artikel 16' })).toEqual({ bwbId: 'EU-32022R2065', article: '16' });
    expect(identifyRegulation({ name: 'Wwft', bwbId: 'EU-32016R0679' })).toEqual({ bwbId: AVG });
  });

  it('gives no id when nothing matches, and keeps the article', () => {
    expect(identifyRegulation({ name: 'de regels voor drones', article: '5' })).toEqual({ article: '5' });
    expect(identifyRegulation({ name: 'onbekend' })).toEqual({});
  });
});
