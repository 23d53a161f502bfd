import { ApiProperty } from '@nestjs/swagger';

/** The answers of the review API as OpenAPI schemas (what the query handlers return). */

export class CompileProgressDto {
  @ApiProperty()
  step!: number;

  @ApiProperty()
  totalSteps!: number;

  @ApiProperty()
  percent!: number;
}

export class CompileJobDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] })
  status!: string;

  @ApiProperty({ type: CompileProgressDto })
  progress!: CompileProgressDto;

  @ApiProperty({ type: Number, nullable: true })
  revision!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'Where the compiled review is, once done.' })
  review!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class RevisionDto {
  @ApiProperty()
  revision!: number;

  @ApiProperty({ format: 'date-time' })
  compiledAt!: string;

  @ApiProperty({ example: '/api/review/years/2026?revision=1' })
  url!: string;
}

export class RevisionListDto {
  @ApiProperty()
  year!: number;

  @ApiProperty({ type: [RevisionDto] })
  items!: RevisionDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}

export class FigureDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  kind!: string;

  @ApiProperty({ type: Number, nullable: true })
  value!: number | null;

  @ApiProperty()
  year!: number;

  @ApiProperty()
  revision!: number;

  @ApiProperty()
  asOfPosition!: number;
}

export class FigureRecordsDto {
  @ApiProperty({ type: FigureDto })
  figure!: FigureDto;

  @ApiProperty({ description: 'How many records the figure counts (for a median or p90: the records of the distribution).' })
  total!: number;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'One object per record; the fields depend on the figure.' })
  items!: Record<string, unknown>[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}

/** The compiled review of a year; every number is a figure with a drill-down link. */
export class ReviewContentDto {
  @ApiProperty()
  year!: number;

  @ApiProperty()
  revision!: number;

  @ApiProperty({ format: 'date-time' })
  compiledAt!: string;

  @ApiProperty({ description: 'Ledger position the figures were read at.' })
  asOfPosition!: number;

  @ApiProperty({ type: String, nullable: true })
  strategyVersion!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Platform totals: each a figure `{ id, value, drillDown }`.' })
  totals!: Record<string, unknown>;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'One section per strategy theme.' })
  themes!: Record<string, unknown>[];
}
