import { ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import { ValidationError, getMetadataStorage } from 'class-validator';
import type { Language } from './language';
import { FieldError } from './problem';
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

/** The platform's validation pipe: refuses a non-object body, then validates with class-validator. */
export class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // toValidate: only bodies bound to a DTO class (not `@Body('x')` of a primitive, nor a raw body).
    if (metadata.type === 'body' && !metadata.data && this.toValidate(metadata) && shapeOf(value) !== 'object') {
      throw new BodyNotAnObjectException(shapeOf(value));
    }
    return super.transform(value, metadata);
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
