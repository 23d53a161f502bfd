import jwt from 'jsonwebtoken';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidTokenError, signDevelopmentToken, TokenVerifier, TokenVerifierOptions } from './token-verifier';

describe('TokenVerifier', () => {
  const development: TokenVerifierOptions = { secret: 'a-development-secret-for-this-spec', issuer: 'pb-test', audience: 'permanent-beta' };

  it('accepts a development token, which always carries an expiry', async () => {
    const token = signDevelopmentToken(development, { sub: 'o-1', roles: ['official'], department: 'EZK' });
    expect((jwt.decode(token) as { exp?: number }).exp).toEqual(expect.any(Number));
    await expect(new TokenVerifier(development).verify(token)).resolves.toEqual({ id: 'o-1', roles: ['official'], department: 'EZK', name: undefined });
  });

  it('refuses a correctly signed token without exp (it would be valid forever)', async () => {
    const token = jwt.sign({ roles: ['admin'] }, development.secret, { algorithm: 'HS256', subject: 'a-1', issuer: development.issuer, audience: development.audience });
    expect((jwt.decode(token) as { exp?: number }).exp).toBeUndefined();
    await expect(new TokenVerifier(development).verify(token)).rejects.toThrow(new InvalidTokenError('token has no expiry (exp)'));
  });

  it('refuses an expired token', async () => {
    const token = jwt.sign({ roles: ['admin'], exp: Math.floor(Date.now() / 1000) - 60 }, development.secret, { algorithm: 'HS256', subject: 'a-1', issuer: development.issuer, audience: development.audience });
    await expect(new TokenVerifier(development).verify(token)).rejects.toThrow(InvalidTokenError);
  });

  describe('with a JWKS (production)', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    let server: Server;
    let production: TokenVerifierOptions;

    beforeAll(async () => {
      server = createServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' }] }));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      production = { ...development, jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks` };
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    const rs256 = (claims: object) => jwt.sign({ roles: ['official'], ...claims }, privateKey, { algorithm: 'RS256', keyid: 'k1', subject: 'o-2', issuer: development.issuer, audience: development.audience });

    it("accepts the provider's RS256 token with exp", async () => {
      await expect(new TokenVerifier(production).verify(rs256({ exp: Math.floor(Date.now() / 1000) + 600 }))).resolves.toMatchObject({ id: 'o-2', roles: ['official'] });
    });

    it("refuses the provider's token without exp", async () => {
      await expect(new TokenVerifier(production).verify(rs256({}))).rejects.toThrow(new InvalidTokenError('token has no expiry (exp)'));
    });

    it('refuses an HS256 token signed with JWT_SECRET: a shared secret means nothing in production', async () => {
      const token = signDevelopmentToken({ ...development, jwksUrl: undefined }, { sub: 'a-1', roles: ['admin'] });
      await expect(new TokenVerifier(production).verify(token)).rejects.toThrow(InvalidTokenError);
    });
  });
});
