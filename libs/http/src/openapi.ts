import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem';

/** One field's message in a 400 answer (`company.kvkNumber`, `answers.0.answer`). */
@ApiSchema({ name: 'FieldError' })
export class FieldErrorDto {
  @ApiProperty({ example: 'contact.email' })
  field!: string;

  @ApiProperty({ example: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.' })
  message!: string;
}

/** Every error answer of every service (RFC 9457 problem details), as ProblemDetailsFilter writes it. */
@ApiSchema({ name: 'ProblemDetails' })
export class ProblemDetailsDto {
  @ApiProperty({ example: 'about:blank', description: '`about:blank`, or a URI naming the problem when it has a code.' })
  type!: string;

  @ApiProperty({ example: 'Ongeldige invoer', description: 'Dutch, or English with Accept-Language: en.' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'Controleer het gemarkeerde veld.' })
  detail!: string;

  @ApiPropertyOptional({ example: 'LOKET.TRANSITION_NOT_ALLOWED', description: 'A stable code for a domain rule.' })
  code?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Per field, with 400 for invalid input.' })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ description: 'Quote it when asking for help: the same id is in the logs.' })
  correlationId?: string;

  @ApiPropertyOptional({ example: '/api/loket/reports' })
  instance?: string;
}

/** The error answers an operation can give; pick those that apply. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

const descriptions: Record<ProblemStatus, string> = {
  400: 'Invalid input: per field in `errors` (a body that is not a JSON object, or not valid JSON, too).',
  401: 'Not logged in: a bearer token is needed, or the one sent is not valid.',
  403: 'Logged in, but without a role that may do this.',
  404: 'Not found (an id of the wrong form is just an unknown one).',
  409: 'Not possible in the current state (a domain rule, see `code`).',
  413: 'The body is larger than this service accepts.',
  415: 'Not JSON in UTF-8.',
  422: 'Understood, but refused by a domain rule (see `code`).',
  429: 'Too many requests from this address or for this e-mail address; see Retry-After.',
  503: 'Temporarily unavailable.',
};

/**
 * Documents problem+json answers with the shared ProblemDetails schema, so the OpenAPI documents
 * describe the errors as exactly as the successes (schemathesis checks answers against both).
 */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto, FieldErrorDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
        ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } } } } : {}),
      }),
    ),
  );
}
