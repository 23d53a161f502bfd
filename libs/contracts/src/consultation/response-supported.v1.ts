import { IsInt, IsISO8601, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { Topics } from '../topics';

/** A verified e-mail address supported a public response (once per address). */
export class ResponseSupportedV1 {
  static readonly type = 'consultation.ResponseSupported';
  static readonly version = 1;
  static readonly topic = Topics.comments;
  static readonly description = 'A response received support from a verified e-mail address (counted once per address).';

  @IsUUID()
  responseId!: string;

  @IsUUID()
  proposalId!: string;

  /** Pseudonym of the supporter (keyed hash of the e-mail address). */
  @IsString()
  @MaxLength(100)
  supporterId!: string;

  @IsInt()
  @Min(1)
  supportCount!: number;

  @IsISO8601({ strict: true })
  supportedAt!: string;
}
