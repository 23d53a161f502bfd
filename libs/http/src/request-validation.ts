import { BadRequestException, ValidationPipe } from '@nestjs/common';
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

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => new RequestValidationException(errors),
  });
}
