import { ApiProperty } from '@nestjs/swagger';

/** The open data catalogue as an OpenAPI schema. */
export class ColumnDto {
  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ['string', 'integer', 'boolean', 'date', 'datetime'] })
  type!: string;

  @ApiProperty()
  description!: string;
}

export class DatasetSchemaDto {
  @ApiProperty({ type: [ColumnDto] })
  columns!: ColumnDto[];
}

export class DatasetDto {
  @ApiProperty({ example: 'barrier-reports' })
  name!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ example: '/api/review/open-data/barrier-reports.csv' })
  url!: string;

  @ApiProperty({ type: DatasetSchemaDto })
  schema!: DatasetSchemaDto;
}
