import { matchRegulation, regulationKeys } from './regulation-match.util';

describe('matchRegulation', () => {
  it('trusts BWB ids when both reports have one', () => {
    expect(
      matchRegulation(
        { name: 'Telecommunicatiewet', bwbId: 'BWBR0009950', article: 'art. 11.7a' },
        { name: 'Tw', bwbId: 'bwbr0009950 ', article: 'artikel 11.7a lid 1' },
      ),
    ).toEqual({ sameRegulation: true, sameArticle: true, basis: 'identifier' });
    // Different ids are different acts, however alike the names.
    expect(
      matchRegulation({ name: 'Wet BIG', bwbId: 'BWBR0006251' }, { name: 'Wet BIG', bwbId: 'BWBR0005290' }).sameRegulation,
    ).toBe(false);
  });

  it('recognises EU acts by number and by their usual short names', () => {
    expect(matchRegulation({ name: 'AVG' }, { name: 'Verordening (EU) 2016/679' }).basis).toBe('identifier');
    expect(matchRegulation({ name: 'GDPR' }, { name: 'Algemene verordening gegevensbescherming (AVG)' }).basis).toBe(
      'identifier',
    );
    expect(matchRegulation({ name: 'eIDAS-verordening' }, { name: 'Verordening (EU) nr. 910/2014 (eIDAS)' }).sameRegulation).toBe(
      true,
    );
  });

  it('resolves well-known Dutch act names to their BWB id', () => {
    expect(matchRegulation({ name: 'Wwft' }, { name: 'x', bwbId: 'BWBR0024282' }).basis).toBe('identifier');
    expect(matchRegulation({ name: 'Wegenverkeerswet (WVW 1994)' }, { name: 'Wegenverkeerswet 1994', bwbId: 'BWBR0006622' }).sameRegulation).toBe(true);
  });

  it('falls back to the folded name, ignoring case, diacritics and stopwords', () => {
    expect(
      matchRegulation({ name: 'Wet op de medische hulpmiddelen' }, { name: 'wet medische hulpmiddelen', bwbId: 'BWBR0042755' }),
    ).toEqual({ sameRegulation: true, sameArticle: false, basis: 'name' });
  });

  it('keeps an implementing act apart from the act it implements', () => {
    expect(matchRegulation({ name: 'Uitvoeringswet AVG' }, { name: 'AVG' }).sameRegulation).toBe(false);
  });

  it('does not treat "(EU)" as a name of its own', () => {
    expect(matchRegulation({ name: 'Verordening (EU) 2019/947' }, { name: 'Verordening (EU) 2021/821' }).sameRegulation).toBe(
      false,
    );
  });

  it('requires the same regulation for the same article', () => {
    expect(matchRegulation({ name: 'AVG', article: '22' }, { name: 'Wet BIG', article: '22' }).sameArticle).toBe(false);
  });
});

describe('regulationKeys', () => {
  it('is sorted and deterministic', () => {
    expect(regulationKeys({ name: 'Algemene verordening gegevensbescherming (AVG)' })).toEqual([
      'eu:2016/679',
      'name:algemene verordening gegevensbescherming',
    ]);
  });
});
