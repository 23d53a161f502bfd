import { waitFor } from '@pb/testing';

export interface Mail {
  subject: string;
  text: string;
  to: { address: string }[];
}

const MAILDEV = process.env.MAILDEV_URL ?? 'http://127.0.0.1:1080';

/** Mails MailDev received for one address (tests use a unique address each). */
export async function mailsTo(address: string): Promise<Mail[]> {
  const res = await fetch(`${MAILDEV}/api/email`);
  const all = (await res.json()) as Mail[];
  return all.filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
}

export async function waitForMail(address: string, match: (m: Mail) => boolean = () => true): Promise<Mail> {
  const mails = await waitFor(() => mailsTo(address), (ms) => ms.some(match), { what: `a mail to ${address}`, timeoutMs: 20000, intervalMs: 250 });
  return mails.find(match)!;
}

export const tokenIn = (mail: Mail): string => {
  const m = /\/reacties\/bevestigen\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!m) throw new Error(`no confirmation link in: ${mail.text}`);
  return m[1];
};
