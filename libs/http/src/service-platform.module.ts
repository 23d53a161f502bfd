import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { AuthGuard, TokenVerifier } from '@pb/auth';
import type { CommonEnv } from '@pb/config';
import { Clock, SystemClock } from '@pb/kernel';
import { HttpMetricsMiddleware, MetricsModule } from '@pb/observability';
import { DatabaseHealthIndicator } from '@pb/persistence';
import type { Logger } from 'pino';
import { CorrelationIdMiddleware } from './correlation-id.middleware';
import { HealthController, HealthIndicators } from './health.controller';
import { ProblemDetailsFilter } from './problem-details.filter';
import { createValidationPipe } from './request-validation';

export const SERVICE_LOGGER = Symbol('SERVICE_LOGGER');

/**
 * What every service has in common on its HTTP side: problem+json errors, validation, bearer-token
 * auth with roles, correlation ids, /health and /metrics, and the clock domain rules read.
 */
@Module({})
export class ServicePlatformModule implements NestModule {
  static forService(env: CommonEnv, logger: Logger, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: ServicePlatformModule,
      global: true,
      imports: [MetricsModule.forRoot({ token: env.METRICS_TOKEN, allowed: env.METRICS_ALLOWED }), DiscoveryModule],
      controllers: [HealthController],
      providers: [
        // Every service has a database; the other indicators come with the modules that own them.
        DatabaseHealthIndicator,
        { provide: HealthIndicators, inject: [DiscoveryService], useFactory: HealthIndicators.discoveredBy },
        { provide: SERVICE_LOGGER, useValue: logger },
        { provide: Clock, useValue: clock },
        {
          provide: TokenVerifier,
          useValue: new TokenVerifier({ secret: env.JWT_SECRET, jwksUrl: env.JWT_JWKS_URL, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE }),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useFactory: () => new ProblemDetailsFilter(logger) },
      ],
      exports: [SERVICE_LOGGER, TokenVerifier, Clock],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationIdMiddleware, HttpMetricsMiddleware).forRoutes('*');
  }
}
