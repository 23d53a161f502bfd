import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { DomainError, DomainErrorKind } from '@pb/kernel';
import { RequestContext } from '@pb/observability';
import { isDatabaseUnavailable } from '@pb/persistence';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { Language, languageOf } from './language';
import { PROBLEM_CONTENT_TYPE, Problem, problem } from './problem';
import { BodyNotAnObjectException, RequestValidationException, toFieldErrors } from './request-validation';

const statusByKind: Record<DomainErrorKind, number> = { 'not-found': 404, conflict: 409, invalid: 422, forbidden: 403 };

const bodyParserDetails: Record<string, { nl: string; en: string }> = {
  'entity.parse.failed': { nl: 'De inhoud is geen geldige JSON.', en: 'The body is not valid JSON.' },
  'entity.too.large': { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  'encoding.unsupported': { nl: 'Stuur de inhoud in UTF-8.', en: 'Send the body in UTF-8.' },
  'charset.unsupported': { nl: 'Stuur de inhoud in UTF-8.', en: 'Send the body in UTF-8.' },
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
      return problem(400, lang, {
        detail: lang === 'nl' ? `Controleer ${errors.length === 1 ? 'het gemarkeerde veld' : `de ${errors.length} gemarkeerde velden`}.` : `Check the ${errors.length === 1 ? 'marked field' : `${errors.length} marked fields`}.`,
        errors,
      });
    }
    if (exception instanceof BodyNotAnObjectException) {
      return problem(400, lang, {
        detail:
          lang === 'nl'
            ? 'Stuur de gegevens als één JSON-object ({ … }), niet als lijst, tekst, getal of null.'
            : 'Send the data as one JSON object ({ … }), not as a list, text, number or null.',
      });
    }
    if (exception instanceof DomainError) {
      const errors = exception.fieldErrors?.map((e) => ({ field: e.field, message: lang === 'nl' ? e.messageNl : e.messageEn }));
      return problem(statusByKind[exception.kind], lang, { code: exception.code, detail: lang === 'nl' ? exception.messageNl : exception.messageEn, ...(errors?.length ? { errors } : {}) });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) this.logger.error({ err: exception.message }, 'http exception');
      return problem(status, lang);
    }
    const parserError = exception as { status?: number; type?: string };
    if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
      const known = parserError.type ? bodyParserDetails[parserError.type] : undefined;
      return problem(parserError.status, lang, known ? { detail: known[lang] } : {});
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
