import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventBroker } from '@pb/messaging';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';

type Check = { status: 'up' | 'down'; detail?: string };

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms))]);

/** Liveness says the process runs; readiness says it can do its work (database and Kafka answer). */
@ApiExcludeController()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly broker: EventBroker) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  @Get(['ready', ''])
  async ready(@Res() res: Response): Promise<void> {
    const [database, kafka] = await Promise.all([
      this.check(() => this.dataSource.query('SELECT 1')),
      this.check(() => this.broker.ping()),
    ]);
    const up = database.status === 'up' && kafka.status === 'up';
    res.status(up ? 200 : 503).json({ status: up ? 'up' : 'down', checks: { database, kafka } });
  }

  private async check(fn: () => Promise<unknown>): Promise<Check> {
    try {
      await withTimeout(fn(), 3000);
      return { status: 'up' };
    } catch (err) {
      return { status: 'down', detail: (err as Error).message.slice(0, 200) };
    }
  }
}
