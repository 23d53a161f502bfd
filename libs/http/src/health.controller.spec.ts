import { KafkaHealthIndicator } from '@pb/messaging';
import type { EventBroker, MessagingLifecycle, OutboxRelay } from '@pb/messaging';
import { DatabaseHealthIndicator } from '@pb/persistence';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { HealthController, HealthIndicators } from './health.controller';

type Answer = { status: number; body: { status: string; checks: Record<string, { status: string; detail?: string; outboxPending?: number }> } };

async function ask(options: { database: boolean; kafka: 'up' | 'down' | 'hangs'; connected?: boolean }): Promise<Answer> {
  const dataSource = { query: () => (options.database ? Promise.resolve([{ '?column?': 1 }]) : Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5433'))) } as unknown as DataSource;
  const broker = {
    ping: () => (options.kafka === 'up' ? Promise.resolve({ brokers: 1 }) : options.kafka === 'hangs' ? new Promise(() => undefined) : Promise.reject(new Error('Connection error: connect ECONNREFUSED 127.0.0.1:9092'))),
  } as unknown as EventBroker;
  const lifecycle = { status: () => ({ connected: options.connected ?? true, lastError: 'creating topics: Connection error' }) } as unknown as MessagingLifecycle;
  const relay = { pending: () => Promise.resolve(7) } as unknown as OutboxRelay;
  const answer = {} as Answer;
  const res = {
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: Answer['body']) {
      answer.body = body;
      return this;
    },
  } as unknown as Response;
  // In the order discovery may find them: the controller lists the required one first all the same.
  const indicators = new HealthIndicators(() => [new KafkaHealthIndicator(broker, lifecycle, relay), new DatabaseHealthIndicator(dataSource)]);
  await new HealthController(indicators).ready(res);
  return answer;
}

describe('GET /health/ready: "this process can serve"', () => {
  it('is ready and up with the database and Kafka', async () => {
    const { status, body } = await ask({ database: true, kafka: 'up' });
    expect(status).toBe(200);
    expect(body.status).toBe('up');
    expect(body.checks.kafka).toEqual({ status: 'up', outboxPending: 7 });
  });

  it('is ready without Kafka: Kafka degraded, with why and how much waits in the outbox', async () => {
    const { status, body } = await ask({ database: true, kafka: 'down' });
    expect(status).toBe(200);
    expect(body.status).toBe('degraded');
    expect(body.checks.database.status).toBe('up');
    expect(body.checks.kafka).toMatchObject({ status: 'degraded', outboxPending: 7 });
    expect(body.checks.kafka.detail).toMatch(/Kafka unreachable .*ECONNREFUSED.*outbox/);
  });

  it('does not hang on a Kafka that does not answer (3 s bound)', async () => {
    const started = Date.now();
    const { status, body } = await ask({ database: true, kafka: 'hangs' });
    expect(Date.now() - started).toBeLessThan(4500);
    expect(status).toBe(200);
    expect(body.checks.kafka.detail).toMatch(/no answer within 3000 ms/);
  });

  it('is degraded while Kafka answers but topics or consumer groups are still connecting', async () => {
    const { status, body } = await ask({ database: true, kafka: 'up', connected: false });
    expect(status).toBe(200);
    expect(body.checks.kafka).toMatchObject({ status: 'degraded', detail: expect.stringMatching(/still connecting/) });
  });

  it('is not ready without its database', async () => {
    const { status, body } = await ask({ database: false, kafka: 'up' });
    expect(status).toBe(503);
    expect(body.status).toBe('down');
    expect(body.checks.database.status).toBe('down');
  });
});

describe('GET /health/ready: the checks the libraries contribute', () => {
  it('lists the database (required) before Kafka (informational), whatever order they were found in', async () => {
    const { body } = await ask({ database: true, kafka: 'up' });
    expect(Object.keys(body.checks)).toEqual(['database', 'kafka']);
  });
});
