import { IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { IsMetricsNetworkList, IsTrustProxyList, ProductionSecret, RequiredInProduction } from './production-rules';
import { RetentionEnv } from './retention-env';

/**
 * Settings every service shares. Each service's own schema extends this one; the documented list
 * of every variable with its default is `.env.example` at the repository root. The defaults are for
 * development (`npm start` needs no setting); NODE_ENV=production refuses every development secret
 * and requires the identity provider (production-rules.ts, README "Production deployment").
 */
export class CommonEnv extends RetentionEnv {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: string = 'development';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Comma-separated host:port list. */
  @Matches(/^[^,\s]+(,[^,\s]+)*$/)
  KAFKA_BROKERS: string = '127.0.0.1:9092';

  /** Prefix for every topic and consumer group name (isolates tests and tenants on one cluster). */
  @IsString()
  @Matches(/^[a-z0-9.-]*$/)
  KAFKA_TOPIC_PREFIX: string = '';

  @IsInt()
  @Min(1)
  @Max(5)
  KAFKA_REPLICATION_FACTOR: number = 1;

  @IsInt()
  @Min(1)
  @Max(64)
  KAFKA_PARTITIONS: number = 3;

  /**
   * Key of every keyed hash of personal values (IP addresses in rate limits, e-mail addresses that
   * an erasure request names): HMAC-SHA-256, see libs/kernel keyed-hash.ts. The same in every
   * service; set once per deployment and keep secret.
   */
  @IsString()
  @ProductionSecret()
  PSEUDONYM_SECRET: string = 'permanent-beta-local-pseudonym-secret';

  /**
   * Development only: the key of the HS256 tokens the development issuer signs (/inloggen, `npm run
   * token`). Production requires JWT_JWKS_URL, and with a JWKS the verifier accepts only RS256/ES256
   * from the provider, so this value is never used there and HS256 tokens are refused.
   */
  @IsString()
  JWT_SECRET: string = 'permanent-beta-local-development-secret';

  /**
   * The identity provider's JWKS: when set, tokens are verified against it (RS256/ES256) instead of
   * JWT_SECRET. Required in production.
   */
  @RequiredInProduction('the JWKS of the identity provider that signs staff tokens; without it only development tokens exist')
  @IsString()
  JWT_JWKS_URL?: string;

  @IsString()
  JWT_ISSUER: string = 'permanent-beta-local';

  @IsString()
  JWT_AUDIENCE: string = 'permanent-beta';

  /**
   * The proxies whose X-Forwarded-For sets the client address (`req.ip`, on which the per-address
   * rate limits count): comma-separated addresses, CIDR ranges and loopback/linklocal/uniquelocal.
   * In a cluster: the ingress controller's and the portal's pod ranges, the same in every app.
   * Anything not listed is the client itself, so a client cannot pick its own address.
   */
  @IsTrustProxyList()
  TRUST_PROXY: string = 'loopback';

  /**
   * The scrape token: /metrics answers only `Authorization: Bearer <METRICS_TOKEN>` (Prometheus) or
   * a client in METRICS_ALLOWED; everyone else gets 401 — the portal serves /metrics on the public
   * origin. A secret like the others: production refuses the development default.
   */
  @IsString()
  @ProductionSecret()
  METRICS_TOKEN: string = 'permanent-beta-local-metrics-token';

  /**
   * Client addresses or CIDR ranges (after TRUST_PROXY) that may read /metrics without the token,
   * comma-separated; empty (the default): none, the token is needed.
   */
  @IsMetricsNetworkList()
  METRICS_ALLOWED: string = '';
}
