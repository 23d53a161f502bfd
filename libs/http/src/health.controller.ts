import { Controller, Get, HttpCode, Optional, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventBroker, MessagingLifecycle, OutboxRelay } from '@pb/messaging';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';

type Check = { status: 'up' | 'down' | 'degraded'; detail?: string; [extra: string]: unknown };

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

/**
 * Liveness says the process runs; readiness says it can serve: its database answers. Kafka is not
 * part of readiness: without it the service still accepts writes (their events wait in the outbox)
 * and answers reads, so taking it out of the load balancer would turn a broker hiccup into an
 * outage. Kafka's state is reported as `degraded`, with what is missing and how much waits.
 */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly broker: EventBroker,
    @Optional() private readonly lifecycle?: MessagingLifecycle,
    @Optional() private readonly relay?: OutboxRelay,
  ) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get(['ready', ''])
  async ready(@Res() res: Response): Promise<void> {
    const [database, kafka] = await Promise.all([this.database(), this.kafka()]);
    const ready = database.status === 'up';
    res.status(ready ? 200 : 503).json({ status: ready ? (kafka.status === 'up' ? 'up' : 'degraded') : 'down', checks: { database, kafka } });
  }

  private async database(): Promise<Check> {
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), 3000);
      return { status: 'up' };
    } catch (err) {
      return { status: 'down', detail: (err as Error).message.slice(0, 200) };
    }
  }

  private async kafka(): Promise<Check> {
    const connection = this.lifecycle?.status();
    const outboxPending = await withTimeout(this.relay?.pending() ?? Promise.resolve(undefined), 2000).catch(() => undefined);
    const waiting = outboxPending === undefined ? {} : { outboxPending };
    try {
      await withTimeout(this.broker.ping(), 3000);
    } catch (err) {
      return { status: 'degraded', detail: `Kafka unreachable (${(err as Error).message.slice(0, 200)}); writes are kept in the outbox and published when it is back`, ...waiting };
    }
    if (connection && !connection.connected) {
      return { status: 'degraded', detail: `Kafka answers; still connecting (${connection.lastError?.slice(0, 200) ?? 'starting'})`, ...waiting };
    }
    return { status: 'up', ...waiting };
  }
}
