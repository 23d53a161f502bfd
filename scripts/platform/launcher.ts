import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SERVICES, distEntry } from './services';

export interface PlatformOptions {
  /** Port of the portal; services take the next ones (portal+1 … portal+4). Default 3000. */
  basePort?: number;
  /** Database name for a service, e.g. (svc) => `pb_e2e_test_${svc}`. Default: the service name. */
  databaseName?: (service: string) => string;
  pg?: { host: string; port: number; user: string; password: string };
  kafkaBrokers?: string;
  topicPrefix?: string;
  logDir?: string;
  /** Extra environment for every process. */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** Start only these services (the portal's health then checks only them). Default: all. */
  only?: string[];
  /**
   * What "started" waits for. `connected` (default): every service ready AND connected to Kafka
   * (its /health/ready says `up`), so a test's first event is consumed. `ready`: every service
   * can serve (database up; Kafka may be away or still connecting), e.g. when Kafka is down.
   */
  waitFor?: 'connected' | 'ready';
}

export interface RunningPlatform {
  baseUrl: string;
  urls: Record<string, string>;
  processes: { name: string; child: ChildProcess; logFile: string }[];
  stop(): Promise<void>;
  /** Sends a signal to one service (e.g. SIGKILL in a resilience test) and waits for it to exit. */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a stopped service again with the same settings and waits until it is ready (see PlatformOptions.waitFor). */
  restart(name: string, waitFor?: 'connected' | 'ready'): Promise<void>;
}

/** A service's /health/ready: ready (200), and with `connected` also Kafka up (`status: 'up'`). */
async function probeReady(url: string, connected: boolean): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) return false;
  if (!connected || !url.endsWith('/health/ready')) return true;
  return ((await res.json().catch(() => ({}))) as { status?: string }).status === 'up';
}

async function waitReady(url: string, timeoutMs: number, connected: boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await probeReady(url, connected)) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

const portOf = (base: number, name: string): number => (name === 'portal' ? base : base + SERVICES.findIndex((s) => s.name === name) + 1);

/**
 * Starts every service from the build (dist/) and the portal, each with its own port, database and
 * log file, and waits until the portal's /health says all are ready. Used by `npm start` and by the
 * end-to-end tests, so both run the platform the same way.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<RunningPlatform> {
  const base = options.basePort ?? 3000;
  const pg = options.pg ?? { host: '127.0.0.1', port: Number(process.env.PGPORT ?? 5433), user: 'postgres', password: 'postgres' };
  const logDir = options.logDir ?? join(ROOT, '.local', 'logs');
  mkdirSync(logDir, { recursive: true });
  const services = SERVICES.filter((s) => !options.only || options.only.includes(s.name));
  const urls: Record<string, string> = {};
  for (const s of services) urls[s.name] = `http://127.0.0.1:${portOf(base, s.name)}`;

  // A server already on one of our ports would answer our readiness probes in place of ours.
  for (const [name, url] of Object.entries(urls)) {
    const taken = await fetch(`${url}/health/live`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
    if (taken) throw new Error(`Port of ${name} (${url}) is already in use: stop what runs there first (npm start already running?)`);
  }

  const processes: RunningPlatform['processes'] = [];
  const envs = new Map<string, Record<string, string>>();
  const spawnService = (name: string): RunningPlatform['processes'][number] => {
    const logFile = join(logDir, `${name}.log`);
    const out = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, ['--enable-source-maps', distEntry(name)], { cwd: ROOT, env: envs.get(name), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
    return { name, child, logFile };
  };
  for (const s of services) {
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      NODE_ENV: process.env.NODE_ENV === 'test' ? 'test' : 'development',
      PORT: String(portOf(base, s.name)),
      HOST: '127.0.0.1',
      KAFKA_BROKERS: options.kafkaBrokers ?? process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
      KAFKA_TOPIC_PREFIX: options.topicPrefix ?? process.env.KAFKA_TOPIC_PREFIX ?? '',
      PUBLIC_BASE_URL: `http://localhost:${base}`,
      LOKET_URL: urls.loket ?? '',
      PROPOSALS_URL: urls.proposals ?? '',
      COMMENTS_URL: urls.comments ?? '',
      REVIEW_URL: urls.review ?? '',
      ...(options.env ?? {}),
    };
    if (s.database) {
      const db = options.databaseName ? options.databaseName(s.database) : s.database;
      env.DATABASE_URL = `postgres://${pg.user}:${pg.password}@${pg.host}:${pg.port}/${db}`;
    }
    envs.set(s.name, env);
    processes.push(spawnService(s.name));
  }
  const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

  const platform: RunningPlatform = {
    baseUrl: urls.portal,
    urls,
    processes,
    stop: async () => {
      await Promise.all(
        processes.map(
          ({ child }) =>
            new Promise<void>((resolve) => {
              if (exited(child)) return resolve();
              const force = setTimeout(() => child.kill('SIGKILL'), 10000);
              child.once('exit', () => {
                clearTimeout(force);
                resolve();
              });
              child.kill('SIGTERM');
            }),
        ),
      );
    },
    kill: async (name, signal = 'SIGKILL') => {
      const p = processes.find((x) => x.name === name)!;
      if (exited(p.child)) return;
      await new Promise<void>((resolve) => {
        p.child.once('exit', () => resolve());
        p.child.kill(signal);
      });
    },
    restart: async (name, waitFor = options.waitFor) => {
      const index = processes.findIndex((x) => x.name === name);
      if (!exited(processes[index].child)) throw new Error(`${name} is still running`);
      processes[index] = spawnService(name);
      const probe = name === 'portal' ? `${urls[name]}/health/live` : `${urls[name]}/health/ready`;
      if (!(await waitReady(probe, options.readyTimeoutMs ?? 90000, waitFor !== 'ready'))) throw new Error(`${name} did not come back; see ${processes[index].logFile}`);
    },
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 90000);
  for (;;) {
    const dead = processes.find((p) => p.child.exitCode !== null);
    if (dead) {
      await platform.stop();
      throw new Error(`${dead.name} exited with code ${dead.child.exitCode} while starting; see ${dead.logFile}`);
    }
    try {
      // Each service's own readiness; the portal's only says it can serve pages.
      const probes = Object.entries(urls).map(([name, u]) => (name === 'portal' ? `${u}/health/live` : `${u}/health/ready`));
      const results = await Promise.all(probes.map((u) => probeReady(u, options.waitFor !== 'ready')));
      if (results.every(Boolean)) return platform;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await platform.stop();
      throw new Error(`The platform was not ready within ${(options.readyTimeoutMs ?? 90000) / 1000} s; logs are in ${logDir}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
