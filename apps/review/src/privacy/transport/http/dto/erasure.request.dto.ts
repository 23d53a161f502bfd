import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmailAddress } from '@pb/http';
import { IsOptional, IsUUID, Matches } from 'class-validator';

export class RequestErasureRequestDto {
  /** The address the person used anywhere on the platform (loket, consultations); compared trimmed and lower-cased. */
  @ApiProperty({ format: 'email', maxLength: 254 })
  @IsEmailAddress()
  email!: string;
}

export class ErasureParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class ListErasuresQueryDto {
  /** 1 to 100 (default 20). */
  @ApiPropertyOptional({ pattern: '^([1-9]\\d?|100)$' })
  @IsOptional()
  @Matches(/^([1-9]\d?|100)$/)
  limit?: string;

  @ApiPropertyOptional({ pattern: '^\\d{1,9}$' })
  @IsOptional()
  @Matches(/^\d{1,9}$/)
  offset?: string;
}
