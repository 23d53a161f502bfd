import { IsInt, Max, Min } from 'class-validator';
import { CommonEnv } from '@pb/config';
import { DEFAULT_POOL_SETTINGS, PostgresPoolSettings } from './typeorm-options';

/** The settings of every service with a database: CommonEnv plus the pool and its timeouts. */
export class DatabaseEnv extends CommonEnv implements PostgresPoolSettings {
  /** Most connections one process holds (every replica holds its own: mind max_connections). */
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_MAX: number = DEFAULT_POOL_SETTINGS.DB_POOL_MAX;

  /** How long to wait for a connection (a new one, or a free one in a full pool). */
  @IsInt()
  @Min(100)
  DB_CONNECT_TIMEOUT_MS: number = DEFAULT_POOL_SETTINGS.DB_CONNECT_TIMEOUT_MS;

  /** Longest one statement may run (0 = no limit); the server cancels it after that. */
  @IsInt()
  @Min(0)
  DB_STATEMENT_TIMEOUT_MS: number = DEFAULT_POOL_SETTINGS.DB_STATEMENT_TIMEOUT_MS;

  /** Longest a transaction may sit idle (0 = no limit); the server then ends the session. */
  @IsInt()
  @Min(0)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: number = DEFAULT_POOL_SETTINGS.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS;
}
