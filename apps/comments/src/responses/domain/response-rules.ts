import type { ModerationMode, ResponseStatus } from '@pb/contracts/vocabulary';

export interface ConsultationWindow {
  opensAt: Date;
  closesAt: Date;
}

/**
 * Is a consultation accepting responses at `at`? Both ends count: from the opening second up to
 * and including the closing second (closesAt 23:59:59 accepts 23:59:59.999, refuses 00:00:00).
 */
export function isOpenAt(window: ConsultationWindow, at: Date): boolean {
  return window.opensAt.getTime() <= at.getTime() && at.getTime() < window.closesAt.getTime() + 1000 - (window.closesAt.getTime() % 1000);
}

/** Where a response goes once its author confirmed the e-mail address. */
export function statusAfterVerification(moderation: ModerationMode): ResponseStatus {
  return moderation === 'pre' ? 'pending-moderation' : 'published';
}

/** Can the public see it? Only published public responses whose parent (if any) they can see too. */
export function isPubliclyVisible(r: { status: ResponseStatus; isPublic: boolean }): boolean {
  return r.status === 'published' && r.isPublic;
}
