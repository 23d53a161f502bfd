import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CursorValue, KeysetPage, PageRequest } from '@pb/kernel';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min, ValidateBy } from 'class-validator';
import type { Request } from 'express';

/**
 * The one way lists page over HTTP: `?limit=` (a default, and a maximum: more is a 400 with the field
 * named, never silently clamped, so a client learns the rule instead of missing rows) and `?cursor=`,
 * an opaque token taken from the previous answer's `next` link. Answers are `{ items, next }` where
 * `next` is the relative URL of the following page, or null on the last one.
 */

/** What each value of a list's sort key must look like once decoded; anything else is a bad cursor (400), never SQL. */
export type CursorKind = 'timestamp' | 'uuid' | 'int' | 'text';

export interface PageOptions {
  defaultLimit: number;
  maxLimit: number;
  /** The sort key the list continues after, value by value. */
  key: readonly CursorKind[];
}

export interface PageQuery {
  limit?: number;
  cursor?: string;
}

export interface PageResponse<T> {
  items: T[];
  next: string | null;
}

const KIND_PATTERNS: Record<CursorKind, (v: unknown) => boolean> = {
  // UTC with microseconds (`cursorTimestamp` in @pb/persistence): a JS Date would drop PostgreSQL's
  // microseconds and the next page would repeat or skip rows with the same millisecond.
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  text: (v) => typeof v === 'string' && v.length <= 500 && !v.includes('\u0000'),
};

export function encodeCursor(key: CursorValue[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The decoded key, or null when the token is not one this list hands out. */
export function decodeCursor(token: string, kinds: readonly CursorKind[]): CursorValue[] | null {
  if (typeof token !== 'string' || token.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== kinds.length) return null;
  return value.every((v, i) => KIND_PATTERNS[kinds[i]](v)) ? (value as CursorValue[]) : null;
}

/**
 * A query DTO with `limit` and `cursor` for a list with these options; a list with filters extends it
 * (`class ListXQueryDto extends PageQueryDto(X_PAGE) { ... }`).
 */
export function PageQueryDto(options: PageOptions) {
  class PageQueryDtoBase implements PageQuery {
    @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: options.maxLimit, default: options.defaultLimit, description: `Items per page (at most ${options.maxLimit}; more is a 400).` })
    @IsOptional()
    @Type(() => Number)
    // Listed last so it is checked first: 'ten' is reported as not a number, not as too big.
    @Max(options.maxLimit)
    @Min(1)
    @IsInt()
    limit?: number;

    @ApiPropertyOptional({ type: String, description: 'Opaque: copy it from the `next` link of the previous page.' })
    @IsOptional()
    @IsString()
    @ValidateBy({ name: 'isPageCursor', validator: { validate: (v: unknown) => typeof v === 'string' && decodeCursor(v, options.key) !== null } })
    cursor?: string;
  }
  return PageQueryDtoBase;
}

/** The validated query as the application layer takes it. */
export function pageRequest(query: PageQuery, options: PageOptions): PageRequest {
  return { limit: query.limit ?? options.defaultLimit, after: query.cursor ? decodeCursor(query.cursor, options.key) : null };
}

/** The link to the page after this one: the same path and filters, with the cursor replaced. */
export function nextLink(req: Pick<Request, 'originalUrl'>, nextKey: CursorValue[] | null): string | null {
  if (!nextKey) return null;
  const url = new URL(req.originalUrl, 'http://internal');
  url.searchParams.set('cursor', encodeCursor(nextKey));
  return `${url.pathname}${url.search}`;
}

export function pageResponse<T>(req: Pick<Request, 'originalUrl'>, page: KeysetPage<T>): PageResponse<T> {
  return { items: page.items, next: nextLink(req, page.nextKey) };
}
