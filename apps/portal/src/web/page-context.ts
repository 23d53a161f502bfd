import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal, StaffRole } from '@pb/auth';
import { type Language, type Translate, translatorFor } from '@pb/i18n';
import type { Request } from 'express';

/** What every page needs to know about the request: language, who is logged in, the CSRF token. */
export interface PageContext {
  lang: Language;
  /** A message of the catalogue (`namespace:key`, libs/i18n) in the page's language. */
  msg: Translate;
  principal?: Principal;
  /** The staff member's JWT, forwarded to the services as a bearer token. */
  accessToken?: string;
  csrfToken: string;
  /**
   * The idempotency key of the form this request posted, when it did: a page re-rendered after a
   * failed post carries the same key, so sending it again cannot make the thing twice.
   */
  postedIdempotencyKey?: string;
  /** Path and query of this request, for the language switch. */
  path: string;
  originalUrl: string;
  devLogin: boolean;
}

export type PageRequest = Request & { page: PageContext };

export function hasRole(ctx: PageContext, ...roles: StaffRole[]): boolean {
  const mine = ctx.principal?.roles ?? [];
  return mine.includes('admin') || roles.some((r) => mine.includes(r));
}

/** How a page reads text in its language: by key from the catalogue (libs/i18n), never as an inline pair. */
export function pageTexts(lang: Language): Pick<PageContext, 'msg'> {
  return { msg: translatorFor(lang) };
}

export const Page = createParamDecorator((_: unknown, ctx: ExecutionContext): PageContext => ctx.switchToHttp().getRequest<PageRequest>().page);
