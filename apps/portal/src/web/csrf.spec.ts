import { CsrfTokens } from './csrf';

describe('CsrfTokens', () => {
  const tokens = new CsrfTokens('test-secret');

  it('accepts the token made for the seed in the cookie', () => {
    const seed = tokens.newSeed();
    expect(tokens.verify(seed, tokens.tokenFor(seed))).toBe(true);
  });

  it('refuses a token made for another seed, a missing seed, a missing token, or another secret', () => {
    const seed = tokens.newSeed();
    expect(tokens.verify(seed, tokens.tokenFor(tokens.newSeed()))).toBe(false);
    expect(tokens.verify(undefined, tokens.tokenFor(seed))).toBe(false);
    expect(tokens.verify(seed, undefined)).toBe(false);
    expect(tokens.verify(seed, ['x'])).toBe(false);
    expect(tokens.verify(seed, new CsrfTokens('other').tokenFor(seed))).toBe(false);
  });
});
