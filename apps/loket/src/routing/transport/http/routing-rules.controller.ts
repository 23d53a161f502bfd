import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@pb/auth';
import { ApiProblems, Idempotent } from '@pb/http';
import { CreateRoutingRuleCommand } from '../../application/commands/create-routing-rule/create-routing-rule.command';
import { DeleteRoutingRuleCommand } from '../../application/commands/delete-routing-rule/delete-routing-rule.command';
import { MoveRoutingRuleCommand } from '../../application/commands/move-routing-rule/move-routing-rule.command';
import { UpdateRoutingRuleCommand } from '../../application/commands/update-routing-rule/update-routing-rule.command';
import { GetRoutingRuleQuery } from '../../application/queries/get-routing-rule/get-routing-rule.query';
import { ListRoutingRulesQuery } from '../../application/queries/list-routing-rules/list-routing-rules.query';
import type { Actor } from '../../application/support/actor';
import type { RoutingRule } from '../../domain/routing-rule';
import { RoutingRuleNotFoundError } from '../../domain/routing.errors';
import { MoveRoutingRuleRequestDto, RoutingRuleDto, RoutingRuleListDto, RoutingRuleRequestDto } from './dto/routing-rule.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is just an unknown rule: the same 404. */
function checkedId(id: string): string {
  if (!UUID.test(id)) throw new RoutingRuleNotFoundError();
  return id;
}

const ApiRuleId = () => ApiParam({ name: 'ruleId', schema: { type: 'string', format: 'uuid' } });
const admin = (p: Principal): Actor => ({ role: 'admin', id: p.id });

/** The routing rules (issue 10 item 2): admins keep them; the intake applies them to every new report. */
@ApiTags('routing')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/loket/admin/routing-rules')
export class RoutingRulesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: RoutingRuleListDto })
  @ApiProblems(401, 403, 429)
  async list(): Promise<RoutingRuleListDto> {
    return { items: await this.queries.execute<ListRoutingRulesQuery, RoutingRule[]>(new ListRoutingRulesQuery()) };
  }

  @Post()
  @HttpCode(201)
  @Idempotent()
  @ApiCreatedResponse({ type: RoutingRuleDto, description: 'The new rule, last in the order.' })
  @ApiProblems(400, 401, 403, 413, 422, 429)
  create(@Body() body: RoutingRuleRequestDto, @CurrentPrincipal() principal: Principal): Promise<RoutingRule> {
    return this.commands.execute(new CreateRoutingRuleCommand({ match: { ...body.match }, department: body.department, handlerGroup: body.handlerGroup }, admin(principal)));
  }

  @Get(':ruleId')
  @ApiRuleId()
  @ApiOkResponse({ type: RoutingRuleDto })
  @ApiProblems(401, 403, 404, 429)
  get(@Param('ruleId') id: string): Promise<RoutingRule> {
    return this.queries.execute(new GetRoutingRuleQuery(checkedId(id)));
  }

  @Put(':ruleId')
  @ApiRuleId()
  @Idempotent()
  @ApiOkResponse({ type: RoutingRuleDto })
  @ApiProblems(400, 401, 403, 404, 413, 422, 429)
  update(@Param('ruleId') id: string, @Body() body: RoutingRuleRequestDto, @CurrentPrincipal() principal: Principal): Promise<RoutingRule> {
    return this.commands.execute(new UpdateRoutingRuleCommand(checkedId(id), { match: { ...body.match }, department: body.department, handlerGroup: body.handlerGroup }, admin(principal)));
  }

  @Delete(':ruleId')
  @ApiRuleId()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; the rules after it moved up one.' })
  @ApiProblems(401, 403, 404, 429)
  async remove(@Param('ruleId') id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.commands.execute(new DeleteRoutingRuleCommand(checkedId(id), admin(principal)));
  }

  @Post(':ruleId/move')
  @ApiRuleId()
  @HttpCode(200)
  @Idempotent()
  @ApiOkResponse({ type: RoutingRuleListDto, description: 'The whole order after the move.' })
  @ApiProblems(400, 401, 403, 404, 413, 429)
  async move(@Param('ruleId') id: string, @Body() body: MoveRoutingRuleRequestDto, @CurrentPrincipal() principal: Principal): Promise<RoutingRuleListDto> {
    return { items: await this.commands.execute<MoveRoutingRuleCommand, RoutingRule[]>(new MoveRoutingRuleCommand(checkedId(id), body.direction, admin(principal))) };
  }
}
