import { Controller, Get, HttpCode, Param, Post, Query, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@pb/auth';
import { ParkedEvents } from './parked-events';

const MAX_LIMIT = 200;

const PARKED_EVENT_SCHEMA = {
  type: 'object',
  required: ['position', 'eventId', 'type', 'topic', 'aggregateId', 'createdAt', 'parkedAt', 'reason', 'heldBehind', 'bytes'],
  properties: {
    position: { type: 'string', pattern: '^[1-9][0-9]*$', description: 'The row in the outbox; the id of the re-queue action.' },
    eventId: { type: 'string', format: 'uuid' },
    type: { type: 'string', example: 'loket.BarrierReported' },
    topic: { type: 'string', example: 'loket.barrier-reports' },
    aggregateId: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    parkedAt: { type: 'string', format: 'date-time' },
    reason: { type: 'string', description: 'What Kafka answered, or which parked row of the same aggregate it is held behind.' },
    heldBehind: { type: 'string', nullable: true, description: 'Position of the refused row it waits behind; null when refused itself.' },
    bytes: { type: 'integer', description: 'Size of the serialised event.' },
  },
};

/**
 * `GET /api/<area>/admin/parked-events` and `POST …/{position}/requeue` (role admin), one per
 * service under its own area, so the portal's proxy routes them like the rest of that service.
 */
/**
 * The problem+json answers of these routes, with the shared ProblemDetails schema every service's
 * document holds (libs/http ApiProblems registers it). ApiProblems itself cannot be used here
 * (libs/http depends on this library), so the schema is named by its reference;
 * scripts/openapi/response-schemas.ts fails when a document lacks it.
 */
const problem = (status: number, description: string) =>
  ApiResponse({ status, description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } } });

export function parkedEventsController(area: string): Type<unknown> {
  @ApiTags('admin')
  @ApiBearerAuth()
  @Roles('admin')
  @problem(401, 'Not logged in.')
  @problem(403, 'Only an admin sees parked events.')
  @Controller(`api/${area}/admin/parked-events`)
  class ParkedEventsController {
    constructor(private readonly parked: ParkedEvents) {}

    @Get()
    @ApiQuery({ name: 'limit', required: false, description: `At most ${MAX_LIMIT} (default 50), oldest first.` })
    @ApiOkResponse({
      description: 'Outbox rows Kafka refused for good, and the rows of the same aggregate held behind them.',
      schema: { type: 'object', required: ['items', 'total'], properties: { items: { type: 'array', items: PARKED_EVENT_SCHEMA }, total: { type: 'integer' } } },
    })
    list(@Query('limit') limit?: string): Promise<object> {
      const n = Number(limit);
      return this.parked.list(Number.isInteger(n) && n > 0 ? Math.min(n, MAX_LIMIT) : 50);
    }

    @Post(':position/requeue')
    @HttpCode(200)
    @ApiParam({ name: 'position', description: 'The parked row (its outbox position).' })
    @ApiOkResponse({
      description: 'Released for publishing, with the rows held behind it (a row still refused is parked again).',
      schema: { type: 'object', required: ['requeued'], properties: { requeued: { type: 'integer', minimum: 1 } } },
    })
    @problem(404, 'No parked event at that position.')
    requeue(@Param('position') position: string): Promise<{ requeued: number }> {
      return this.parked.requeue(position);
    }
  }
  return ParkedEventsController;
}
