/**
 * npm run bench:mail — the mail relay's throughput before and after issue 14, in one run, on the
 * real PostgreSQL and the real SMTP sink (MailDev, SMTP_URL):
 *
 *  1. before: the relay as it was — 50 rows claimed, then one mail at a time over a new SMTP
 *     connection each, and one UPDATE per mail (reproduced here from the old code, so the ratio is
 *     measured on the same machine, database and sink in the same minute);
 *  2. after: MailRelay — pooled SMTP connections, batches sent in parallel and marked in two
 *     statements; with one relay and with two relays on the same outbox (two replicas);
 *  2b. the same relay against a bare SMTP server in this process that accepts and discards
 *     (smtp-server, the library MailDev is built on): the relay's own ceiling, without the sink;
 *  3. priority: a mail someone waits for, queued behind a backlog of bulk mail: the seconds until it
 *     is sent beside the seconds until the backlog is.
 *
 * BENCH_MAILS (default 1000) per measurement. Prints a table and writes bench/results/mail.md.
 * Asserts nothing. The sink is shared: the bench deletes its own mails from MailDev afterwards.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { MailOutbox, MailOutbox1763900000050, MailOutboxHeaders1765100000050, MailOutboxPriority1765000000050, MailOutboxRetention1764000000020, MailPriority, MailRelay } from '../libs/mail/src';
import { createTestDatabase, dropTestDatabase } from '../libs/testing/src';

const MAILS = Number(process.env.BENCH_MAILS ?? 1000);
const SMTP = process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025';
const MAILDEV = process.env.MAILDEV_URL ?? 'http://127.0.0.1:1080';
const DOMAIN = `mailbench-${Date.now().toString(36)}.example.org`;
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const logger = pino({ level: 'silent' });

async function enqueue(ds: DataSource, count: number, priority: MailPriority = 'notice', tag = 'bench'): Promise<string[]> {
  const outbox = new MailOutbox();
  return ds.transaction(async (m) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await outbox.enqueue(m, { to: `${tag}-${i}@${DOMAIN}`, subject: `Bench ${i}`, text: `Bericht ${i}\nhttps://example.org/x?token=${i}`, kind: `bench.${priority}`, priority }));
    return ids;
  });
}

const unsent = async (ds: DataSource): Promise<number> => Number((await ds.query(`SELECT count(*) AS n FROM mail_outbox WHERE sent_at IS NULL`))[0].n);

/** The relay before issue 14, step for step (libs/mail/src/mail-relay.ts at 6aae8e8). */
async function legacySendDue(ds: DataSource, limit = 50): Promise<number> {
  const transport = nodemailer.createTransport(SMTP);
  const claimed = await ds.query(
    `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + interval '5 minutes'
      WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND attempts < 10 AND next_attempt_at <= now()
                    ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING id, to_address, subject, text_body, html_body, kind, attempts`,
    [limit],
  );
  const rows = (Array.isArray(claimed[0]) ? claimed[0] : claimed) as { id: string; to_address: string; subject: string; text_body: string }[];
  for (const row of rows) {
    await transport.sendMail({ from: 'bench@example.org', to: row.to_address, subject: row.subject, text: row.text_body });
    await ds.query(`UPDATE mail_outbox SET sent_at = now(), last_error = NULL, to_address = NULL, subject = NULL, text_body = NULL, html_body = NULL WHERE id = $1`, [row.id]);
  }
  transport.close();
  return rows.length;
}

async function timed(what: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await what();
  return (performance.now() - started) / 1000;
}

/** An SMTP server that takes every mail and keeps nothing: what the relay can do when the sink is not the limit. */
async function bareSink(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    maxClients: 100,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function main(): Promise<void> {
  const db = await createTestDatabase('mailbench', [MailOutbox1763900000050, MailOutboxRetention1764000000020, MailOutboxPriority1765000000050, MailOutboxHeaders1765100000050]);
  const ds = new DataSource({ type: 'postgres', url: db.url });
  await ds.initialize();
  const relay = () => new MailRelay(ds, logger, { smtpUrl: SMTP, from: 'bench@example.org', pollIntervalMs: 20 });
  const rows: [string, number, number][] = [];
  try {
    await enqueue(ds, MAILS);
    const before = await timed(async () => {
      while ((await legacySendDue(ds)) > 0);
    });
    rows.push(['before: one at a time, a connection per mail', MAILS, MAILS / before]);

    await enqueue(ds, MAILS);
    const one = relay();
    const after = await timed(async () => {
      while ((await one.drain()) > 0);
    });
    await one.stop();
    rows.push(['after: one relay, pooled, batches', MAILS, MAILS / after]);

    await enqueue(ds, MAILS);
    const pair = [relay(), relay()];
    const parallel = await timed(async () => {
      pair.forEach((r) => r.start());
      while ((await unsent(ds)) > 0) await new Promise((r) => setTimeout(r, 20));
    });
    await Promise.all(pair.map((r) => r.stop()));
    rows.push(['after: two relays on one outbox', MAILS, MAILS / parallel]);

    // The relay's own ceiling: a sink that is never the limit, with 5, 10 (the default) and 20 connections.
    const sink = await bareSink();
    try {
      for (const maxConnections of [5, 10, 20]) {
        const before = sink.received();
        await enqueue(ds, MAILS);
        const bare = new MailRelay(ds, logger, { smtpUrl: sink.url, from: 'bench@example.org', pollIntervalMs: 20, maxConnections });
        const onBare = await timed(async () => {
          while ((await bare.drain()) > 0);
        });
        await bare.stop();
        if (sink.received() - before < MAILS) throw new Error(`the bare sink received ${sink.received() - before} of ${MAILS} mails`);
        rows.push([`after: one relay, ${maxConnections} connections, to a bare SMTP server (no MailDev)`, MAILS, MAILS / onBare]);
      }
    } finally {
      await sink.close();
    }

    // Priority: the backlog first, then one acknowledgement someone waits for.
    await enqueue(ds, MAILS, 'bulk', 'bulk');
    const [waiting] = await enqueue(ds, 1, 'waiting', 'waiting');
    const r = relay();
    const t0 = performance.now();
    let waitingSentAfter = Number.NaN;
    r.start();
    while ((await unsent(ds)) > 0) {
      if (Number.isNaN(waitingSentAfter) && (await ds.query(`SELECT sent_at IS NOT NULL AS sent FROM mail_outbox WHERE id = $1`, [waiting]))[0].sent) waitingSentAfter = (performance.now() - t0) / 1000;
      await new Promise((res) => setTimeout(res, 10));
    }
    const backlogSentAfter = (performance.now() - t0) / 1000;
    if (Number.isNaN(waitingSentAfter)) waitingSentAfter = backlogSentAfter;
    await r.stop();

    const ratio = rows[1][2] / rows[0][2];
    const lines = [
      `# Mail relay throughput (npm run bench:mail)`,
      ``,
      `${new Date().toISOString()}, ${MAILS} mails per measurement, real PostgreSQL and SMTP ${SMTP} (MailDev).`,
      ``,
      `| relay | mails | mails/s |`,
      `| --- | ---: | ---: |`,
      ...rows.map(([name, n, rate]) => `| ${name} | ${n} | ${rate.toFixed(1)} |`),
      ``,
      `after/before (one relay): **${ratio.toFixed(1)}×**; two relays/before: ${(rows[2][2] / rows[0][2]).toFixed(1)}×; one relay to a bare SMTP server (10 connections, the default) / to MailDev: ${(rows[4][2] / rows[1][2]).toFixed(1)}×.`,
      ``,
      `Priority: one \`waiting\` mail queued after ${MAILS} \`bulk\` mails was sent after ${waitingSentAfter.toFixed(2)} s; the backlog after ${backlogSentAfter.toFixed(2)} s.`,
      ``,
      `MailDev is one process shared by every run on the machine, parsing and storing each mail; the bare SMTP server rows show the relay's own ceiling on this machine, without it.`,
    ];
    for (const line of lines) say(line);
    writeFileSync(join(__dirname, 'results', 'mail.md'), `${lines.join('\n')}\n`);
  } finally {
    await ds.destroy();
    await dropTestDatabase(db.name);
    const all = (await (await fetch(`${MAILDEV}/api/email`)).json()) as { id: string; to?: { address: string }[] }[];
    const ids = all.filter((m) => m.to?.some((t) => t.address.endsWith(`@${DOMAIN}`))).map((m) => m.id);
    for (let i = 0; i < ids.length; i += 500) await fetch(`${MAILDEV}/api/email/delete`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids: ids.slice(i, i + 500) }) });
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench:mail failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
