import type { CompanySizeClass, Technology } from '@pb/contracts';
import type { Language } from '@pb/i18n';

export class SubmitReportCommand {
  constructor(
    readonly report: {
      title: string;
      description: string;
      regulation: { name: string; article?: string; bwbId?: string };
      technology: Technology;
      sector: string;
      impact?: string;
      suggestedSolution?: string;
      company: { name: string; kvkNumber: string; sizeClass: CompanySizeClass };
      contact: { name: string; email: string; phone?: string };
      consent: { contact: boolean; publish: boolean };
    },
    /** The language of the form they used: their mails are written in it. */
    readonly language: Language = 'nl',
  ) {}
}

export interface SubmitReportResult {
  reference: string;
  status: string;
  /** Returned to the caller only so tests and the portal can show it; it also goes by e-mail. */
  trackingToken: string;
}
