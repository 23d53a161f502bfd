/**
 * Generates docs/asyncapi.json (AsyncAPI 3.0) from libs/contracts: one channel per topic (and its
 * `.dlq`), one message per event type and version with the envelope and the payload's JSON schema.
 *
 *   npm run asyncapi           write docs/asyncapi.json
 *   npm run check:asyncapi     exit 1 when docs/asyncapi.json differs from what the code says
 *
 * Output is deterministic (keys sorted, no timestamps) so the check compares text.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { EVENT_CATALOGUE, IntegrationEventClass, Topics, deadLetterTopic } from '@pb/contracts';
import { DeadLetterHeaders } from '../libs/messaging/src/dead-letter/dead-letter-headers';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// class-transformer ships its storage untyped at this path; the types live beside it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');

const OUTPUT = join(__dirname, '..', 'docs', 'asyncapi.json');
const SCHEMA_REF = '#/components/schemas/';

const messageId = (cls: IntegrationEventClass): string => `${cls.type}.v${cls.version}`;

function sortKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value as Json;
}

export function buildAsyncApi(): Json {
  const schemas = validationMetadatasToSchemas({
    refPointerPrefix: SCHEMA_REF,
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters: {
      // A custom constraint of libs/contracts describes its own JSON schema (a static `jsonSchema`);
      // the library would otherwise guess from the property's TypeScript type.
      [ValidationTypes.CUSTOM_VALIDATION]: (meta: ValidationMetadata) =>
        (meta.constraintCls as { jsonSchema?: Record<string, unknown> } | undefined)?.jsonSchema ?? {},
    },
  }) as Record<string, Record<string, unknown>>;

  // Class names are schema names: two areas with a class of the same name would silently merge.
  const names = EVENT_CATALOGUE.map((cls) => cls.name);
  const clash = names.filter((n, i) => names.indexOf(n) !== i);
  if (clash.length) throw new Error(`Event classes share a name (${clash.join(', ')}): the AsyncAPI schemas would collide`);
  for (const cls of EVENT_CATALOGUE) {
    // A version that only narrows its base (BarrierReportedV2 = the shared fields) has no decorators
    // of its own, so the converter made no schema for it: it is its nearest decorated ancestor's.
    for (let base = Object.getPrototypeOf(cls) as { name?: string } | null; !schemas[cls.name] && base?.name; base = Object.getPrototypeOf(base) as { name?: string } | null) {
      if (schemas[base.name]) schemas[cls.name] = schemas[base.name];
    }
    if (!schemas[cls.name]) throw new Error(`No JSON schema for ${cls.name}: does it have class-validator decorators?`);
  }

  const envelope = schemas.EventEnvelope as { properties: Record<string, unknown>; required?: string[] };
  const messages: Record<string, unknown> = {};
  for (const cls of EVENT_CATALOGUE) {
    messages[messageId(cls)] = {
      name: cls.type,
      title: `${cls.type} v${cls.version}`,
      summary: cls.description,
      contentType: 'application/json',
      headers: {
        type: 'object',
        properties: { 'x-correlation-id': { type: 'string', description: 'Correlation id of the request that caused the event (same as the envelope).' } },
      },
      bindings: { kafka: { key: { type: 'string', description: 'aggregateId: one aggregate\'s events stay in order on one partition.' } } },
      payload: {
        ...envelope,
        title: `${cls.name} envelope`,
        properties: {
          ...envelope.properties,
          type: { type: 'string', const: cls.type },
          version: { type: 'integer', const: cls.version },
          payload: { $ref: `${SCHEMA_REF}${cls.name}` },
        },
      },
      'x-event-class': cls.name,
      'x-topic': cls.topic,
    };
  }

  const dlqNote =
    `Dead letters of a consumer group: the original message unchanged, plus headers ${Object.values(DeadLetterHeaders)
      .filter((h) => h !== DeadLetterHeaders.replayedFrom)
      .join(', ')}. ` + `\`npm run dlq -- list|replay <topic>\` shows and replays them; a replayed message carries ${DeadLetterHeaders.replayedFrom}.`;
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const topic of Object.values(Topics)) {
    const onTopic = EVENT_CATALOGUE.filter((cls) => cls.topic === topic);
    const refs = Object.fromEntries(onTopic.map((cls) => [messageId(cls), { $ref: `#/components/messages/${messageId(cls)}` }]));
    channels[topic] = {
      address: topic,
      title: topic,
      description: `Keyed by aggregate id. Events: ${onTopic.map((c) => `${c.type} v${c.version}`).join(', ') || 'none yet'}. Failed messages go to ${deadLetterTopic(topic)}.`,
      messages: refs,
    };
    channels[deadLetterTopic(topic)] = { address: deadLetterTopic(topic), title: deadLetterTopic(topic), description: dlqNote, messages: refs };
    if (onTopic.length) {
      const owners = [...new Set(onTopic.map((c) => c.type.split('.')[0]))].join(', ');
      operations[`publish.${topic}`] = {
        action: 'send',
        title: `${owners} publishes to ${topic}`,
        description: 'Published from the transactional outbox: at least once, in order per aggregate; consumers deduplicate by eventId.',
        channel: { $ref: `#/channels/${topic}` },
        messages: Object.keys(refs).map((id) => ({ $ref: `#/channels/${topic}/messages/${id}` })),
      };
    }
  }

  return sortKeys({
    asyncapi: '3.0.0',
    info: {
      title: 'Permanent Beta integration events',
      version: '1.0.0',
      description:
        'Every integration event of the platform, generated from libs/contracts (do not edit; run `npm run asyncapi`). ' +
        'Each message is an envelope (eventId, type, version, occurredAt, aggregateId, aggregateVersion, correlationId, causationId, actor, payload). ' +
        'A deployment may prefix every topic name (KAFKA_TOPIC_PREFIX). Events carry no personal data: people appear as pseudonymous ids.',
    },
    defaultContentType: 'application/json',
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The local broker of infra/local (KAFKA_BROKERS).' } },
    channels,
    operations,
    components: { messages, schemas },
  });
}

function main(): void {
  const text = `${JSON.stringify(buildAsyncApi(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      // missing counts as different
    }
    if (current !== text) {
      console.error('docs/asyncapi.json is out of date with libs/contracts. Run `npm run asyncapi` and commit docs/asyncapi.json.');
      process.exit(1);
    }
    console.log('docs/asyncapi.json matches libs/contracts.');
    return;
  }
  writeFileSync(OUTPUT, text);
  console.log(`Wrote docs/asyncapi.json: ${EVENT_CATALOGUE.length} messages on ${Object.values(Topics).length} topics.`);
}

if (require.main === module) main();
