import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, Provider, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Topics, deadLetterTopic } from '@pb/contracts';
import type { CommonEnv } from '@pb/config';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { EventBroker } from './broker/event-broker';
import { KafkaEventBroker } from './broker/kafka-event-broker';
import { ConsumerHost } from './consumer/consumer-host';
import { EventConsumer } from './consumer/event-consumer';
import { OutboxRelay } from './outbox/outbox.relay';
import { OutboxWriter } from './outbox/outbox.writer';

export const MESSAGING_LOGGER = Symbol('MESSAGING_LOGGER');
export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export interface ConsumerGroupSpec {
  /** Consumer group and inbox name, e.g. `review.projections`. */
  groupId: string;
  consumers: Type<EventConsumer>[];
}

export interface MessagingModuleOptions {
  service: string;
  env: CommonEnv;
  databaseUrl: string;
  logger: Logger;
  /** Run the outbox relay in this process (default true). */
  relay?: boolean;
  consumerGroups?: ConsumerGroupSpec[];
}

/** Starts the relay and the consumer groups once the application is up, and stops them first on shutdown. */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly hosts: ConsumerHost[] = [];

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    private readonly broker: EventBroker,
    private readonly relay: OutboxRelay,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const all = Object.values(Topics);
    await this.withRetries('topics', () => this.broker.ensureTopics([...all, ...all.map(deadLetterTopic)].map((topic) => ({ topic }))));
    if (this.options.relay !== false) await this.relay.start(this.options.databaseUrl);
    const dataSource = this.moduleRef.get<DataSource>(getDataSourceToken(), { strict: false });
    for (const group of this.options.consumerGroups ?? []) {
      const consumers = group.consumers.map((type) => this.moduleRef.get(type, { strict: false }));
      const host = new ConsumerHost(dataSource, this.broker, this.options.logger, { groupId: group.groupId, consumers });
      await this.withRetries(`consumer group ${group.groupId}`, () => host.start());
      this.hosts.push(host);
    }
  }

  /** A broker that is still settling (leaders moving, a coordinator loading) gets a few more tries. */
  private async withRetries(what: string, fn: () => Promise<void>, attempts = 6): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (attempt >= attempts) throw err;
        this.options.logger.warn({ attempt, err: (err as Error).message }, `starting ${what} failed; retrying`);
        await new Promise((r) => setTimeout(r, 500 * 2 ** (attempt - 1)));
      }
    }
  }

  // Before the database connection closes (TypeORM closes it in onApplicationShutdown).
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.hosts.map((h) => h.stop()));
    await this.relay.stop();
    await this.broker.disconnect();
  }
}

@Module({})
export class MessagingModule {
  static forService(options: MessagingModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: MESSAGING_OPTIONS, useValue: options },
      { provide: MESSAGING_LOGGER, useValue: options.logger },
      {
        provide: EventBroker,
        useFactory: () =>
          new KafkaEventBroker({
            clientId: options.service,
            brokers: options.env.KAFKA_BROKERS.split(','),
            topicPrefix: options.env.KAFKA_TOPIC_PREFIX,
            replicationFactor: options.env.KAFKA_REPLICATION_FACTOR,
            partitions: options.env.KAFKA_PARTITIONS,
            logger: options.logger,
          }),
      },
      OutboxWriter,
      {
        provide: OutboxRelay,
        inject: [getDataSourceToken(), EventBroker],
        useFactory: (ds: DataSource, broker: EventBroker) => new OutboxRelay(ds, broker, options.logger.child({ component: 'outbox-relay' })),
      },
      MessagingLifecycle,
    ];
    return { module: MessagingModule, global: true, providers, exports: [EventBroker, OutboxWriter, OutboxRelay, MessagingLifecycle, MESSAGING_LOGGER] };
  }
}
