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
import { KafkaHealthIndicator } from './kafka-health';
import { OutboxRelay } from './outbox/outbox.relay';
import { OutboxWriter } from './outbox/outbox.writer';
import { ParkedEvents } from './outbox/parked-events';
import { parkedEventsController } from './outbox/parked-events.controller';

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

/**
 * Connects the service to Kafka once the application is up, and lets go of it first on shutdown.
 *
 * The connecting happens in the background, with retries and a growing pause, for as long as it
 * takes: a service whose database answers can serve (its writes wait in the outbox), so Kafka being
 * away at boot must neither block the start nor crash it. Topics first, then the relay (publishing
 * to a topic that does not exist yet would only fail), then the consumer groups.
 */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly hosts: ConsumerHost[] = [];
  private stopping = false;
  private connecting?: Promise<void>;
  private wake?: () => void;
  private connectedAt?: Date;
  private lastError?: string;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    private readonly broker: EventBroker,
    private readonly relay: OutboxRelay,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    this.connecting = this.connect().catch((err: Error) => {
      // Only a programming error gets here (retries swallow broker failures); say it loudly.
      this.options.logger.error({ err: err.message }, 'connecting to Kafka stopped for good');
    });
  }

  /** For /health: whether topics, relay and consumer groups are all running, or what is missing. */
  status(): { connected: boolean; since?: string; lastError?: string } {
    return { connected: !!this.connectedAt, since: this.connectedAt?.toISOString(), lastError: this.connectedAt ? undefined : this.lastError };
  }

  /** Resolves once everything is connected (tests; a replay command that needs the live groups). */
  async whenConnected(timeoutMs = 120000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.connectedAt) {
      if (Date.now() > deadline) throw new Error(`not connected to Kafka within ${timeoutMs} ms: ${this.lastError ?? 'still trying'}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async connect(): Promise<void> {
    const all = Object.values(Topics);
    const topics = [...all, ...all.map(deadLetterTopic)].map((topic) => ({ topic }));
    if (!(await this.untilDone('creating topics', () => this.broker.ensureTopics(topics)))) return;
    if (this.options.relay !== false) await this.relay.start(this.options.databaseUrl);
    const dataSource = this.moduleRef.get<DataSource>(getDataSourceToken(), { strict: false });
    for (const group of this.options.consumerGroups ?? []) {
      const consumers = group.consumers.map((type) => this.moduleRef.get(type, { strict: false }));
      const host = new ConsumerHost(dataSource, this.broker, this.options.logger, { groupId: group.groupId, consumers });
      if (!(await this.untilDone(`joining consumer group ${group.groupId}`, () => host.start()))) return;
      this.hosts.push(host);
      if (this.stopping) return;
    }
    this.connectedAt = new Date();
    this.options.logger.info({ groups: this.hosts.length }, 'connected to Kafka');
  }

  /**
   * Runs `fn` until it succeeds or the service stops (false). Pauses 0.5 s, 1 s, 2 s … up to 30 s
   * between tries: a broker that is settling gets going quickly, one that is away is not hammered.
   */
  private async untilDone(what: string, fn: () => Promise<void>): Promise<boolean> {
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await fn();
        return !this.stopping;
      } catch (err) {
        this.lastError = `${what}: ${(err as Error).message}`;
        const pauseMs = Math.min(30000, 500 * 2 ** Math.min(attempt - 1, 6));
        this.options.logger.warn({ attempt, pauseMs, err: (err as Error).message }, `${what} failed; the service serves on and tries again`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pauseMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
      }
    }
    return false;
  }

  // Before the database connection closes (TypeORM closes it in onApplicationShutdown).
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    // A connect attempt under way may take its own retries to give up; do not hold the shutdown for it.
    await Promise.race([this.connecting, new Promise((r) => setTimeout(r, 5000).unref())]);
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
      {
        provide: ParkedEvents,
        inject: [getDataSourceToken(), OutboxRelay],
        useFactory: (ds: DataSource, relay: OutboxRelay) => new ParkedEvents(ds, relay),
      },
      MessagingLifecycle,
      // Found by the /health endpoint of libs/http (any provider extending HealthIndicator).
      {
        provide: KafkaHealthIndicator,
        inject: [EventBroker, MessagingLifecycle, OutboxRelay],
        useFactory: (broker: EventBroker, lifecycle: MessagingLifecycle, relay: OutboxRelay) => new KafkaHealthIndicator(broker, lifecycle, relay),
      },
    ];
    return {
      module: MessagingModule,
      global: true,
      controllers: [parkedEventsController(options.service)],
      providers,
      exports: [EventBroker, OutboxWriter, OutboxRelay, ParkedEvents, MessagingLifecycle, MESSAGING_LOGGER],
    };
  }
}
