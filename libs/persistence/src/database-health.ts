import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthCheck, HealthIndicator, withTimeout } from '@pb/observability';
import type { DataSource } from 'typeorm';

/** Readiness needs the database: without it a service can neither write nor read. */
@Injectable()
export class DatabaseHealthIndicator extends HealthIndicator {
  readonly name = 'database';
  readonly requiredForReadiness = true;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async check(): Promise<HealthCheck> {
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), 3000);
      return { status: 'up' };
    } catch (err) {
      return { status: 'down', detail: (err as Error).message.slice(0, 200) };
    }
  }
}
