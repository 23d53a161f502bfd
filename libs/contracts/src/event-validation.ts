import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { compiledCheck } from './compiled-validation';
import { EventEnvelope } from './envelope';
import { IntegrationEventClass } from './integration-event';
import { installValidationMetadataCache } from './validation-metadata-cache';

installValidationMetadataCache();

export type EventValidationResult<P extends object> =
  | { ok: true; envelope: EventEnvelope<P> }
  | { ok: false; reason: string };

const flatten = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.keys(e.constraints ?? {}).map((c) => `${path}: ${c}`);
    return [...own, ...flatten(e.children ?? [], path)];
  });

/** Validates the envelope alone (before anything is known of the payload's type). */
export function validateEnvelope(raw: unknown): EventValidationResult<Record<string, unknown>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'envelope is not a JSON object' };
  }
  // The common case without class-validator's machinery (see compiledCheck); anything it does not
  // pass is decided, and explained, by class-validator below.
  if (compiledCheck(EventEnvelope)?.(raw)) return { ok: true, envelope: raw as EventEnvelope<Record<string, unknown>> };
  // The payload is checked here only for being an object; validatePayload transforms it with its
  // own class. Copying it through class-transformer here as well doubled the cost of a message.
  const { payload, ...rest } = raw as Record<string, unknown>;
  const envelope = plainToInstance(EventEnvelope, rest);
  if ('payload' in raw) envelope.payload = payload as Record<string, unknown>;
  const errors = flatten(validateSync(envelope, { forbidUnknownValues: true }));
  return errors.length
    ? { ok: false, reason: `invalid envelope: ${errors.join(', ')}` }
    : { ok: true, envelope: envelope as EventEnvelope<Record<string, unknown>> };
}

/**
 * Validates a payload against its event class. Unknown extra fields are tolerated (a tolerant
 * reader); declared fields must match their schema.
 */
export function validatePayload<P extends object>(
  cls: IntegrationEventClass<P>,
  envelope: EventEnvelope<Record<string, unknown>>,
): EventValidationResult<P> {
  // A payload that passes is handed on as the plain JSON it is: the compiled check only passes
  // classes whose instance would hold the same values (nested classes only, no conversions).
  if (compiledCheck(cls)?.(envelope.payload)) return { ok: true, envelope: envelope as unknown as EventEnvelope<P> };
  const payload = plainToInstance(cls, envelope.payload);
  const errors = flatten(validateSync(payload, { forbidUnknownValues: true }));
  if (errors.length) return { ok: false, reason: `invalid ${cls.type} v${cls.version} payload: ${errors.join(', ')}` };
  return { ok: true, envelope: { ...envelope, payload } as EventEnvelope<P> };
}
