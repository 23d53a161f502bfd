import { DomainError, type DomainFieldError } from '@pb/kernel';
import { domainErrorDetail, domainFieldErrors } from './error-messages';
import { problem } from './problem';

class ClosedError extends DomainError {
  readonly code = 'TEST.CLOSED';
  readonly kind = 'conflict' as const;
  constructor(at: Date) {
    super('errors:comments.consultation-closed', { at });
  }
}

class RefusedTransition extends DomainError {
  readonly code = 'TEST.TRANSITION';
  readonly kind = 'conflict' as const;
  constructor() {
    super('errors:loket.transition-not-allowed', { status: { key: 'errors:loket.report-status.waiting_for_reporter' }, action: { key: 'errors:loket.report-action.ask' } });
  }
}

class RejectedImport extends DomainError {
  readonly code = 'TEST.IMPORT';
  readonly kind = 'invalid' as const;
  constructor(override readonly fieldErrors: DomainFieldError[]) {
    super('errors:review.indicator-import-rejected', { count: fieldErrors.length });
  }
}

describe('a domain error written out at the edge', () => {
  it('carries a key and parameters, not a text, and is written in the reader\'s language', () => {
    const err = new ClosedError(new Date('2026-12-01T15:30:00Z'));
    expect(err.message).toBe('errors:comments.consultation-closed');
    expect(domainErrorDetail(err, 'nl')).toBe('De consultatie is gesloten sinds 1 december 2026 om 16:30:00. Reageren kan niet meer.');
    expect(domainErrorDetail(err, 'en')).toBe('The consultation closed at 1 December 2026 at 16:30:00. Responses are no longer accepted.');
  });

  it('translates a term named by its key before it fills it in', () => {
    expect(domainErrorDetail(new RefusedTransition(), 'nl')).toBe('Een melding met status "wacht op de melder" kunt u niet de melder een vraag stellen.');
    expect(domainErrorDetail(new RefusedTransition(), 'en')).toBe('A report with status "waiting for reporter" cannot ask the reporter a question.');
  });

  it('chooses the plural form by count and writes every field error', () => {
    const one = new RejectedImport([{ field: 'row 2.value', key: 'errors:review.indicator-row.not-a-number', params: { line: 2, value: 'x' } }]);
    expect(domainErrorDetail(one, 'nl')).toBe('Het bestand is niet ingelezen: 1 regel klopt niet. Er is niets opgeslagen.');
    expect(domainFieldErrors(one, 'en')).toEqual([{ field: 'row 2.value', message: "Row 2: 'x' is not a number." }]);
    const two = new RejectedImport([
      { field: 'row 2.value', key: 'errors:review.indicator-row.not-a-number', params: { line: 2, value: 'x' } },
      { field: 'row 3.Perioden', key: 'errors:review.indicator-row.period-twice', params: { line: 3, period: '2019', earlier: 2 } },
    ]);
    expect(domainErrorDetail(two, 'en')).toBe('The file was not imported: 2 rows are wrong. Nothing was saved.');
    expect(domainFieldErrors(two, 'nl')[1]).toEqual({ field: 'row 3.Perioden', message: 'Regel 3: periode 2019 staat ook op regel 2.' });
  });
});

describe('problem titles and details by status', () => {
  it('reads a status without its own text as the nearest general one', () => {
    expect(problem(409, 'nl')).toMatchObject({ title: 'Conflict met de huidige toestand', detail: 'Het verzoek is niet geldig.' });
    expect(problem(418, 'en')).toMatchObject({ title: 'Invalid input', detail: 'The request is not valid.' });
    expect(problem(507, 'en')).toMatchObject({ title: 'Something went wrong', detail: 'Something went wrong on our side. Your input is not lost; please try again.' });
  });
});
