import type { INestApplication } from '@nestjs/common';
import { EventBroker } from '@pb/messaging';
import { waitFor } from '@pb/testing';
import type { DataSource } from 'typeorm';
import { PROJECTION_GROUP } from '../../src/projections/transport/kafka/projection-consumers';
import { ScenarioEvent } from './review-scenario.factory';

/** Publishes events to Kafka as their owning services would (keyed by aggregate id). */
export async function publishScenario(app: INestApplication, events: ScenarioEvent[]): Promise<void> {
  const broker = app.get(EventBroker);
  const byTopic = new Map<string, ScenarioEvent[]>();
  for (const e of events) byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e]);
  for (const [topic, list] of byTopic) {
    for (let i = 0; i < list.length; i += 500) {
      const batch = list.slice(i, i + 500).map((e) => ({ key: e.key, value: JSON.stringify(e.envelope) }));
      // A topic just created may not have its leaders known to the producer yet.
      await waitFor(() => broker.publish(topic, batch).then(() => true), Boolean, { timeoutMs: 20000, intervalMs: 500, what: `publish to ${topic}` });
    }
  }
}

/** Waits until the live projection group has taken in `count` events. */
export async function waitForProjected(ds: DataSource, count: number, timeoutMs = 60000): Promise<void> {
  await waitFor(
    async () => Number((await ds.query(`SELECT count(*)::int AS n FROM inbox_messages WHERE consumer = $1`, [PROJECTION_GROUP]))[0].n),
    (n) => n >= count,
    { timeoutMs, intervalMs: 200, what: `${count} events projected` },
  );
}

/** Everything the projections hold, in a stable order; of the contribution log only the net effect (its intermediate steps depend on arrival order across partitions). */
export async function projectionSnapshot(ds: DataSource): Promise<Record<string, unknown>> {
  return {
    strategyVersions: await ds.query(`SELECT version, previous_version, title, published_at, changes FROM strategy_versions ORDER BY version`),
    strategyThemes: await ds.query(`SELECT * FROM strategy_themes ORDER BY version, code`),
    reportFacts: await ds.query(`SELECT * FROM report_facts ORDER BY report_id`),
    satisfaction: await ds.query(`SELECT * FROM report_satisfaction ORDER BY report_id, round`),
    endorsements: await ds.query(`SELECT * FROM report_endorsements ORDER BY endorsement_id`),
    responseCitations: await ds.query(`SELECT * FROM response_citations ORDER BY response_id, bwb_id, article`),
    counters: await ds.query(`SELECT * FROM figure_counters ORDER BY key`),
    members: await ds.query(`SELECT * FROM figure_members ORDER BY key, record_id`),
    contributions: await ds.query(`SELECT key, record_id, sum(delta)::int AS net FROM figure_contributions GROUP BY key, record_id HAVING sum(delta) <> 0 ORDER BY key, record_id`),
  };
}
