import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, domainErrorDetail, httpStatusOf, Idempotent, languageOf } from '@pb/http';
import { AssignReportsCommand } from '../../application/commands/assign-reports/assign-reports.command';
import type { AssignmentOutcome } from '../../application/commands/assign-reports/assign-reports.handler';
import { DeleteSavedFilterCommand } from '../../application/commands/delete-saved-filter/delete-saved-filter.command';
import { SaveQueueFilterCommand } from '../../application/commands/save-queue-filter/save-queue-filter.command';
import type { SavedQueueFilter } from '../../application/ports/saved-queue-filters';
import { GetDepartmentDashboardQuery } from '../../application/queries/get-department-dashboard/get-department-dashboard.query';
import type { DepartmentDashboardView } from '../../application/queries/get-department-dashboard/get-department-dashboard.handler';
import { ListSavedFiltersQuery } from '../../application/queries/list-saved-filters/list-saved-filters.query';
import { DashboardNotAllowedError } from '../../domain/desk/desk.errors';
import {
  AssignmentResultDto,
  AssignReportsRequestDto,
  DashboardDto,
  DashboardQueryDto,
  FilterIdParamDto,
  SavedFilterDto,
  SavedFiltersDto,
  SaveFilterRequestDto,
} from './dto/desk.dto';
import { asStaff } from './reports.controller';

/**
 * The officials' desk (issue 10 item 8): the department dashboard, saved queue filters and bulk
 * assign. "My reports" is the queue's own `mine=true` (reports.controller.ts).
 */
@ApiTags('desk')
@ApiBearerAuth()
@Controller('api/loket/desk')
export class DeskController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('dashboard')
  @Roles('official')
  @ApiOkResponse({ type: DashboardDto, description: 'A department’s weekly figures for the last year. An official: their own department; an admin: the one asked for, or all.' })
  @ApiProblems(400, 401, 403)
  dashboard(@Query() q: DashboardQueryDto, @CurrentPrincipal() principal: Principal): Promise<DepartmentDashboardView> {
    if (principal.roles.includes('admin')) return this.queries.execute(new GetDepartmentDashboardQuery(q.department ?? null));
    // An official's dashboard is their department's; another's (or none, without a department) is refused.
    const own = principal.department?.trim();
    if (!own || (q.department !== undefined && q.department !== own)) throw new DashboardNotAllowedError();
    return this.queries.execute(new GetDepartmentDashboardQuery(own));
  }

  @Get('filters')
  @Roles('official', 'intake')
  @ApiOkResponse({ type: SavedFiltersDto, description: 'The caller’s saved queue filters, by name.' })
  @ApiProblems(401, 403)
  async filters(@CurrentPrincipal() principal: Principal): Promise<{ items: SavedQueueFilter[] }> {
    return { items: await this.queries.execute(new ListSavedFiltersQuery(asStaff(principal).by.id)) };
  }

  @Post('filters')
  @HttpCode(201)
  @Idempotent()
  @Roles('official', 'intake')
  @ApiCreatedResponse({ type: SavedFilterDto, description: 'Saved under its name (the same name again replaces that filter).' })
  @ApiProblems(400, 401, 403, 413, 422)
  saveFilter(@Body() body: SaveFilterRequestDto, @CurrentPrincipal() principal: Principal): Promise<SavedQueueFilter> {
    return this.commands.execute(new SaveQueueFilterCommand(asStaff(principal).by.id, body.name, { ...body.filters }));
  }

  @Delete('filters/:id')
  @HttpCode(204)
  @Roles('official', 'intake')
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblems(400, 401, 403, 404)
  async deleteFilter(@Param() { id }: FilterIdParamDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.commands.execute(new DeleteSavedFilterCommand(asStaff(principal).by.id, id));
  }

  @Post('assignments')
  @HttpCode(200)
  @Idempotent()
  @Roles('official', 'intake')
  @ApiOkResponse({ type: AssignmentResultDto, description: 'Each report assigned on its own; every report that was not is listed with why.' })
  @ApiProblems(400, 401, 403, 413, 422)
  @ApiHeader({ name: 'accept-language', required: false, description: 'The language of the reasons (nl by default).' })
  async assign(@Body() body: AssignReportsRequestDto, @CurrentPrincipal() principal: Principal, @Headers('accept-language') acceptLanguage?: string): Promise<AssignmentResultDto> {
    const lang = languageOf(acceptLanguage);
    const outcome = await this.commands.execute<AssignReportsCommand, AssignmentOutcome>(new AssignReportsCommand(body.references, body.handler, asStaff(principal)));
    return {
      assigned: outcome.assigned,
      failed: outcome.failed.map(({ reference, error }) => ({ reference, code: error.code, status: httpStatusOf(error.kind), detail: domainErrorDetail(error, lang) })),
    };
  }
}
