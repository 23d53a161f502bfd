import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { SERVICE_LOGGER } from '@pb/http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { RoutingRuleNotFoundError } from '../../../domain/routing.errors';
import { RoutingRuleStore } from '../../ports/routing-rule.store';
import { DeleteRoutingRuleCommand } from './delete-routing-rule.command';

/** The rules after it move up one; reports it routed keep the record of it. */
@CommandHandler(DeleteRoutingRuleCommand)
export class DeleteRoutingRuleHandler implements ICommandHandler<DeleteRoutingRuleCommand, void> {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly rules: RoutingRuleStore,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ id, by }: DeleteRoutingRuleCommand): Promise<void> {
    await this.ds.transaction(async (manager) => {
      await this.rules.lockRules(manager);
      if (!(await this.rules.remove(manager, id))) throw new RoutingRuleNotFoundError();
    });
    this.logger.info({ ruleId: id, by: by.id }, 'routing rule deleted');
  }
}
