import { Controller, Get, Header, Injectable, Module, NestMiddleware } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One Prometheus registry per process, shared by HTTP, outbox and consumer metrics. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpRequestDuration = new Histogram({
  name: 'pb_http_request_duration_seconds',
  help: 'HTTP request duration by method, route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const eventsPublished = new Counter({
  name: 'pb_outbox_events_published_total',
  help: 'Events the outbox relay published to Kafka',
  labelNames: ['topic'],
  registers: [metricsRegistry],
});

export const eventsParked = new Counter({
  name: 'pb_outbox_events_parked_total',
  help: 'Outbox rows parked: refused by Kafka for good (cause=refused), or held behind such a row of the same aggregate (cause=held)',
  labelNames: ['topic', 'cause'],
  registers: [metricsRegistry],
});

export const parkedEvents = new Gauge({
  name: 'pb_outbox_parked_events',
  help: 'Outbox rows parked now, waiting for an admin to re-queue them (alert when above 0)',
  labelNames: ['topic'],
  registers: [metricsRegistry],
});

export const eventsConsumed = new Counter({
  name: 'pb_events_consumed_total',
  help: 'Events consumed, by outcome (handled, duplicate, ignored, rejected, dead-lettered)',
  labelNames: ['group', 'type', 'outcome'],
  registers: [metricsRegistry],
});

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const end = httpRequestDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      // The matched route pattern keeps label cardinality bounded (never the raw URL).
      const route = (req.route?.path as string | undefined) ?? 'unmatched';
      end({ route: `${req.baseUrl ?? ''}${route}`, status: String(res.statusCode) });
    });
    next();
  }
}

/** For Prometheus inside the cluster, not part of the public API (the portal does not forward it). */
@ApiExcludeController()
@Controller()
export class MetricsController {
  @Get('metrics')
  @Header('Content-Type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}

@Module({ controllers: [MetricsController], providers: [HttpMetricsMiddleware], exports: [HttpMetricsMiddleware] })
export class MetricsModule {}
