import { ApiProperty } from '@nestjs/swagger';
import { PageOptions, PageQueryDto } from '@pb/http';
import { Matches } from 'class-validator';

const VERSION = /^\d{4}\.\d+$/;

/** Oldest first, keyset on (publishedAt, version). */
export const CHANGELOG_PAGE: PageOptions = { defaultLimit: 20, maxLimit: 100, key: ['timestamp', 'text'] };

export class ChangelogQueryDto extends PageQueryDto(CHANGELOG_PAGE) {}

export class DiffParamsDto {
  @ApiProperty({ pattern: VERSION.source, example: '2018.0' })
  @Matches(VERSION)
  version!: string;

  @ApiProperty({ pattern: VERSION.source, example: '2018.1' })
  @Matches(VERSION)
  other!: string;
}
