import type { NestExpressApplication } from '@nestjs/platform-express';
import { signDevelopmentToken, StaffRole } from '@pb/auth';
import { ReceivedMessage, EventBroker, createEvent } from '@pb/messaging';
import { StrategyVersionPublishedV1, Topics } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { LoketAppModule } from '../../src/app.module';
import { LoketEnv } from '../../src/config/loket.env';
import { loketMigrations } from '../../src/migrations';
import { aReportRequest } from '../factories/report-request.factory';

/** Real time, shifted on demand: time still passes (ordering stays real) but tests can jump days. */
export class ShiftableClock extends Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  travelTo(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }
  reset(): void {
    this.offsetMs = 0;
  }
}

export const MAILDEV = process.env.MAILDEV_URL ?? 'http://127.0.0.1:1080';

export interface Mail {
  subject: string;
  text: string;
  to: { address: string }[];
}

/** A unique address per call, so parallel engineers' tests in the shared MailDev never meet. */
export const uniqueEmail = (label = 'melder'): string => `${label}.${randomBytes(5).toString('hex')}@example.nl`;

export class LoketTestKit {
  app!: NestExpressApplication;
  env!: LoketEnv;
  readonly clock = new ShiftableClock();
  readonly seen: ReceivedMessage[] = [];
  private db!: { name: string; url: string };

  /**
   * Every test here submits from one address (loopback), so the abuse limits are raised unless a
   * test is about them (rate-limits.int-spec.ts passes its own).
   */
  async start(settings: Partial<LoketEnv> = {}): Promise<this> {
    this.db = await createTestDatabase('loket', loketMigrations);
    this.env = testEnv(LoketEnv, {
      DATABASE_URL: this.db.url,
      PUBLIC_BASE_URL: 'http://portal.test',
      LOKET_INTAKE_PER_ADDRESS: 100_000,
      LOKET_INTAKE_PER_EMAIL: 100_000,
      LOKET_MESSAGES_PER_ADDRESS: 100_000,
      LOKET_MESSAGES_PER_REPORT: 100_000,
      LOKET_TRACKING_LINKS_PER_ADDRESS: 100_000,
      LOKET_TRACKING_LINKS_PER_EMAIL: 100_000,
      ...settings,
    });
    this.app = await createTestApp(LoketAppModule.register({ env: this.env, logger: testLogger(), clock: this.clock }));
    await this.app.get(EventBroker).subscribe({
      groupId: 'test-observer',
      topics: [Topics.barrierReports],
      fromBeginning: true,
      onMessage: async (m) => void this.seen.push(m),
    });
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    if (this.db) await dropTestDatabase(this.db.name);
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /** `department: null` signs a token without a department claim. */
  token(roles: StaffRole[], sub = `official-${randomBytes(3).toString('hex')}`, department: string | null = 'EZ'): string {
    return signDevelopmentToken({ secret: this.env.JWT_SECRET, issuer: this.env.JWT_ISSUER, audience: this.env.JWT_AUDIENCE }, { sub, roles, department: department ?? undefined });
  }

  /** Publishes strategy 2018.0 as the proposals service will, and waits until the loket knows it. */
  async publishStrategy(): Promise<void> {
    const seed = JSON.parse(readFileSync(join(__dirname, '../../../proposals/src/strategy/seed/strategy-2018.0.json'), 'utf8'));
    const envelope = createEvent(
      StrategyVersionPublishedV1,
      {
        version: seed.version,
        previousVersion: null,
        title: seed.title,
        publishedAt: new Date(seed.publishedAt).toISOString(),
        themes: seed.themes.map((t: Record<string, unknown>) => ({ code: t.code, title: t.title, ambition: t.ambition, actions: t.actions, track: t.track, spearhead: t.spearhead ?? null })),
        changes: [],
      },
      { aggregateId: seed.version, aggregateVersion: 1, actor: { role: 'coordinator', id: 'test' } },
    );
    await this.app.get(EventBroker).publish(Topics.strategyVersions, [{ key: seed.version, value: JSON.stringify(envelope) }]);
    await waitFor(
      async () => (await this.dataSource.query(`SELECT count(*)::int AS n FROM strategy_themes WHERE version = $1`, [seed.version]))[0].n,
      (n: number) => n === seed.themes.length,
      { what: 'strategy themes projected' },
    );
  }

  /** Submits a report; returns its reference, the reporter's address and (from MailDev) the tracking token. */
  async submit(overrides: Record<string, unknown> = {}, email = uniqueEmail()): Promise<{ reference: string; email: string; token: string }> {
    const base = aReportRequest(overrides);
    const body = { ...base, contact: { ...(base.contact as object), email } };
    const res = await this.http.post('/api/loket/reports').send(body).expect(201);
    const mail = await this.mailTo(email, (m) => m.subject.includes(res.body.reference));
    const match = /meldingen\/(LKT-\d{4}-\d{6})\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
    if (!match) throw new Error(`no tracking link in mail: ${mail.text}`);
    return { reference: res.body.reference, email, token: decodeURIComponent(match[2]) };
  }

  async mails(address: string): Promise<Mail[]> {
    const res = await fetch(`${MAILDEV}/api/email`);
    const all = (await res.json()) as Mail[];
    return all.filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
  }

  async mailTo(address: string, match: (m: Mail) => boolean = () => true): Promise<Mail> {
    const found = await waitFor(async () => (await this.mails(address)).find(match), Boolean, { what: `mail to ${address}` });
    return found!;
  }

  /** Events on loket.barrier-reports for one report, parsed. */
  eventsOf(reportId: string): { type: string; actor: { role: string; id: string }; occurredAt: string; payload: Record<string, unknown> }[] {
    return this.seen
      .map((m) => JSON.parse(m.value!.toString()))
      .filter((e) => e.aggregateId === reportId)
      .sort((a, b) => a.aggregateVersion - b.aggregateVersion);
  }

  async reportId(reference: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT id FROM barrier_reports WHERE reference = $1`, [reference]);
    return row.id;
  }

  official = (): string => this.token(['official']);
}
