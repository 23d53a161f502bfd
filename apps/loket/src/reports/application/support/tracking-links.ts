import { Injectable } from '@nestjs/common';
import { keyedHash } from '@pb/kernel';
import type { Tx } from '@pb/persistence';
import { LoketEnv } from '../../../config/loket.env';
import type { BarrierReportState } from '../../domain/barrier-report.aggregate';
import { ReporterLinkStore } from '../ports/reporter-link.store';
import { hashTrackingToken, newTrackingToken, trackingTokenMatches } from './tracking-token';

const DAY_MS = 86_400_000;
// Looked up when the reference is unknown, so that answer takes the same work as a wrong token.
const NO_REPORT = '00000000-0000-0000-0000-000000000000';

/** A link as it goes into a mail: the URL with the token, and until when it works. */
export interface IssuedLink {
  url: string;
  expiresAt: Date;
}

/**
 * The reporter's private links, each valid LOKET_TRACKING_LINK_TTL_DAYS. Two kinds open a report:
 * the report's own token (sent with the acknowledgement, renewed by "link kwijt"; its hash is on the
 * report) and the token of each later mail (a keyed hash in report_tracking_links, with its expiry).
 * "Link kwijt" renews the first and revokes all of the second.
 */
@Injectable()
export class TrackingLinks {
  constructor(
    private readonly env: LoketEnv,
    private readonly store: ReporterLinkStore,
  ) {}

  /** A new token for the report itself (acknowledgement, "link kwijt"). */
  issue(): { token: string; hash: string } {
    const token = newTrackingToken();
    return { token, hash: hashTrackingToken(token) };
  }

  /** A fresh link for one mail, stored as a keyed hash with its expiry. */
  async issueForMail(manager: Tx, report: { id: string; reference: string }, now: Date): Promise<IssuedLink> {
    const token = newTrackingToken();
    const expiresAt = this.expiresAt(now);
    await this.store.add(manager, { tokenHash: this.mailTokenHash(token), reportId: report.id, issuedAt: now, expiresAt });
    return { url: this.url(report.reference, token), expiresAt };
  }

  /**
   * Until when `token` opens this report, or null when it does not (now). Unknown report, wrong
   * token and expired token all say no after the same comparison and the same lookup, so the answer
   * (and its timing) tells nothing apart.
   */
  async opens(manager: Tx, report: Pick<BarrierReportState, 'id' | 'trackingTokenHash' | 'trackingTokenIssuedAt'> | undefined, token: string, now: Date): Promise<Date | null> {
    const own = trackingTokenMatches(report?.trackingTokenHash, token) && !!report ? this.expiresAt(report.trackingTokenIssuedAt) : null;
    const mailed = await this.store.validUntil(manager, report?.id ?? NO_REPORT, this.mailTokenHash(token), now);
    if (own && now.getTime() < own.getTime()) return own;
    return mailed;
  }

  revokeMailed(manager: Tx, reportId: string): Promise<void> {
    return this.store.revokeAll(manager, [reportId]);
  }

  expiresAt(issuedAt: Date): Date {
    return new Date(issuedAt.getTime() + this.env.LOKET_TRACKING_LINK_TTL_DAYS * DAY_MS);
  }

  url(reference: string, token: string): string {
    return `${this.portal}/meldingen/${reference}?token=${encodeURIComponent(token)}`;
  }

  /** The portal's "link kwijt" page for this report. */
  lostLinkUrl(reference: string): string {
    return `${this.portal}/meldingen/link-kwijt?referentie=${encodeURIComponent(reference)}`;
  }

  private get portal(): string {
    return this.env.PUBLIC_BASE_URL.replace(/\/$/, '');
  }

  private mailTokenHash(token: string): string {
    return keyedHash(this.env.PSEUDONYM_SECRET, 'tracking-token', token);
  }
}
