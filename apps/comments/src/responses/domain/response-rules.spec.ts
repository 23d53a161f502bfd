import { isOpenAt, statusAfterVerification } from './response-rules';

describe('isOpenAt', () => {
  const window = { opensAt: new Date('2026-12-01T08:00:00Z'), closesAt: new Date('2027-01-12T22:59:59Z') };

  it('accepts from the opening second', () => {
    expect(isOpenAt(window, new Date('2026-12-01T07:59:59.999Z'))).toBe(false);
    expect(isOpenAt(window, new Date('2026-12-01T08:00:00.000Z'))).toBe(true);
  });

  it('accepts the whole closing second and nothing after it', () => {
    expect(isOpenAt(window, new Date('2027-01-12T22:59:58.000Z'))).toBe(true);
    expect(isOpenAt(window, new Date('2027-01-12T22:59:59.000Z'))).toBe(true);
    expect(isOpenAt(window, new Date('2027-01-12T22:59:59.999Z'))).toBe(true);
    expect(isOpenAt(window, new Date('2027-01-12T23:00:00.000Z'))).toBe(false);
  });
});

describe('statusAfterVerification', () => {
  it('waits for a moderator under pre-moderation and publishes at once under post-moderation', () => {
    expect(statusAfterVerification('pre')).toBe('pending-moderation');
    expect(statusAfterVerification('post')).toBe('published');
  });
});
