import 'reflect-metadata';
import { validateEnv } from '@pb/config';
import { productionEnv, refusalOf } from '@pb/testing';
import { ReviewEnv } from './review.env';

describe('ReviewEnv in production (fail closed)', () => {
  it('starts with a complete production configuration', () => {
    const env = validateEnv(ReviewEnv, productionEnv());
    expect(env.NODE_ENV).toBe('production');
    expect(env.JWT_JWKS_URL).toBe('https://login.example.nl/.well-known/jwks.json');
  });

  it('starts in development with no setting at all', () => {
    expect(validateEnv(ReviewEnv, {} as NodeJS.ProcessEnv).NODE_ENV).toBe('development');
  });

  it.each([
    ['no identity provider', { JWT_JWKS_URL: undefined }, /^Invalid environment: JWT_JWKS_URL is not set: production needs it/],
    ['PSEUDONYM_SECRET missing', { PSEUDONYM_SECRET: undefined }, /^Invalid environment: PSEUDONYM_SECRET is not set or still its development default/],
    ['PSEUDONYM_SECRET at its development default', { PSEUDONYM_SECRET: 'permanent-beta-local-pseudonym-secret' }, /^Invalid environment: PSEUDONYM_SECRET is not set or still its development default/],
    ['PSEUDONYM_SECRET shorter than 32 bytes', { PSEUDONYM_SECRET: 'x'.repeat(31) }, /^Invalid environment: PSEUDONYM_SECRET is shorter than 32 bytes/],
    ['METRICS_TOKEN at its development default', { METRICS_TOKEN: undefined }, /^Invalid environment: METRICS_TOKEN is not set or still its development default/],
    ['METRICS_ALLOWED not a network list', { METRICS_ALLOWED: 'loopback' }, /^Invalid environment: METRICS_ALLOWED="loopback": METRICS_ALLOWED must be empty or a comma-separated list/],
  ])('refuses to start with %s, in one line naming the setting', (_, change, expected) => {
    const message = refusalOf(ReviewEnv, productionEnv(change));
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });
});
