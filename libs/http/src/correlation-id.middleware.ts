import { Injectable, NestMiddleware } from '@nestjs/common';
import { CORRELATION_HEADER, RequestContext, correlationIdFrom } from '@pb/observability';
import type { NextFunction, Request, Response } from 'express';

/** Takes the caller's correlation id (or makes one), echoes it, and runs the request inside it. */
@Injectable()
export class CorrelationIdMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
    res.setHeader(CORRELATION_HEADER, correlationId);
    RequestContext.run({ correlationId }, next);
  }
}
