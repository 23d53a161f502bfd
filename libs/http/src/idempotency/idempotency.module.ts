import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { defaultIdempotencyOptions, IDEMPOTENCY_OPTIONS, IdempotencyInterceptor, IdempotencyOptions } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency.store';
import { PostgresIdempotencyStore } from './postgres-idempotency.store';

/**
 * `Idempotency-Key` on the routes marked @Idempotent, remembered in the service's own database
 * (register IdempotencyKeys among its migrations).
 */
@Module({})
export class IdempotencyModule {
  static forService(options: Partial<IdempotencyOptions> = {}): DynamicModule {
    return {
      module: IdempotencyModule,
      global: true,
      providers: [
        { provide: IDEMPOTENCY_OPTIONS, useValue: { ...defaultIdempotencyOptions, ...options } },
        { provide: IdempotencyStore, useClass: PostgresIdempotencyStore },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [IdempotencyStore],
    };
  }
}
