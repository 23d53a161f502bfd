import { DomainError } from '@pb/kernel';

/**
 * Errors of the officials' desk (issue 10 item 8). Their texts are in the `desk` namespace of the
 * catalogue (owned by the desk), not in `errors`.
 */

/** Assigning a handler needs a triage (theme, priority, department) first: a report still in intake has none. */
export class NotTriagedYetError extends DomainError {
  readonly code = 'LOKET.NOT_TRIAGED_YET';
  readonly kind = 'conflict' as const;
  constructor() {
    super('desk:errors.not-triaged-yet');
  }
}

/** An official keeps a bounded number of saved queue filters. */
export class TooManySavedFiltersError extends DomainError {
  readonly code = 'LOKET.TOO_MANY_SAVED_FILTERS';
  readonly kind = 'invalid' as const;
  constructor(readonly max: number) {
    super('desk:errors.too-many-saved-filters', { max });
  }
}

/** Unknown, or another official's: the same 404 (one official does not learn of another's filters). */
export class SavedFilterNotFoundError extends DomainError {
  readonly code = 'LOKET.SAVED_FILTER_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('desk:errors.saved-filter-not-found');
  }
}

/** An official sees their own department's dashboard only; an official without a department none. */
export class DashboardNotAllowedError extends DomainError {
  readonly code = 'LOKET.DASHBOARD_NOT_ALLOWED';
  readonly kind = 'forbidden' as const;
  constructor() {
    super('desk:errors.dashboard-not-allowed');
  }
}
