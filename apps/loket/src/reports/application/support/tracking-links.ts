import { Injectable } from '@nestjs/common';
import { LoketEnv } from '../../../config/loket.env';
import type { BarrierReportState } from '../../domain/barrier-report.aggregate';
import { hashTrackingToken, newTrackingToken, trackingTokenMatches } from './tracking-token';

const DAY_MS = 86_400_000;

/** The reporter's private links: issued with an expiry (LOKET_TRACKING_LINK_TTL_DAYS), checked, renewed. */
@Injectable()
export class TrackingLinks {
  constructor(private readonly env: LoketEnv) {}

  issue(): { token: string; hash: string } {
    const token = newTrackingToken();
    return { token, hash: hashTrackingToken(token) };
  }

  /**
   * Whether `token` opens this report now. Unknown report, wrong token and expired token all say
   * no after the same hash comparison, so the answer (and its timing) tells nothing apart.
   */
  opens(report: Pick<BarrierReportState, 'trackingTokenHash' | 'trackingTokenIssuedAt'> | undefined, token: string, now: Date): boolean {
    const matches = trackingTokenMatches(report?.trackingTokenHash, token);
    return matches && !!report && now.getTime() < this.expiresAt(report.trackingTokenIssuedAt).getTime();
  }

  expiresAt(issuedAt: Date): Date {
    return new Date(issuedAt.getTime() + this.env.LOKET_TRACKING_LINK_TTL_DAYS * DAY_MS);
  }

  url(reference: string, token: string): string {
    return `${this.env.PUBLIC_BASE_URL.replace(/\/$/, '')}/meldingen/${reference}?token=${encodeURIComponent(token)}`;
  }
}
