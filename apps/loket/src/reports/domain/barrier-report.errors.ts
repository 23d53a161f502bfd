import { DomainError } from '@pb/kernel';
import type { ReportStatus } from './report-status';

export class ReportNotFoundError extends DomainError {
  readonly code = 'LOKET.REPORT_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('Deze melding bestaat niet, of de link is niet (meer) geldig.', 'This report does not exist, or the link is not (or no longer) valid.');
  }
}

/**
 * The answer to a tracking link that does not open a report — unknown reference, wrong token or
 * expired token alike (the same 404, the same code as an unknown report), with the way out.
 */
export class TrackingLinkNotValidError extends DomainError {
  readonly code = 'LOKET.REPORT_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super(
      'Deze melding bestaat niet, of de link is niet (meer) geldig. Is uw link verlopen of kwijt? Vraag een nieuwe link aan via "Link kwijt?" (/meldingen/link-kwijt) met het kenmerk en uw e-mailadres.',
      'This report does not exist, or the link is not (or no longer) valid. Has your link expired or did you lose it? Request a new link through "Lost your link?" (/meldingen/link-kwijt) with the reference and your e-mail address.',
    );
  }
}

const statusNl: Record<ReportStatus, string> = {
  received: 'ontvangen',
  triaged: 'beoordeeld',
  in_progress: 'in behandeling',
  waiting_for_reporter: 'wacht op de melder',
  resolved: 'afgehandeld',
  duplicate: 'dubbel',
  rejected: 'niet ontvankelijk',
  // The domain may not read the catalogue (depcruise); these go with the error texts' conversion
  // to codes + parameters.
  reopened: 'heropend',
  closed: 'gesloten',
};

const actionText: Record<ReportAction, { nl: string; en: string }> = {
  triage: { nl: 'beoordelen (triage)', en: 'triage it' },
  start: { nl: 'in behandeling nemen', en: 'start handling it' },
  ask: { nl: 'de melder een vraag stellen', en: 'ask the reporter a question' },
  reply: { nl: 'een reactie van de melder toevoegen', en: 'add a reply from the reporter' },
  resolve: { nl: 'afhandelen met een uitkomst', en: 'resolve it with an outcome' },
  reject: { nl: 'niet ontvankelijk verklaren', en: 'declare it not admissible' },
  duplicate: { nl: 'als dubbel markeren', en: 'mark it as a duplicate' },
  // As above.
  satisfied: { nl: 'als geholpen afsluiten', en: 'close it as helped' },
  reopen: { nl: 'heropenen', en: 'reopen it' },
};

/** `satisfied` and `reopen` are the reporter's judgement of a resolved report's answer. */
export type ReportAction = 'triage' | 'start' | 'ask' | 'reply' | 'resolve' | 'reject' | 'duplicate' | 'satisfied' | 'reopen';

/** The state machine does not allow this action in the report's current status (409). */
export class TransitionNotAllowedError extends DomainError {
  readonly code = 'LOKET.TRANSITION_NOT_ALLOWED';
  readonly kind = 'conflict' as const;
  constructor(
    readonly status: ReportStatus,
    readonly action: ReportAction,
  ) {
    super(
      `Een melding met status "${statusNl[status]}" kunt u niet ${actionText[action].nl}.`,
      `A report with status "${status.replace(/_/g, ' ')}" cannot ${actionText[action].en}.`,
    );
  }
}

export class UnknownThemeError extends DomainError {
  readonly code = 'LOKET.UNKNOWN_THEME';
  readonly kind = 'invalid' as const;
  constructor(theme: string, version: string) {
    super(
      `Thema ${theme} bestaat niet in de huidige strategieversie ${version}.`,
      `Theme ${theme} does not exist in the current strategy version ${version}.`,
    );
  }
}

export class NoStrategyVersionError extends DomainError {
  readonly code = 'LOKET.NO_STRATEGY_VERSION';
  readonly kind = 'conflict' as const;
  constructor() {
    super(
      'Er is nog geen strategieversie bekend; beoordelen kan zodra die is gepubliceerd.',
      'No strategy version is known yet; triage is possible once one has been published.',
    );
  }
}

export class OriginalReportNotFoundError extends DomainError {
  readonly code = 'LOKET.ORIGINAL_NOT_FOUND';
  readonly kind = 'invalid' as const;
  constructor() {
    super('De oorspronkelijke melding bestaat niet.', 'The original report does not exist.');
  }
}

export class DuplicateOfItselfError extends DomainError {
  readonly code = 'LOKET.DUPLICATE_OF_ITSELF';
  readonly kind = 'invalid' as const;
  constructor() {
    super('Een melding kan geen dubbel van zichzelf zijn.', 'A report cannot be a duplicate of itself.');
  }
}

export class ReporterCannotWriteInternalNoteError extends DomainError {
  readonly code = 'LOKET.REPORTER_INTERNAL_NOTE';
  readonly kind = 'invalid' as const;
  constructor() {
    super('Als melder kunt u geen interne notitie maken; laat het veld "internal" weg.', 'As a reporter you cannot write an internal note; leave out the field "internal".');
  }
}

/** The front office (role intake) may declare a report not admissible, but not answer it on substance. */
export class OutcomeIsTheDepartmentsError extends DomainError {
  readonly code = 'LOKET.OUTCOME_IS_THE_DEPARTMENTS';
  readonly kind = 'forbidden' as const;
  constructor() {
    super(
      'Als intake kunt u een melding alleen niet ontvankelijk verklaren; de uitkomst geeft het ministerie waaraan de melding is toegewezen.',
      'As intake you can only declare a report not admissible; the outcome is given by the ministry the report is assigned to.',
    );
  }
}
