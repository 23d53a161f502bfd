/**
 * `@pb/http/core`: what any HTTP process of ours needs — the reader's language, problem+json, the
 * proxy setting, the server's start — and nothing that reaches a database or a broker. The portal
 * imports this entry only, so it loads neither TypeORM nor kafkajs (apps/portal/src/loads-no-infrastructure.spec.ts);
 * the services import `@pb/http`, which adds the service platform (health, idempotency, rate limits).
 */
export * from './language';
export * from './problem';
export * from './error-messages';
export * from './trust-proxy';
export * from './bootstrap';
export * from './http-server';
