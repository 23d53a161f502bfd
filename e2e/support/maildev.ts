/** MailDev's REST API (GET /api/email), where the platform's local SMTP sink keeps every mail. */
export const MAILDEV_URL = process.env.MAILDEV_URL ?? process.env.E2E_MAILDEV_URL ?? 'http://127.0.0.1:1080';

export interface Mail {
  id: string;
  subject: string;
  text?: string;
  html?: string;
  to: { address: string }[];
  date?: string;
}

export async function mailsTo(address: string): Promise<Mail[]> {
  const res = await fetch(`${MAILDEV_URL}/api/email`);
  if (!res.ok) throw new Error(`MailDev answered ${res.status}`);
  const all = (await res.json()) as Mail[];
  return all.filter((m) => m.to?.some((t) => t.address.toLowerCase() === address.toLowerCase()));
}

/** Waits for a mail to the address that matches; mails go out through an outbox relay, so they lag a little. */
export async function waitForMail(address: string, match: (m: Mail) => boolean = () => true, timeoutMs = 60000): Promise<Mail> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailsTo(address)).find(match);
    if (found) return found;
    if (Date.now() > until) throw new Error(`no matching mail to ${address} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The first link in the mail that points at the given path prefix. */
export function linkIn(mail: Mail, pathPrefix: string): string {
  const body = `${mail.text ?? ''}\n${mail.html ?? ''}`;
  const re = new RegExp(`https?://[^\\s"'<>]*${pathPrefix.replace(/[/.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"'<>]*`);
  const m = re.exec(body);
  if (!m) throw new Error(`no link to ${pathPrefix} in mail "${mail.subject}"`);
  return m[0].replace(/&amp;/g, '&');
}
