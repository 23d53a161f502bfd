import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { RetentionEnv } from '@pb/config';
import { Clock } from '@pb/kernel';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { RetentionPruner } from './retention-pruner';
import { RetentionRegistry } from './retention-registry';
import type { RetentionTask } from './retention-task';

@Injectable()
class RetentionLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(RetentionPruner) private readonly pruner: RetentionPruner) {}
  onApplicationBootstrap(): void {
    this.pruner.start();
  }
  async beforeApplicationShutdown(): Promise<void> {
    await this.pruner.stop();
  }
}

let features = 0;

/**
 * `forRoot` once per service starts the pruner; `forFeature(tasks)` wherever a table is owned
 * (the rules of a library, a service's own tables) adds tasks to the one registry.
 */
@Module({})
export class RetentionModule {
  static forRoot(options: { env: RetentionEnv; logger: Logger; schedule?: boolean }): DynamicModule {
    return {
      module: RetentionModule,
      global: true,
      providers: [
        RetentionRegistry,
        {
          provide: RetentionPruner,
          inject: [getDataSourceToken(), RetentionRegistry, Clock],
          useFactory: (ds: DataSource, registry: RetentionRegistry, clock: Clock) =>
            new RetentionPruner(
              ds,
              registry,
              options.logger.child({ component: 'retention' }),
              { intervalSeconds: options.env.RETENTION_INTERVAL_SECONDS, batchSize: options.env.RETENTION_BATCH_SIZE, maxBatches: options.env.RETENTION_MAX_BATCHES },
              () => clock.now(),
            ),
        },
        ...(options.schedule === false ? [] : [RetentionLifecycle]),
      ],
      exports: [RetentionRegistry, RetentionPruner],
    };
  }

  static forFeature(tasks: RetentionTask[]): DynamicModule {
    // A distinct token per call: Nest would otherwise treat two feature modules as one.
    const token = `RETENTION_FEATURE_${++features}`;
    return {
      module: RetentionModule,
      providers: [{ provide: token, inject: [RetentionRegistry], useFactory: (registry: RetentionRegistry) => (registry.register(...tasks), tasks.length) }],
    };
  }
}
