import { ApiProperty } from '@nestjs/swagger';
import { AMENDMENT_KINDS } from '@pb/contracts';
import { DECISIONS, EVIDENCE_TYPES } from '../../../domain/amendment';

/** The answers of the amendments API as OpenAPI schemas. */

export class AmendmentStatusDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['proposed', ...DECISIONS] })
  status!: string;
}

export class EvidenceViewDto {
  @ApiProperty({ enum: EVIDENCE_TYPES })
  type!: string;

  @ApiProperty()
  id!: string;
}

export class AmendmentViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: AMENDMENT_KINDS })
  kind!: string;

  @ApiProperty()
  themeCode!: string;

  @ApiProperty({ type: Number, nullable: true })
  actionIndex!: number | null;

  @ApiProperty({ type: String, nullable: true })
  text!: string | null;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: [EvidenceViewDto] })
  evidence!: EvidenceViewDto[];

  @ApiProperty({ enum: ['proposed', ...DECISIONS] })
  status!: string;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ format: 'date-time' })
  proposedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The strategy version it was asked for in.' })
  requestedInVersion!: string | null;
}

export class AmendmentListDto {
  @ApiProperty()
  year!: number;

  @ApiProperty({ type: [AmendmentViewDto] })
  items!: AmendmentViewDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}

export class RevisionRequestDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  year!: number;

  @ApiProperty({ example: '2018.0' })
  baseVersion!: string;

  @ApiProperty({ example: '2018.1' })
  newVersion!: string;

  @ApiProperty({ type: [String], description: 'The accepted amendments it carries.' })
  amendments!: string[];
}
