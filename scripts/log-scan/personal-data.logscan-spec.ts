import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaughtMail, canariesFromMail, canariesFromSource, emptyCanaries, filesUnder, scanFiles } from './log-scan';

/**
 * Runs last in `npm test` (jest project `log-scan`), after the unit, integration and e2e tiers:
 * no log line written during the run may carry an e-mail address, a phone number, a tested name
 * or a mailed token. See log-scan.ts for where the canaries come from.
 */
const ROOT = join(__dirname, '..', '..');
const LOG_DIRS = [process.env.PB_TEST_LOG_DIR ?? join(ROOT, '.local', 'test-logs'), join(ROOT, 'test-artifacts', 'logs')];
const MAILDEV_URL = process.env.MAILDEV_URL ?? 'http://127.0.0.1:1080';
/** Specs, and every source of a test folder (factories, fixtures, support). */
const isTestSource = (path: string) => path.endsWith('.ts') && (/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) || /\/(test|e2e)\//.test(path));

describe('the logs of this test run', () => {
  it('carry no e-mail address, phone number, tested name or tracking token', async () => {
    const canaries = emptyCanaries();
    for (const file of ['apps', 'libs', 'e2e'].flatMap((d) => filesUnder(join(ROOT, d), () => true).filter(isTestSource))) {
      canariesFromSource(readFileSync(file, 'utf8'), canaries);
    }
    const res = await fetch(`${MAILDEV_URL}/api/email`);
    expect(res.status).toBe(200);
    const mails = (await res.json()) as CaughtMail[];
    for (const mail of mails) canariesFromMail(mail, canaries);

    const logs = LOG_DIRS.flatMap((dir) => filesUnder(dir, (name) => name.endsWith('.log')));
    const result = scanFiles(logs, canaries);
    const summary = `${result.lines} log lines in ${result.files} files scanned for ${canaries.emails.size} addresses, ${canaries.names.size} names, ${canaries.phones.size} phone numbers and ${canaries.tokens.size} tokens (from ${mails.length} mails): ${result.hits.length} hits`;
    console.log(summary);

    // A scan of nothing proves nothing: the tiers before this one must have logged and mailed.
    expect(result.files).toBeGreaterThan(0);
    expect(result.lines).toBeGreaterThan(100);
    expect(canaries.tokens.size).toBeGreaterThan(0);
    expect(canaries.names.size).toBeGreaterThan(0);
    const shown = result.hits.slice(0, 20).map((h) => `${h.file.replace(`${ROOT}/`, '')}:${h.line} ${h.kind} ${h.value}`);
    expect(shown).toEqual([]);
  });
});
