import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { RequestContext } from './request-context';

/**
 * JSON logs (pino) with the current correlation id mixed into every line. Personal data is never
 * logged: log ids and references, not bodies.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const ctx = RequestContext.current();
      return ctx ? { correlationId: ctx.correlationId, causationId: ctx.causationId ?? undefined } : {};
    },
    redact: { paths: ['*.email', '*.phone', '*.name', 'contact', 'author', 'req.headers.authorization'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Nest's logger interface over pino, so framework messages come out as the same JSON lines. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
