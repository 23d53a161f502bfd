import { Controller, Get, HttpCode, Param, Post, Query, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '@pb/auth';
import { ParkedEvents } from './parked-events';

const MAX_LIMIT = 200;

/**
 * `GET /api/<area>/admin/parked-events` and `POST …/{position}/requeue` (role admin), one per
 * service under its own area, so the portal's proxy routes them like the rest of that service.
 */
export function parkedEventsController(area: string): Type<unknown> {
  @ApiTags('admin')
  @ApiBearerAuth()
  @Roles('admin')
  @Controller(`api/${area}/admin/parked-events`)
  class ParkedEventsController {
    constructor(private readonly parked: ParkedEvents) {}

    @Get()
    @ApiQuery({ name: 'limit', required: false, description: `At most ${MAX_LIMIT} (default 50), oldest first.` })
    @ApiOkResponse({ description: 'Outbox rows Kafka refused for good, and the rows of the same aggregate held behind them: `{ items, total }`.' })
    list(@Query('limit') limit?: string): Promise<object> {
      const n = Number(limit);
      return this.parked.list(Number.isInteger(n) && n > 0 ? Math.min(n, MAX_LIMIT) : 50);
    }

    @Post(':position/requeue')
    @HttpCode(200)
    @ApiParam({ name: 'position', description: 'The parked row (its outbox position).' })
    @ApiOkResponse({ description: 'Released for publishing, with the rows held behind it: `{ requeued }`.' })
    requeue(@Param('position') position: string): Promise<{ requeued: number }> {
      return this.parked.requeue(position);
    }
  }
  return ParkedEventsController;
}
