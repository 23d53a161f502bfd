import 'reflect-metadata';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { createOpenApiDocument } from '../libs/http/src';
import { CommentsAppModule } from '../apps/comments/src/app.module';
import { CommentsEnv } from '../apps/comments/src/config/comments.env';
import { LoketAppModule } from '../apps/loket/src/app.module';
import { LoketEnv } from '../apps/loket/src/config/loket.env';
import { ProposalsAppModule } from '../apps/proposals/src/app.module';
import { ProposalsEnv } from '../apps/proposals/src/config/proposals.env';
import { ReviewAppModule } from '../apps/review/src/app.module';
import { ReviewEnv } from '../apps/review/src/config/review.env';

/**
 * Writes each service's OpenAPI document to docs/openapi/<service>.json from the controllers'
 * metadata (Nest's preview mode: nothing connects to a database or a broker). `--check` fails when a
 * committed document differs from the code.
 */
const logger = pino({ level: 'silent' });
const services = [
  { name: 'loket', title: 'Permanent Beta — loket', module: LoketAppModule.register({ env: new LoketEnv(), logger }) },
  { name: 'proposals', title: 'Permanent Beta — strategy and proposals', module: ProposalsAppModule.register({ env: new ProposalsEnv(), logger }) },
  { name: 'comments', title: 'Permanent Beta — responses and moderation', module: CommentsAppModule.register({ env: new CommentsEnv(), logger }) },
  { name: 'review', title: 'Permanent Beta — review, monitor and open data', module: ReviewAppModule.register({ env: new ReviewEnv(), logger }) },
];

const sortKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]))
      : value;

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const dir = join(__dirname, '..', 'docs', 'openapi');
  mkdirSync(dir, { recursive: true });
  const stale: string[] = [];
  for (const s of services) {
    const app = await NestFactory.create(s.module, { preview: true, logger: false, abortOnError: false });
    const document = createOpenApiDocument(app, s.title);
    const text = `${JSON.stringify(sortKeys(document), null, 2)}\n`;
    const file = join(dir, `${s.name}.json`);
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== text) stale.push(`docs/openapi/${s.name}.json`);
    } else {
      writeFileSync(file, text);
    }
    await app.close();
  }
  if (stale.length) {
    console.error(`OpenAPI documents out of date: ${stale.join(', ')}. Run \`npm run openapi\` and commit the result.`);
    process.exit(1);
  }
  console.log(check ? 'docs/openapi/*.json match the code.' : `wrote ${services.length} documents to docs/openapi/`);
}

main().catch((err: Error) => {
  console.error(`openapi generation failed: ${err.message}`);
  process.exit(1);
});
