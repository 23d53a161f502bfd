import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheck, HealthIndicator } from '@pb/observability';
import type { Response } from 'express';

/**
 * The health indicators of this process: every provider that extends HealthIndicator, contributed
 * by the libraries that own the dependency (libs/persistence the database, libs/messaging Kafka).
 * Looked up on first use, when every provider exists.
 */
export class HealthIndicators {
  private found?: readonly HealthIndicator[];

  constructor(private readonly find: () => readonly HealthIndicator[]) {}

  static discoveredBy(discovery: DiscoveryService): HealthIndicators {
    return new HealthIndicators(() => [
      ...new Set(discovery.getProviders().map((wrapper): unknown => wrapper.instance).filter((i): i is HealthIndicator => i instanceof HealthIndicator)),
    ]);
  }

  /** The ones readiness needs first, so `checks` lists the database before Kafka. */
  list(): readonly HealthIndicator[] {
    this.found ??= [...this.find()].sort((a, b) => Number(b.requiredForReadiness) - Number(a.requiredForReadiness));
    return this.found;
  }
}

/**
 * Liveness says the process runs; readiness says it can serve: every indicator that is required
 * for readiness is up. The others (Kafka) can only make the answer `degraded`: see each indicator
 * for why it is or is not required.
 */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(private readonly indicators: HealthIndicators) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get(['ready', ''])
  async ready(@Res() res: Response): Promise<void> {
    const indicators = this.indicators.list();
    const results = await Promise.all(indicators.map((i) => i.check()));
    const checks: Record<string, HealthCheck> = {};
    indicators.forEach((indicator, n) => (checks[indicator.name] = results[n]));
    const ready = indicators.every((i, n) => !i.requiredForReadiness || results[n].status === 'up');
    const complete = results.every((r) => r.status === 'up');
    res.status(ready ? 200 : 503).json({ status: ready ? (complete ? 'up' : 'degraded') : 'down', checks });
  }
}
