import 'reflect-metadata';
import { validateEnv } from '@pb/config';
import { productionSecret, refusalOf } from '@pb/testing';
import { productionPortalEnv } from '../../test/support/production-portal-env';
import { PortalEnv } from './portal.env';

describe('PortalEnv in production (fail closed)', () => {
  it('starts with a complete production configuration (a public OIDC client: no client secret)', () => {
    const env = validateEnv(PortalEnv, productionPortalEnv());
    expect(env).toMatchObject({ NODE_ENV: 'production', DEV_LOGIN: false, COOKIE_SECURE: true, OIDC_CLIENT_ID: 'permanent-beta-portal' });
    expect(env.OIDC_CLIENT_SECRET).toBeUndefined();
  });

  it('starts as a confidential OIDC client with a strong client secret', () => {
    expect(validateEnv(PortalEnv, productionPortalEnv({ OIDC_CLIENT_SECRET: productionSecret('OIDC_CLIENT_SECRET') })).OIDC_CLIENT_SECRET).toBe(productionSecret('OIDC_CLIENT_SECRET'));
  });

  it('starts in development with no setting at all, with the development login', () => {
    const env = validateEnv(PortalEnv, {} as NodeJS.ProcessEnv);
    expect(env).toMatchObject({ NODE_ENV: 'development', DEV_LOGIN: true, COOKIE_SECURE: false });
  });

  it.each([
    ['the development login on', { DEV_LOGIN: 'true' }, 'Invalid environment: DEV_LOGIN must be false in production (the development login lets anyone choose the role admin)'],
    ['the development login left at its default (on)', { DEV_LOGIN: undefined }, 'Invalid environment: DEV_LOGIN must be false in production (the development login lets anyone choose the role admin)'],
    ['insecure cookies', { COOKIE_SECURE: 'false' }, 'Invalid environment: COOKIE_SECURE must be true in production (session and CSRF cookies must never travel over plain HTTP)'],
    ['no JWKS', { JWT_JWKS_URL: undefined }, /^Invalid environment: JWT_JWKS_URL is not set: production needs it/],
    ['no OIDC issuer', { OIDC_ISSUER_URL: undefined }, 'Invalid environment: OIDC_ISSUER_URL is not set: production needs it (staff log in at the identity provider)'],
    ['no OIDC client id', { OIDC_CLIENT_ID: undefined }, /^Invalid environment: OIDC_CLIENT_ID is not set: production needs it/],
    ['no OIDC redirect URL', { OIDC_REDIRECT_URL: undefined }, /^Invalid environment: OIDC_REDIRECT_URL is not set: production needs it/],
    ['CSRF_SECRET missing', { CSRF_SECRET: undefined }, /^Invalid environment: CSRF_SECRET is not set or still its development default/],
    ['CSRF_SECRET at its development default', { CSRF_SECRET: 'permanent-beta-local-csrf-secret' }, /^Invalid environment: CSRF_SECRET is not set or still its development default/],
    ['CSRF_SECRET shorter than 32 bytes', { CSRF_SECRET: 'c'.repeat(31) }, /^Invalid environment: CSRF_SECRET is shorter than 32 bytes/],
    ['a short OIDC client secret', { OIDC_CLIENT_SECRET: 'hunter2' }, /^Invalid environment: OIDC_CLIENT_SECRET is shorter than 32 bytes/],
    ['PSEUDONYM_SECRET at its development default', { PSEUDONYM_SECRET: undefined }, /^Invalid environment: PSEUDONYM_SECRET is not set or still its development default/],
  ])('refuses to start with %s, in one line naming the setting', (_, change, expected) => {
    const message = refusalOf(PortalEnv, productionPortalEnv(change));
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
    expect(message).not.toMatch(/hunter2|c{31}/);
  });
});
