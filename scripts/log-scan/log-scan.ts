import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The scan for personal data in logs that closes `npm test`: every log line the code under test
 * wrote (unit and integration tiers through libs/testing's testLogger, the e2e platform's service
 * logs) is searched for what must never be logged — e-mail addresses, phone numbers, the names
 * the tests typed into forms, and the tracking and verification tokens the platform mailed.
 *
 * The canaries come from two places, so that the scan looks for what really passed through the
 * system rather than for a list someone keeps by hand: the mails MailDev caught during the run
 * (recipients, their names, every token in a link), and the person-shaped literals of the test
 * sources (`name: 'Anna de Vries'`, `phone: '+31 6 12345678'`, e-mail literals).
 */

export interface Canaries {
  emails: Set<string>;
  names: Set<string>;
  phones: Set<string>;
  tokens: Set<string>;
}

export interface Hit {
  file: string;
  line: number;
  kind: 'email' | 'name' | 'phone' | 'token';
  value: string;
}

export const emptyCanaries = (): Canaries => ({ emails: new Set(), names: new Set(), phones: new Set(), tokens: new Set() });

/** The platform's own sender addresses are not personal data. */
const OWN_DOMAINS = /@permanentbeta\.(localhost|nl)$/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** Dutch numbers in international form, as a person types them (+31 6 12345678, +31-20-0000134). */
const INTERNATIONAL_PHONE = /\+31[\s-]?\d(?:[\s-]?\d){7,9}/g;
/** Candidate digit runs in a line, compared with the tests' phone numbers digit by digit. */
const DIGIT_RUN = /\+?\d[\d\s-]{7,}\d/g;
const TOKEN_IN_LINK = /[?&]token=([A-Za-z0-9_-]{16,})/g;
/** A person's name: two or more words, capitalised or a Dutch particle (de, van, der, ...). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?: (?:van|de|der|den|ter|te|ten|het|in|op|\p{Lu}[\p{L}'’-]+))*(?: \p{Lu}[\p{L}'’-]+)$/u;
const NAME_LITERAL = /\b(?:name|author|contactName|fullName)\s*:\s*'([^'\n]{3,60})'/g;
const PHONE_LITERAL = /\bphone\s*:\s*'([^'\n]{6,30})'/g;

const digits = (s: string): string => s.replace(/\D/g, '');

export function addEmail(c: Canaries, email: string): void {
  const e = email.trim().toLowerCase();
  if (e && !OWN_DOMAINS.test(e)) c.emails.add(e);
}

/** Person-shaped literals of a test source file. */
export function canariesFromSource(text: string, c: Canaries = emptyCanaries()): Canaries {
  for (const m of text.matchAll(NAME_LITERAL)) if (PERSON_NAME.test(m[1])) c.names.add(m[1]);
  for (const m of text.matchAll(PHONE_LITERAL)) if (digits(m[1]).length >= 8) c.phones.add(digits(m[1]));
  for (const m of text.matchAll(EMAIL)) addEmail(c, m[0]);
  return c;
}

/** A mail as MailDev's REST API returns it (GET /api/email). */
export interface CaughtMail {
  to?: { address?: string; name?: string }[];
  text?: string;
  html?: string;
}

export function canariesFromMail(mail: CaughtMail, c: Canaries = emptyCanaries()): Canaries {
  for (const to of mail.to ?? []) {
    if (to.address) addEmail(c, to.address);
    if (to.name && PERSON_NAME.test(to.name.trim())) c.names.add(to.name.trim());
  }
  for (const body of [mail.text ?? '', mail.html ?? '']) {
    for (const m of body.replace(/&amp;/g, '&').matchAll(TOKEN_IN_LINK)) c.tokens.add(m[1]);
  }
  return c;
}

/** Every hit of one log line. A line is searched as text: structure does not hide a value. */
export function scanLine(line: string, c: Canaries): { kind: Hit['kind']; value: string }[] {
  const hits: { kind: Hit['kind']; value: string }[] = [];
  const lower = line.toLowerCase();
  for (const m of line.matchAll(EMAIL)) if (!OWN_DOMAINS.test(m[0])) hits.push({ kind: 'email', value: m[0] });
  for (const m of line.matchAll(INTERNATIONAL_PHONE)) hits.push({ kind: 'phone', value: m[0] });
  if (c.phones.size) {
    for (const m of line.matchAll(DIGIT_RUN)) if (c.phones.has(digits(m[0]))) hits.push({ kind: 'phone', value: m[0] });
  }
  for (const name of c.names) if (line.includes(name)) hits.push({ kind: 'name', value: name });
  for (const token of c.tokens) if (line.includes(token)) hits.push({ kind: 'token', value: `${token.slice(0, 6)}…` });
  // Canary addresses in another spelling (upper case, inside a longer string) are still addresses.
  for (const email of c.emails) if (lower.includes(email) && !hits.some((h) => h.kind === 'email')) hits.push({ kind: 'email', value: email });
  return hits;
}

export interface ScanResult {
  files: number;
  lines: number;
  hits: Hit[];
}

export function scanFiles(files: string[], c: Canaries): ScanResult {
  const result: ScanResult = { files: 0, lines: 0, hits: [] };
  for (const file of files) {
    result.files++;
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line) return;
      result.lines++;
      for (const h of scanLine(line, c)) result.hits.push({ file, line: i + 1, ...h });
    });
  }
  return result;
}

/** Every file under `dir` (recursively) whose name passes `accept`. */
export function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== 'node_modules' && entry !== 'dist' && !entry.startsWith('.')) out.push(...filesUnder(path, accept));
    } else if (accept(entry)) out.push(path);
  }
  return out;
}
