import { Inject, Injectable } from '@nestjs/common';
import jwt, { JwtPayload } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { PortalEnv } from '../config/portal.env';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

/** What the portal remembers between sending staff to the provider and their return (signed cookie). */
export interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
  /** Unix seconds. */
  exp: number;
}

export class OidcLoginError extends Error {}

/**
 * OpenID Connect authorization code flow with PKCE against the production identity provider. The
 * resulting token is verified by the same TokenVerifier (JWT_JWKS_URL) as every service uses.
 */
@Injectable()
export class OidcClient {
  private discovery?: Promise<Discovery>;
  private jwks?: JwksClient;

  constructor(@Inject(PortalEnv) private readonly env: PortalEnv) {}

  get enabled(): boolean {
    return !!(this.env.OIDC_ISSUER_URL && this.env.OIDC_CLIENT_ID && this.env.OIDC_REDIRECT_URL);
  }

  private discover(): Promise<Discovery> {
    this.discovery ??= (async () => {
      const url = `${this.env.OIDC_ISSUER_URL!.replace(/\/$/, '')}/.well-known/openid-configuration`;
      const res = await fetch(url, { signal: AbortSignal.timeout(this.env.UPSTREAM_TIMEOUT_MS) });
      if (!res.ok) throw new OidcLoginError(`discovery answered ${res.status}`);
      const d = (await res.json()) as Discovery;
      this.jwks = new JwksClient({ jwksUri: d.jwks_uri, cache: true, rateLimit: true });
      return d;
    })().catch((err) => {
      this.discovery = undefined; // try again next time
      throw err;
    });
    return this.discovery;
  }

  /** The provider's authorization URL and the pending login to keep in a cookie. */
  async start(next: string): Promise<{ url: string; pending: PendingLogin }> {
    const d = await this.discover();
    const pending: PendingLogin = {
      state: randomBytes(16).toString('base64url'),
      nonce: randomBytes(16).toString('base64url'),
      verifier: randomBytes(32).toString('base64url'),
      next,
      exp: Math.floor(Date.now() / 1000) + 600,
    };
    const url = new URL(d.authorization_endpoint);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', this.env.OIDC_CLIENT_ID!);
    url.searchParams.set('redirect_uri', this.env.OIDC_REDIRECT_URL!);
    url.searchParams.set('scope', this.env.OIDC_SCOPES);
    url.searchParams.set('state', pending.state);
    url.searchParams.set('nonce', pending.nonce);
    url.searchParams.set('code_challenge', createHash('sha256').update(pending.verifier).digest('base64url'));
    url.searchParams.set('code_challenge_method', 'S256');
    return { url: url.toString(), pending };
  }

  /** Exchanges the code; checks state, the ID token (signature, issuer, audience, nonce); returns the session token. */
  async finish(pending: PendingLogin, code: string, state: string): Promise<string> {
    if (!this.safeEqual(pending.state, state) || pending.exp < Date.now() / 1000) throw new OidcLoginError('state mismatch or expired');
    const d = await this.discover();
    const body = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: this.env.OIDC_REDIRECT_URL!, client_id: this.env.OIDC_CLIENT_ID!, code_verifier: pending.verifier });
    if (this.env.OIDC_CLIENT_SECRET) body.set('client_secret', this.env.OIDC_CLIENT_SECRET);
    const res = await fetch(d.token_endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body, signal: AbortSignal.timeout(this.env.UPSTREAM_TIMEOUT_MS) });
    if (!res.ok) throw new OidcLoginError(`token endpoint answered ${res.status}`);
    const tokens = (await res.json()) as { id_token?: string; access_token?: string };
    if (!tokens.id_token) throw new OidcLoginError('no id_token');
    const idToken = await this.verifyIdToken(tokens.id_token, d.issuer);
    if (idToken.nonce !== pending.nonce) throw new OidcLoginError('nonce mismatch');
    const session = this.env.OIDC_SESSION_TOKEN === 'id_token' ? tokens.id_token : tokens.access_token;
    if (!session) throw new OidcLoginError(`no ${this.env.OIDC_SESSION_TOKEN}`);
    return session;
  }

  private verifyIdToken(token: string, issuer: string): Promise<JwtPayload> {
    return new Promise((resolve, reject) => {
      jwt.verify(
        token,
        (header, cb) => {
          this.jwks!.getSigningKey(header.kid)
            .then((k) => cb(null, k.getPublicKey()))
            .catch((e: Error) => cb(e));
        },
        { algorithms: ['RS256', 'ES256'], issuer, audience: this.env.OIDC_CLIENT_ID },
        (err, decoded) => (err || !decoded || typeof decoded === 'string' ? reject(new OidcLoginError(err?.message ?? 'invalid id_token')) : resolve(decoded)),
      );
    });
  }

  /** The pending login as a signed cookie value (HMAC with CSRF_SECRET), so it cannot be forged. */
  seal(pending: PendingLogin): string {
    const payload = Buffer.from(JSON.stringify(pending)).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  unseal(value: string | undefined): PendingLogin | undefined {
    if (!value) return undefined;
    const [payload, mac] = value.split('.');
    if (!payload || !mac || !this.safeEqual(mac, this.mac(payload))) return undefined;
    try {
      return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PendingLogin;
    } catch {
      return undefined;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.env.CSRF_SECRET).update(`oidc:${payload}`).digest('base64url');
  }

  private safeEqual(a: string, b: string): boolean {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  }
}
