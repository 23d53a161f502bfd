import { ApiProperty } from '@nestjs/swagger';
import { ERASURE_SERVICES } from '@pb/contracts';

/**
 * The answers of the erasure routes as OpenAPI schemas (what GetErasureQuery and ListErasuresQuery
 * return), so schemathesis can check them. No address: the request keeps only its keyed hash.
 */
const STATUSES = ['pending', 'completed'];

export class ServiceErasureDto {
  @ApiProperty({ enum: ERASURE_SERVICES })
  service!: string;

  @ApiProperty({ enum: STATUSES })
  status!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    nullable: true,
    description: 'What the service erased, counted per kind; null until it has answered.',
    example: { reporters: 1, mails: 3 },
  })
  erased!: Record<string, number> | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  answeredAt!: string | null;
}

export class ErasureDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: STATUSES, description: '`completed` once every service that holds personal data has answered.' })
  status!: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;

  @ApiProperty({ description: 'The admin who asked (the token’s `sub`).' })
  requestedBy!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt!: string | null;

  @ApiProperty({ type: [ServiceErasureDto] })
  services!: ServiceErasureDto[];
}

export class ErasureSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: STATUSES })
  status!: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt!: string | null;
}

export class ErasureListDto {
  @ApiProperty({ type: [ErasureSummaryDto], description: 'The most recent first.' })
  items!: ErasureSummaryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page, or null on the last.', example: '/api/privacy/erasures?limit=20&offset=20' })
  next!: string | null;
}
