import { execFileSync } from 'node:child_process';
import { ROOT } from './platform/services';
import { startPlatform } from './platform/launcher';

/** `npm start`: real Kafka, PostgreSQL and MailDev, a fresh build, every service and the portal. */
async function main(): Promise<void> {
  const step = (what: string) => process.stdout.write(`\n▸ ${what}\n`);
  step('Starting PostgreSQL, Kafka and MailDev (infra/local/up.sh)');
  execFileSync('bash', ['infra/local/up.sh'], { cwd: ROOT, stdio: 'inherit' });
  step('Building (npm run build)');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  step('Starting the services and the portal');
  const platform = await startPlatform();
  const lines = [
    '',
    'Permanent Beta is running.',
    '',
    `  Portal (open this)   ${platform.baseUrl.replace("127.0.0.1", "localhost")}`,
    `  Mail sent (MailDev)  http://127.0.0.1:1080`,
    `  API documents        ${platform.baseUrl}/api/loket/openapi.json (and /api/<service>/openapi.json)`,
    `  Health               ${platform.baseUrl}/health`,
    `  Staff token          npm run --silent token -- --role official --department EZ`,
    `  Logs                 .local/logs/<service>.log`,
    '',
    'Press Ctrl+C to stop the services (Kafka, PostgreSQL and MailDev keep running: npm run infra:down).',
    '',
  ];
  process.stdout.write(lines.join('\n'));
  const shutdown = async () => {
    process.stdout.write('\nStopping the services…\n');
    await platform.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  for (const p of platform.processes) {
    p.child.on('exit', (code, signal) => {
      if (signal !== 'SIGTERM') process.stderr.write(`${p.name} stopped (code ${code}, signal ${signal}); see ${p.logFile}\n`);
    });
  }
}

main().catch((err: Error) => {
  process.stderr.write(`\nnpm start failed: ${err.message}\n`);
  process.exit(1);
});
