import { IsIn, IsISO8601, IsString, IsUUID, Length } from 'class-validator';
import { Topics } from '../topics';

/** The languages a proposal is translated into (Dutch is the original). */
export const PROPOSAL_TRANSLATION_LANGUAGES = ['en'] as const;

/**
 * A coordinator entered or corrected a proposal's translation (issue 11 item 7). Carries only the
 * translated title: what other services name the proposal by (the comments service's mails to
 * respondents who wrote in English). The translated text stays in the proposals service. A later
 * event (by `translatedAt`) replaces an earlier one; a translation is never removed.
 */
export class ProposalTranslatedV1 {
  static readonly type = 'consultation.ProposalTranslated';
  static readonly version = 1;
  static readonly topic = Topics.proposals;
  static readonly description = "A proposal's translation into another language was entered or corrected: the translated title.";

  @IsUUID()
  proposalId!: string;

  @IsIn(PROPOSAL_TRANSLATION_LANGUAGES)
  lang!: (typeof PROPOSAL_TRANSLATION_LANGUAGES)[number];

  @IsString()
  @Length(1, 300)
  title!: string;

  @IsISO8601({ strict: true })
  translatedAt!: string;
}
