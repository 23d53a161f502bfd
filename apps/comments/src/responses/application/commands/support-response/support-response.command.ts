export class SupportResponseCommand {
  constructor(
    readonly responseId: string,
    readonly email: string,
    /** The language of the page the supporter used, for the mail (null: not known, both languages). */
    readonly lang: 'nl' | 'en' | null = null,
  ) {}
}
