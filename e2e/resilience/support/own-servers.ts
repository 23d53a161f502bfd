import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ROOT } from '../../../scripts/platform/services';

/**
 * A PostgreSQL and a single-node Kafka of the test's own, on ports of its own, with state under
 * `.local/faults-<port base>/`: a fault test stops and restarts them, which it must never do to the
 * shared servers every other test (and every other checkout on the machine) is using. Started by
 * the same scripts as the shared ones (infra/local), with their port and state-folder overrides.
 */
export class OwnServers {
  readonly pgPort: number;
  readonly kafkaPort: number;
  readonly dir: string;
  readonly databases = ['loket', 'proposals', 'comments', 'review'];

  constructor(portBase: number) {
    this.pgPort = portBase + 2062; // 3100 → 5162
    this.kafkaPort = portBase + 6060; // 3100 → 9160 (controller 9161)
    this.dir = join(ROOT, '.local', `faults-${portBase}`);
  }

  get kafkaBrokers(): string {
    return `127.0.0.1:${this.kafkaPort}`;
  }

  get pg(): { host: string; port: number; user: string; password: string } {
    return { host: '127.0.0.1', port: this.pgPort, user: 'postgres', password: 'postgres' };
  }

  private run(script: string, command: string): void {
    mkdirSync(this.dir, { recursive: true });
    // The jars the shared broker's start already resolved, when there are any (else Maven, once).
    const jars = join(ROOT, '.local', 'kafka', 'libs');
    execFileSync('bash', [`infra/local/${script}`, command], {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 180000,
      env: {
        ...process.env,
        PB_LOCAL_DIR: this.dir,
        PGPORT: String(this.pgPort),
        PB_DATABASES: this.databases.join(' '),
        KAFKA_PORT: String(this.kafkaPort),
        KAFKA_CONTROLLER_PORT: String(this.kafkaPort + 1),
        KAFKA_HEAP: '256m',
        ...(existsSync(join(jars, '.pom.sha256')) ? { KAFKA_LIBS_DIR: jars } : {}),
      },
    });
  }

  startPostgres(): void {
    this.run('postgres.sh', 'start');
  }
  stopPostgres(): void {
    this.run('postgres.sh', 'stop');
  }
  startKafka(): void {
    this.run('kafka.sh', 'start');
  }
  stopKafka(): void {
    this.run('kafka.sh', 'stop');
  }

  /** Empty databases (the cluster's folder is kept between runs; its data is not). */
  async freshDatabases(): Promise<void> {
    const admin = new Client({ ...this.pg, database: 'postgres' });
    await admin.connect();
    try {
      for (const name of this.databases) {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${name}"`);
      }
    } finally {
      await admin.end();
    }
  }

  async query<T>(database: string, sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ ...this.pg, database, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }
}
