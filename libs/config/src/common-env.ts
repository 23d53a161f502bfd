import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { RetentionEnv } from './retention-env';

/**
 * Settings every service shares. Each service's own schema extends this one; the documented list
 * of every variable with its default is `.env.example` at the repository root.
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
  PSEUDONYM_SECRET: string = 'permanent-beta-local-pseudonym-secret';

  @IsString()
  JWT_SECRET: string = 'permanent-beta-local-development-secret';

  /** When set, tokens are verified against this JWKS (production OIDC provider) instead of JWT_SECRET. */
  @IsOptional()
  @IsString()
  JWT_JWKS_URL?: string;

  @IsString()
  JWT_ISSUER: string = 'permanent-beta-local';

  @IsString()
  JWT_AUDIENCE: string = 'permanent-beta';
}
