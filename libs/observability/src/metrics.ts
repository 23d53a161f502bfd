import { Controller, DynamicModule, Get, Injectable, Module, NestMiddleware, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { languageOf, translatorFor } from '@pb/i18n';
import type { NextFunction, Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
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

/**
 * Every time a consumer (re)joins its group: once at start, then once per rebalance. A count that
 * keeps rising under load means batches outlive the session timeout (issue 14: benches print it).
 */
export const consumerGroupJoins = new Counter({
  name: 'pb_kafka_consumer_group_joins_total',
  help: 'Kafka consumer group joins: one at start, one more per rebalance',
  labelNames: ['group'],
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

/** Who may read /metrics: the settings METRICS_TOKEN and METRICS_ALLOWED of every app. */
export interface MetricsAccessOptions {
  /** The scrape token Prometheus sends as `Authorization: Bearer <token>`. */
  token: string;
  /** Client addresses and CIDR ranges that may read without the token (comma-separated; empty: none). */
  allowed?: string;
}

/**
 * The gate of /metrics. The portal serves it on the public origin, and the metrics tell a lot about
 * the platform (routes, volumes, failures), so it answers only a client in METRICS_ALLOWED (by
 * `req.ip`, i.e. after TRUST_PROXY: a client behind the ingress is the client, not the ingress) or a
 * request with the scrape token. The token is compared in constant time.
 */
export class MetricsAccess {
  private readonly networks = new BlockList();
  private readonly tokenDigest: Buffer | undefined;

  constructor(options: MetricsAccessOptions) {
    this.tokenDigest = options.token ? digest(options.token) : undefined;
    for (const entry of (options.allowed ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
      const [address, bits] = entry.split('/');
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) this.networks.addAddress(address, type);
      else this.networks.addSubnet(address, Number(bits), type);
    }
  }

  allows(req: Pick<Request, 'ip' | 'headers'>): boolean {
    const ip = req.ip?.replace(/^::ffff:(?=\d+\.)/, '');
    if (ip && isIP(ip) && this.networks.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')) return true;
    const header = req.headers.authorization;
    if (!this.tokenDigest || !header?.startsWith('Bearer ')) return false;
    return timingSafeEqual(digest(header.slice(7).trim()), this.tokenDigest);
  }
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** For Prometheus, not part of the public API: only with the scrape token or from an allowed network. */
@ApiExcludeController()
@Controller()
export class MetricsController {
  constructor(private readonly access: MetricsAccess) {}

  @Get('metrics')
  async metrics(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.access.allows(req)) {
      // The same answer whatever was wrong (no token, another token, another network), in the
      // reader's language like every other 401 (this library sits below libs/http, so it builds
      // the problem from the catalogue itself).
      const t = translatorFor(languageOf(req.headers['accept-language']));
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="metrics"')
        .type('application/problem+json')
        .send(JSON.stringify({ type: 'about:blank', title: t('errors:problem.title.401'), status: 401, detail: t('errors:http.metrics-not-allowed') }));
      return;
    }
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}

/**
 * The metrics of one app: the middleware that times requests, and /metrics behind MetricsAccess.
 * `forRoot` with the app's settings; the controller stays declared on the module itself so that
 * route listings (the authorization matrix) find it.
 */
@Module({ controllers: [MetricsController], providers: [HttpMetricsMiddleware], exports: [HttpMetricsMiddleware] })
export class MetricsModule {
  static forRoot(options: MetricsAccessOptions): DynamicModule {
    return { module: MetricsModule, providers: [{ provide: MetricsAccess, useValue: new MetricsAccess(options) }] };
  }
}
