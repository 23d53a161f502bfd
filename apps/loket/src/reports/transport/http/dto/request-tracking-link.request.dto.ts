import { ApiProperty } from '@nestjs/swagger';
import { IsEmailAddress } from '@pb/http';
import { IsDefined, IsString, Matches, MaxLength } from 'class-validator';
import { REPORT_REFERENCE_PATTERN } from '@pb/contracts';

/** "Link kwijt": the reference of the report and the e-mail address given with it. */
export class RequestTrackingLinkRequestDto {
  @ApiProperty({ example: 'LKT-2026-000123' })
  @IsDefined()
  @IsString()
  @MaxLength(20)
  @Matches(REPORT_REFERENCE_PATTERN, { context: { code: 'reference' } })
  reference!: string;

  @ApiProperty({ example: 'melder@example.nl' })
  @IsEmailAddress()
  email!: string;
}
