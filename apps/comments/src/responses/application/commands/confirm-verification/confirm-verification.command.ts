export class ConfirmVerificationCommand {
  constructor(readonly token: string) {}
}

export interface ConfirmVerificationResult {
  kind: 'response' | 'support';
  /** The response (for a support: the supported response). */
  responseId: string;
  proposalId: string;
  /** The response's status after confirming (for a support: the supported response's). */
  status: string;
  supportCount?: number;
}
