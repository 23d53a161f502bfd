import { DynamicModule, Module } from '@nestjs/common';
import { PostgresRateLimiter } from './postgres-rate-limiter';
import { RateLimiter } from './rate-limiter';

/** The shared rate limiter on the service's own database (register RateLimitTables among its migrations). */
@Module({})
export class RateLimitModule {
  static forService(): DynamicModule {
    return { module: RateLimitModule, global: true, providers: [{ provide: RateLimiter, useClass: PostgresRateLimiter }], exports: [RateLimiter] };
  }
}
