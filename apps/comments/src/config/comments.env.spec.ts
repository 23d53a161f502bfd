import 'reflect-metadata';
import { validateEnv } from '@pb/config';
import { productionEnv, productionSecret, refusalOf } from '@pb/testing';
import { CommentsEnv } from './comments.env';

describe('CommentsEnv in production (fail closed)', () => {
  const complete = (change: Record<string, string | undefined> = {}) => productionEnv({ RESPONDENT_ID_SECRET: productionSecret('RESPONDENT_ID_SECRET'), ...change });

  it('starts with a complete production configuration', () => {
    const env = validateEnv(CommentsEnv, complete());
    expect(env.NODE_ENV).toBe('production');
    expect(env.RESPONDENT_ID_SECRET).toBe(productionSecret('RESPONDENT_ID_SECRET'));
  });

  it('starts in development with no setting at all', () => {
    expect(validateEnv(CommentsEnv, {} as NodeJS.ProcessEnv).RESPONDENT_ID_SECRET).toBe('permanent-beta-local-respondent-secret');
  });

  it.each([
    ['no identity provider', { JWT_JWKS_URL: undefined }, /^Invalid environment: JWT_JWKS_URL is not set: production needs it/],
    ['PSEUDONYM_SECRET missing', { PSEUDONYM_SECRET: undefined }, /^Invalid environment: PSEUDONYM_SECRET is not set or still its development default/],
    ['RESPONDENT_ID_SECRET missing', { RESPONDENT_ID_SECRET: undefined }, /^Invalid environment: RESPONDENT_ID_SECRET is not set or still its development default/],
    ['RESPONDENT_ID_SECRET at its development default', { RESPONDENT_ID_SECRET: 'permanent-beta-local-respondent-secret' }, /^Invalid environment: RESPONDENT_ID_SECRET is not set or still its development default/],
    ['RESPONDENT_ID_SECRET shorter than 32 bytes', { RESPONDENT_ID_SECRET: 'r'.repeat(31) }, /^Invalid environment: RESPONDENT_ID_SECRET is shorter than 32 bytes/],
  ])('refuses to start with %s, in one line naming the setting', (_, change, expected) => {
    const message = refusalOf(CommentsEnv, complete(change));
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('r'.repeat(31));
  });
});
