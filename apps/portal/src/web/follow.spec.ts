import { feedHref, subscribeHref, topicFromParams } from './follow';

describe('following a topic on the portal', () => {
  it('takes a regulation by its index key from the URL: a BWB id or an EU act’s id', () => {
    expect(topicFromParams('regeling', 'BWBR0024282')).toEqual({ kind: 'regulation', ref: 'BWBR0024282' });
    expect(topicFromParams('regeling', 'EU-32016R0679')).toEqual({ kind: 'regulation', ref: 'EU-32016R0679' });
    expect(topicFromParams('regeling', 'AVG')).toBeUndefined();
    expect(topicFromParams('melding', 'EU-32016R0679')).toBeUndefined();
  });

  it('names the EU id in the links as it is: nothing to encode', () => {
    expect(subscribeHref({ kind: 'regulation', ref: 'EU-32016R0679' })).toBe('/abonnementen/nieuw?soort=regeling&ref=EU-32016R0679');
    expect(feedHref({ kind: 'regulation', ref: 'EU-32016R0679' })).toBe('/feeds/regeling/EU-32016R0679.atom');
  });
});
