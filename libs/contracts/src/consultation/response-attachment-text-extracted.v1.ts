import { Type } from 'class-transformer';
import { IsArray, IsIn, IsISO8601, IsUUID, ValidateNested } from 'class-validator';
import { CitedRegulationV1 } from '../cited-regulation';
import { Topics } from '../topics';

export const ATTACHMENT_KINDS_V1 = ['pdf', 'odt', 'docx'] as const;

/**
 * The text of a counted response's attachment (a position paper: PDF, ODT or DOCX) was read, and
 * these are the regulations it cites — found by the comments service with the regulation index (a
 * BWB id, or a law named with an article). Sent once per attachment, when both happened: the
 * response's address was confirmed and the text extracted (in either order). Ids and identifiers
 * only: the text and the file stay in the comments service. An attachment whose text could not be
 * read (encrypted, broken) is not announced.
 */
export class ResponseAttachmentTextExtractedV1 {
  static readonly type = 'consultation.ResponseAttachmentTextExtracted';
  static readonly version = 1;
  static readonly topic = Topics.comments;
  static readonly description =
    "A counted response's attachment was read: the response, the attachment and the regulations its text cites (BWB id and article); no text, no file name.";

  @IsUUID()
  responseId!: string;

  @IsUUID()
  proposalId!: string;

  @IsUUID()
  attachmentId!: string;

  @IsIn(ATTACHMENT_KINDS_V1)
  kind!: (typeof ATTACHMENT_KINDS_V1)[number];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CitedRegulationV1)
  citedRegulations!: CitedRegulationV1[];

  @IsISO8601({ strict: true })
  extractedAt!: string;
}
