import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { ValidationError, getMetadataStorage } from 'class-validator';
import type { Language } from './language';
import { FieldError } from './problem';
import { FREE_TEXT } from './text-rules';
import { validationMessage } from './validation-messages';

/** Carries class-validator's errors to the problem filter, which knows the request's language. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly validationErrors: ValidationError[]) {
    super('Request validation failed');
  }
}

function constraintArgs(target: object | undefined, property: string, constraint: string): unknown[] {
  if (!target) return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const meta = metas.find((m) => m.propertyName === property && (m.name === constraint || m.constraintCls?.name?.toLowerCase() === constraint.toLowerCase()));
  return meta?.constraints ?? [];
}

/** Flattens nested errors to one entry per field, with dotted paths (`company.kvkNumber`, `answers.0.answer`). */
export function toFieldErrors(errors: ValidationError[], lang: Language, prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {});
    // One message per field: the first failed constraint is the one to fix first.
    const first = own.find((c) => c !== 'nestedValidation') ?? own[0];
    const mine: FieldError[] = first
      ? [{ field, message: validationMessage(first, constraintArgs(error.target, error.property, first), lang, (error.contexts?.[first] as { code?: string } | undefined)?.code) }]
      : [];
    return [...mine, ...toFieldErrors(error.children ?? [], lang, field)];
  });
}

/**
 * A body that is JSON but not an object (a list, text, a number, true/false or null). class-validator
 * would validate a list element by element against the DTO's metadata and name fields `0`, `1`, …;
 * the request is simply of the wrong shape, so it gets one clear answer before validation.
 */
export class BodyNotAnObjectException extends BadRequestException {
  constructor(readonly received: string) {
    super('Request body is not a JSON object');
  }
}

const shapeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

const isPlainObject = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * The strings of a body or query, anywhere in it, that are not free text (`FREE_TEXT`): a NUL
 * character, another control character, a lone surrogate or U+FFFD. No person types them, and
 * PostgreSQL refuses a NUL in text, so one that slipped past a field's own rules reached the
 * database and answered 500 (schemathesis found it in an admin's answer template). One rule for
 * every field of every DTO, rather than a decorator each field must remember.
 */
function unreadableText(value: unknown, path: string, found: string[], depth = 0): string[] {
  if (typeof value === 'string') {
    if (!FREE_TEXT.test(value)) found.push(path);
  } else if (depth < 32 && (Array.isArray(value) || isPlainObject(value))) {
    // Parsed JSON, form fields and query strings only: an uploaded file's bytes (a Buffer) are not text.
    for (const [key, member] of Object.entries(value as object)) unreadableText(member, path ? `${path}.${key}` : key, found, depth + 1);
  }
  return found;
}

/** One class-validator error per path, shaped like a failed `@Matches(FREE_TEXT, { context: { code: 'text' } })`. */
const textError = (path: string): ValidationError =>
  Object.assign(new ValidationError(), { property: path, constraints: { matches: 'text' }, contexts: { matches: { code: 'text' } }, children: [] });

/**
 * The platform's validation pipe: refuses a non-object body, then validates with class-validator
 * and refuses unreadable text in any field, each field answered once (the DTO's own rule first).
 */
export class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // toValidate: only bodies bound to a DTO class (not `@Body('x')` of a primitive, nor a raw body).
    const validated = !metadata.data && this.toValidate(metadata);
    if (metadata.type === 'body' && validated && shapeOf(value) !== 'object') {
      throw new BodyNotAnObjectException(shapeOf(value));
    }
    // Not named path or query parameters (`@Param('id')`, `@Query('limit')`): each answers by its own
    // rule (a 404 for an id no record has, a 400 for a bad limit), as its OpenAPI operation documents.
    const unreadable = validated && (metadata.type === 'body' || metadata.type === 'query') ? unreadableText(value, '', []) : [];
    let transformed: unknown;
    try {
      transformed = await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof RequestValidationException) || !unreadable.length) throw error;
      const reported = new Set(error.validationErrors.map((e) => e.property));
      const more = unreadable.filter((path) => !reported.has(path.split('.')[0]));
      throw more.length ? new RequestValidationException([...error.validationErrors, ...more.map(textError)]) : error;
    }
    if (unreadable.length) throw new RequestValidationException(unreadable.map(textError));
    return transformed;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new RequestValidationException(errors),
  });
}
