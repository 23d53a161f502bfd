import type { CompanySizeClass } from '@pb/contracts';
import type { Language } from '@pb/i18n';

/** "This is my barrier too": a company adds itself to a published register entry. */
export class EndorseBarrierCommand {
  constructor(
    readonly reference: string,
    readonly endorser: {
      company: { name: string; kvkNumber: string; sizeClass: CompanySizeClass };
      contact: { name: string; email: string };
    },
    /** The language of the form they used: their mails are written in it. */
    readonly language: Language = 'nl',
  ) {}
}
