import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { translatorFor } from '@pb/i18n';
import { DomainError, DomainErrorKind } from '@pb/kernel';
import { RequestContext } from '@pb/observability';
import { isDatabaseUnavailable } from '@pb/persistence';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { domainErrorDetail, domainFieldErrors } from './error-messages';
import { Language, languageOf } from './language';
import { PROBLEM_CONTENT_TYPE, Problem, problem } from './problem';
import { BodyNotAnObjectException, RequestValidationException, toFieldErrors } from './request-validation';

const statusByKind: Record<DomainErrorKind, number> = { 'not-found': 404, conflict: 409, invalid: 422, forbidden: 403, 'too-large': 413, unsupported: 415 };

/** The HTTP status a domain error of this kind answers with (also per item of a bulk answer). */
export const httpStatusOf = (kind: DomainErrorKind): number => statusByKind[kind];

// body-parser's refusals by type; the two charset refusals share a message.
const bodyParserDetails: Record<string, string> = {
  'entity.parse.failed': 'errors:request.body.parse-failed',
  'entity.too.large': 'errors:request.body.too-large',
  'encoding.unsupported': 'errors:request.body.not-utf8',
  'charset.unsupported': 'errors:request.body.not-utf8',
};

/**
 * The one mapping from errors to problem+json (RFC 9457). Nothing internal — stack, SQL, class
 * names — leaves the process; unexpected errors are logged with the correlation id the client sees.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const lang = languageOf(req.headers['accept-language']);
    const body = { ...this.toProblem(exception, lang), correlationId: RequestContext.current()?.correlationId, instance: req.originalUrl?.split('?')[0] };
    if (res.headersSent) return;
    if (body.status === 503) res.setHeader('Retry-After', '5');
    res.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(exception: unknown, lang: Language): Problem {
    if (exception instanceof RequestValidationException) {
      const errors = toFieldErrors(exception.validationErrors, lang);
      return problem(400, lang, { detail: translatorFor(lang)('errors:request.marked-fields', { count: errors.length }), errors });
    }
    if (exception instanceof BodyNotAnObjectException) {
      return problem(400, lang, { detail: translatorFor(lang)('errors:request.not-an-object') });
    }
    if (exception instanceof DomainError) {
      const errors = domainFieldErrors(exception, lang);
      return problem(httpStatusOf(exception.kind), lang, { code: exception.code, detail: domainErrorDetail(exception, lang), ...(errors.length ? { errors } : {}) });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) this.logger.error({ err: exception.message }, 'http exception');
      return problem(status, lang);
    }
    const parserError = exception as { status?: number; type?: string };
    if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
      const known = parserError.type ? bodyParserDetails[parserError.type] : undefined;
      return problem(parserError.status, lang, known ? { detail: translatorFor(lang)(known) } : {});
    }
    const err = exception as Error;
    if (isDatabaseUnavailable(exception)) {
      // Not this request's fault and not a bug: the database is restarting, away or overloaded.
      this.logger.warn({ err: err?.message, code: (exception as { code?: string }).code }, 'database unavailable; answered 503');
      return problem(503, lang, { code: 'database.unavailable' });
    }
    this.logger.error({ err: err?.message, stack: err?.stack }, 'unhandled error');
    return problem(500, lang);
  }
}
