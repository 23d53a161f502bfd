import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The review's strategy changelog and diffs as OpenAPI schemas. */
export class ChangelogVersionDto {
  @ApiProperty({ example: '2018.1' })
  version!: string;

  @ApiProperty({ type: String, nullable: true })
  previousVersion!: string | null;

  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'The changes against the previous version.' })
  changes!: Record<string, unknown>[];
}

export class ChangelogDto {
  @ApiProperty({ type: [ChangelogVersionDto] })
  items!: ChangelogVersionDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}

export class TextChangeDto {
  @ApiProperty()
  from!: string;

  @ApiProperty()
  to!: string;
}

export class ThemeDiffDto {
  @ApiProperty()
  code!: string;

  @ApiProperty({ enum: ['added', 'removed', 'changed'] })
  change!: string;

  @ApiPropertyOptional({ type: TextChangeDto })
  title?: TextChangeDto;

  @ApiPropertyOptional({ type: TextChangeDto })
  ambition?: TextChangeDto;

  @ApiProperty({ type: [String] })
  actionsAdded!: string[];

  @ApiProperty({ type: [String] })
  actionsRemoved!: string[];
}

export class StrategyVersionsDiffDto {
  @ApiProperty()
  from!: string;

  @ApiProperty()
  to!: string;

  @ApiProperty({ type: [ThemeDiffDto] })
  themes!: ThemeDiffDto[];
}
