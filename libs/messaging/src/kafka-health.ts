import { HealthCheck, HealthIndicator, withTimeout } from '@pb/observability';
import type { EventBroker } from './broker/event-broker';
import type { MessagingLifecycle } from './messaging.module';
import type { OutboxRelay } from './outbox/outbox.relay';

/**
 * Kafka is not part of readiness: without it the service still accepts writes (their events wait in
 * the outbox) and answers reads, so taking it out of the load balancer would turn a broker hiccup
 * into an outage. Its state is reported as `degraded`, with what is missing and how much waits.
 * Provided by MessagingModule (a factory: this file and the module would otherwise import each other).
 */
export class KafkaHealthIndicator extends HealthIndicator {
  readonly name = 'kafka';
  readonly requiredForReadiness = false;

  constructor(
    private readonly broker: EventBroker,
    private readonly lifecycle?: MessagingLifecycle,
    private readonly relay?: OutboxRelay,
  ) {
    super();
  }

  async check(): Promise<HealthCheck> {
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
