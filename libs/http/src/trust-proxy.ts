import { parseTrustProxy } from '@pb/config';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * Which proxies' X-Forwarded-For Express believes when it sets `req.ip` (the address per-address
 * rate limits count on): the TRUST_PROXY list of every app, the services and the portal alike.
 * Express then takes the right-most address that is not one of these proxies, so an address a
 * client writes into the header itself is never taken for its own.
 */
export function applyTrustProxy(app: NestExpressApplication, trustProxy = 'loopback'): void {
  const trusted = parseTrustProxy(trustProxy);
  // validateEnv has refused a bad list already; a caller that bypassed it still gets no trust-everything.
  if (!trusted) throw new Error(`TRUST_PROXY must be a list of addresses and CIDR ranges, got ${JSON.stringify(trustProxy)}`);
  app.set('trust proxy', trusted);
}
