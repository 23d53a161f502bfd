import { isTopic, TOPIC_REF_PATTERN, topicKey } from './topic';

describe('a topic to follow', () => {
  it('names a regulation by its index key: a BWB id, or an EU act’s id for the AVG', () => {
    expect(isTopic('regulation', 'BWBR0024282')).toBe(true);
    expect(isTopic('regulation', 'EU-32016R0679')).toBe(true);
    expect(TOPIC_REF_PATTERN.test('EU-32016R0679')).toBe(true);
    expect(topicKey({ kind: 'regulation', ref: 'EU-32016R0679' })).toBe('regulation:EU-32016R0679');
  });

  it('refuses what is no index key, and an EU id under another kind', () => {
    expect(isTopic('regulation', 'AVG')).toBe(false);
    expect(isTopic('regulation', 'CELEX:32016R0679')).toBe(false);
    expect(isTopic('regulation', 'EU-2016/679')).toBe(false);
    expect(isTopic('barrier', 'EU-32016R0679')).toBe(false);
    expect(TOPIC_REF_PATTERN.test('EU-32016R0679x')).toBe(false);
  });
});
