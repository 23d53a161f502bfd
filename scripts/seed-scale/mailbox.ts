/**
 * The seeded people's mailbox: MailDev's REST API, where the platform started by `npm start` sends
 * its mail. A respondent's response and a supporter's support count only once confirmed through the
 * link mailed to them, so the seed reads those links here, as a person would. Every seeded address
 * is on the run's own domain; the seed deletes the mails it has read and the other mails to that
 * domain (acknowledgements, notices), so MailDev stays small however large the seed — and never
 * touches anyone else's mail.
 */
interface SinkMail {
  id: string;
  text?: string;
  html?: string;
  to?: { address: string }[];
}

const LINK = /\/reacties\/bevestigen\?token=([A-Za-z0-9_-]+)/;

export class Mailbox {
  constructor(
    private readonly maildevUrl: string,
    readonly domain: string,
  ) {}

  private async ours(): Promise<SinkMail[]> {
    const res = await fetch(`${this.maildevUrl}/api/email`);
    if (!res.ok) throw new Error(`MailDev (${this.maildevUrl}) answered ${res.status}`);
    const suffix = `@${this.domain}`;
    return ((await res.json()) as SinkMail[]).filter((m) => m.to?.some((t) => t.address.toLowerCase().endsWith(suffix)));
  }

  /**
   * Waits until a confirmation link has arrived for every address in `wanted` (or the timeout ends)
   * and gives the tokens by address, with the ids of the mails they came in.
   */
  async confirmationLinks(wanted: ReadonlySet<string>, timeoutMs: number): Promise<{ tokens: Map<string, string>; mailIds: string[] }> {
    const tokens = new Map<string, string>();
    const mailIds: string[] = [];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const mail of await this.ours()) {
        const to = mail.to![0].address.toLowerCase();
        const token = LINK.exec(`${mail.text ?? ''}\n${mail.html ?? ''}`)?.[1];
        if (token && wanted.has(to) && !tokens.has(to)) {
          tokens.set(to, token);
          mailIds.push(mail.id);
        }
      }
      if (tokens.size >= wanted.size || Date.now() > deadline) return { tokens, mailIds };
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  async delete(ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      const res = await fetch(`${this.maildevUrl}/api/email/delete`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids: ids.slice(i, i + 500) }) });
      if (!res.ok) throw new Error(`MailDev refused to delete mails: ${res.status}`);
    }
  }

  /** Deletes every mail to the run's domain that holds no confirmation link still wanted. */
  async sweep(keep: ReadonlySet<string> = new Set()): Promise<number> {
    const ids = (await this.ours()).filter((m) => !keep.has(m.to![0].address.toLowerCase())).map((m) => m.id);
    await this.delete(ids);
    return ids.length;
  }
}
