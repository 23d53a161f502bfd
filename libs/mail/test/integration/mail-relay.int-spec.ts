import { createTestDatabase, dropTestDatabase, testLogger, waitFor } from '@pb/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MAIL_PRIORITY, MailOutbox, MailOutbox1763900000050, MailOutboxHeaders1765100000050, MailOutboxPriority1765000000050, MailOutboxRetention1764000000020, MailPriority, MailRelay, MailRelayOptions } from '../../src';

const MAILDEV = process.env.MAILDEV_URL ?? 'http://127.0.0.1:1080';
const SMTP = process.env.SMTP_URL ?? 'smtp://127.0.0.1:1025';

interface SinkMail {
  id: string;
  subject: string;
  to: { address: string }[];
}

/** The header lines of one mail as it arrived (MailDev's raw source), unfolded; names lower-cased. */
async function receivedHeaders(id: string): Promise<Record<string, string>> {
  const source = await (await fetch(`${MAILDEV}/api/email/${id}/source`)).text();
  const head = source.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return Object.fromEntries(head.split(/\r?\n/).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
}

/** The mails MailDev holds for this file's addresses (every address carries the file's run tag). */
async function sinkMails(tag: string): Promise<SinkMail[]> {
  const all = (await (await fetch(`${MAILDEV}/api/email`)).json()) as SinkMail[];
  return all.filter((m) => m.to.some((t) => t.address.includes(tag)));
}

describe('the mail relay (real PostgreSQL and MailDev)', () => {
  const tag = `relay-${randomBytes(4).toString('hex')}`;
  let db: { name: string; url: string };
  let ds: DataSource;
  const relays: MailRelay[] = [];
  const relay = (options: Partial<MailRelayOptions> = {}): MailRelay => {
    const r = new MailRelay(ds, testLogger(), { smtpUrl: SMTP, from: 'noreply@test.invalid', pollIntervalMs: 50, ...options });
    relays.push(r);
    return r;
  };
  const enqueue = async (count: number, name: string, priority?: MailPriority): Promise<string[]> => {
    const outbox = new MailOutbox();
    return ds.transaction(async (m) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        ids.push(await outbox.enqueue(m, { to: `${name}-${i}.${tag}@example.org`, subject: `${name} ${i}`, text: `Bericht ${i}`, kind: `test.${name}`, ...(priority ? { priority } : {}) }));
      }
      return ids;
    });
  };
  const unsent = async (): Promise<number> => Number((await ds.query(`SELECT count(*) AS n FROM mail_outbox WHERE sent_at IS NULL`))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase('mail', [MailOutbox1763900000050, MailOutboxRetention1764000000020, MailOutboxPriority1765000000050, MailOutboxHeaders1765100000050]);
    ds = new DataSource({ type: 'postgres', url: db.url });
    await ds.initialize();
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
    await ds.query(`DELETE FROM mail_outbox`);
  });
  afterAll(async () => {
    // MailDev is shared by every run on this machine: leave it as we found it.
    for (const m of await sinkMails(tag)) await fetch(`${MAILDEV}/email/${m.id}`, { method: 'DELETE' });
    await ds?.destroy();
    await dropTestDatabase(db.name);
  });

  it('two relays on the same outbox send every mail exactly once', async () => {
    await enqueue(400, 'parallel');
    const [a, b] = [relay({ batchSize: 25 }), relay({ batchSize: 25 })];
    a.start();
    b.start();
    await waitFor(unsent, (n) => n === 0, { what: 'every mail sent', timeoutMs: 60000, intervalMs: 200 });
    const received = await waitFor(
      () => sinkMails(tag),
      (ms) => ms.filter((m) => m.subject.startsWith('parallel')).length >= 400,
      { what: '400 mails in MailDev', timeoutMs: 20000, intervalMs: 250 },
    );
    const addresses = received.filter((m) => m.subject.startsWith('parallel')).map((m) => m.to[0].address);
    expect(addresses).toHaveLength(400);
    expect(new Set(addresses).size).toBe(400);
    // No mail was claimed twice (one attempt each), and none kept its address once sent.
    const [row] = await ds.query(`SELECT count(*)::int AS sent, max(attempts) AS max_attempts, count(*) FILTER (WHERE to_address IS NOT NULL)::int AS with_address FROM mail_outbox`);
    expect(row).toEqual({ sent: 400, max_attempts: 1, with_address: 0 });
  });

  it('sends the mails a person waits for before notices, and notices before bulk mail, whatever their age', async () => {
    const bulk = await enqueue(30, 'bulk', 'bulk');
    const notices = await enqueue(5, 'notice');
    const waiting = await enqueue(5, 'waiting', 'waiting');
    const r = relay();
    expect(await r.sendDue(5)).toBe(5);
    const sentNow = async (): Promise<string[]> => (await ds.query(`SELECT id FROM mail_outbox WHERE sent_at IS NOT NULL`)).map((x: { id: string }) => x.id);
    expect((await sentNow()).sort()).toEqual([...waiting].sort());
    expect(await r.sendDue(5)).toBe(5);
    expect((await sentNow()).sort()).toEqual([...waiting, ...notices].sort());
    expect(await r.sendDue(100)).toBe(30);
    expect((await sentNow()).sort()).toEqual([...waiting, ...notices, ...bulk].sort());
    const stored = await ds.query(`SELECT DISTINCT kind, priority FROM mail_outbox ORDER BY priority`);
    expect(stored).toEqual([
      { kind: 'test.waiting', priority: MAIL_PRIORITY.waiting },
      { kind: 'test.notice', priority: MAIL_PRIORITY.notice },
      { kind: 'test.bulk', priority: MAIL_PRIORITY.bulk },
    ]);
  });

  it('keeps a mail whose send failed and sends it on a later attempt, once', async () => {
    const [id] = await enqueue(1, 'retry', 'waiting');
    // Port 9 (discard) is closed here: the SMTP connection is refused.
    expect(await relay({ smtpUrl: 'smtp://127.0.0.1:9' }).sendDue()).toBe(0);
    const [failed] = await ds.query(`SELECT attempts, sent_at, last_error, to_address, next_attempt_at > now() AS later FROM mail_outbox WHERE id = $1`, [id]);
    expect(failed).toMatchObject({ attempts: 1, sent_at: null, later: true, to_address: `retry-0.${tag}@example.org` });
    expect(failed.last_error).toMatch(/ECONNREFUSED/);
    // Not before its backoff: a relay that looks now leaves it alone.
    const good = relay();
    expect(await good.sendDue()).toBe(0);
    await ds.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE id = $1`, [id]);
    expect(await good.sendDue()).toBe(1);
    const [sent] = await ds.query(`SELECT attempts, sent_at IS NOT NULL AS sent, last_error, to_address FROM mail_outbox WHERE id = $1`, [id]);
    expect(sent).toEqual({ attempts: 2, sent: true, last_error: null, to_address: null });
    const received = await waitFor(() => sinkMails(tag), (ms) => ms.some((m) => m.subject === 'retry 0'), { what: 'the retried mail' });
    expect(received.filter((m) => m.subject === 'retry 0')).toHaveLength(1);
  });

  it('gives a batch claimed by a relay that died back to the queue when its lease ends', async () => {
    const [id] = await enqueue(1, 'lease', 'waiting');
    // A claim without a send: what a relay that crashed right after claiming leaves behind.
    await ds.query(`UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + interval '300 seconds' WHERE id = $1`, [id]);
    const r = relay();
    expect(await r.sendDue()).toBe(0);
    await ds.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE id = $1`, [id]);
    expect(await r.sendDue()).toBe(1);
    expect(await unsent()).toBe(0);
  });

  it('sends the extra headers a producer gave (RFC 8058 one-click unsubscribe) and strips them once sent', async () => {
    const link = `https://portal.example.nl/abonnementen/opzeggen?token=tok-${tag}`;
    const id = await ds.transaction((m) =>
      new MailOutbox().enqueue(m, {
        to: `headers.${tag}@example.org`,
        subject: 'headers 0',
        text: 'Bericht',
        kind: 'test.headers',
        headers: { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      }),
    );
    const [queued] = await ds.query(`SELECT headers FROM mail_outbox WHERE id = $1`, [id]);
    expect(queued.headers).toEqual({ 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(await relay().sendDue()).toBe(1);
    const [mail] = await waitFor(
      async () => (await sinkMails(tag)).filter((m) => m.subject === 'headers 0'),
      (ms) => ms.length === 1,
      { what: 'the mail with headers in MailDev' },
    );
    const headers = await receivedHeaders(mail.id);
    expect(headers['list-unsubscribe']).toBe(`<${link}>`);
    expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const [sent] = await ds.query(`SELECT headers, sent_at IS NOT NULL AS sent FROM mail_outbox WHERE id = $1`, [id]);
    expect(sent).toEqual({ headers: null, sent: true });
  });

  it('refuses a header that would replace the addressing or smuggle in another line', async () => {
    const outbox = new MailOutbox();
    await expect(ds.transaction((m) => outbox.enqueue(m, { to: `x.${tag}@example.org`, subject: 's', text: 't', kind: 'test.bad', headers: { Bcc: 'someone@example.org' } }))).rejects.toThrow(/not allowed: Bcc/);
    await expect(
      ds.transaction((m) => outbox.enqueue(m, { to: `x.${tag}@example.org`, subject: 's', text: 't', kind: 'test.bad', headers: { 'List-Unsubscribe': '<a>\r\nBcc: someone@example.org' } })),
    ).rejects.toThrow(/line break/);
    expect(await unsent()).toBe(0);
  });
});
