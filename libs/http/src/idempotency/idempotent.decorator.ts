import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ApiProblems } from '../openapi';

export const IDEMPOTENT_ROUTE = 'pb:idempotent';
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * Marks a POST that makes something (a report, a response, a message, a decision): with an
 * `Idempotency-Key` header a repeat of the same request gets the first answer instead of making it
 * twice (IdempotencyInterceptor). Without the header the route behaves as before. The key's own
 * answers are documented with it (a malformed key or one reused for another request: 422; the first
 * still running: 409), so no idempotent operation can leave them out.
 */
export const Idempotent = () =>
  applyDecorators(
    SetMetadata(IDEMPOTENT_ROUTE, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'A fresh random value per form or attempt (8–200 of `A-Z a-z 0-9 . _ : -`). A repeat with the same key and the same request answers what the first did, without doing it again (for 24 hours); the same key with another request is a 422, while the first is still running a 409.',
      schema: { type: 'string', minLength: 8, maxLength: 200, pattern: '^[A-Za-z0-9._:-]+$' },
    }),
    ApiProblems(409, 422),
  );
