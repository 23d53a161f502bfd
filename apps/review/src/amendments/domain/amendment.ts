import { AMENDMENT_KINDS, AmendmentKind } from '@pb/contracts/vocabulary';
import { AmendmentAlreadyDecidedError, InvalidAmendmentError } from './amendment.errors';

export const EVIDENCE_TYPES = ['barrier-cluster', 'barrier-report', 'consultation', 'response'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const DECISIONS = ['accepted', 'declined'] as const;
export type Decision = (typeof DECISIONS)[number];
export { AMENDMENT_KINDS };

export interface AmendmentProposal {
  kind: AmendmentKind;
  themeCode: string;
  actionIndex?: number;
  text?: string;
  summary: string;
  evidence: { type: EvidenceType; id: string }[];
}

/** The rules of a proposed amendment against the theme as it stands in the current strategy version. */
export function checkProposal(p: AmendmentProposal, theme: { actions: string[] }): void {
  const needsIndex = p.kind === 'change-action' || p.kind === 'retire-action';
  const needsText = p.kind !== 'retire-action';
  if (needsIndex && (p.actionIndex === undefined || p.actionIndex >= theme.actions.length)) {
    throw new InvalidAmendmentError('errors:review.amendment-action-unknown', { kind: p.kind, actions: theme.actions.length });
  }
  if (!needsIndex && p.actionIndex !== undefined) {
    throw new InvalidAmendmentError('errors:review.amendment-action-not-taken', { kind: p.kind });
  }
  if (needsText && !p.text?.trim()) {
    throw new InvalidAmendmentError('errors:review.amendment-text-missing', { kind: p.kind });
  }
}

/** Only a proposed amendment can be decided, once. */
export function checkDecision(status: string): void {
  if (status !== 'proposed') throw new AmendmentAlreadyDecidedError(status);
}

/** The next version after the review of `year`: `<year + 1>.0`, or the next free minor number. */
export function nextStrategyVersion(year: number, taken: Set<string>): string {
  for (let minor = 0; ; minor++) {
    const candidate = `${year + 1}.${minor}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export type AmendmentStatus = 'proposed' | Decision;

export interface AmendmentProps {
  id: string;
  year: number;
  proposal: AmendmentProposal;
  proposedBy: string;
  proposedAt: Date;
  status: AmendmentStatus;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** The strategy revision request it was asked for in, once asked. */
  revisionRequestId: string | null;
}

/** A proposed change to the strategy, made in a year's review on evidence, decided once by a coordinator. */
export class Amendment {
  private constructor(private readonly props: AmendmentProps) {}

  /** Checks the proposal against the theme as it stands in the current strategy version. */
  static propose(args: { id: string; year: number; proposal: AmendmentProposal; theme: { actions: string[] }; by: string; at: Date }): Amendment {
    checkProposal(args.proposal, args.theme);
    return new Amendment({
      id: args.id,
      year: args.year,
      proposal: args.proposal,
      proposedBy: args.by,
      proposedAt: args.at,
      status: 'proposed',
      reason: null,
      decidedBy: null,
      decidedAt: null,
      revisionRequestId: null,
    });
  }

  /** From storage: no rules run. */
  static restore(props: AmendmentProps): Amendment {
    return new Amendment({ ...props });
  }

  get id(): string {
    return this.props.id;
  }

  get status(): AmendmentStatus {
    return this.props.status;
  }

  decide(decision: Decision, reason: string, by: string, at: Date): void {
    checkDecision(this.props.status);
    Object.assign(this.props, { status: decision, reason, decidedBy: by, decidedAt: at });
  }

  toProps(): Readonly<AmendmentProps> {
    return { ...this.props };
  }
}
