import { productionEnv, productionSecret } from '@pb/testing';

/** Everything a production portal must set (README "Production deployment"); a test may change one. */
export function productionPortalEnv(change: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return productionEnv({
    CSRF_SECRET: productionSecret('CSRF_SECRET'),
    DEV_LOGIN: 'false',
    COOKIE_SECURE: 'true',
    OIDC_ISSUER_URL: 'https://login.example.nl',
    OIDC_CLIENT_ID: 'permanent-beta-portal',
    OIDC_REDIRECT_URL: 'https://permanentbeta.example.nl/inloggen/callback',
    ...change,
  });
}
