import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { Indicator } from '../../../domain/indicator';
import { UnknownIndicatorError } from '../../../domain/indicator.errors';
import { IndicatorStore } from '../../ports/indicator.store';
import { CorrectIndicatorDefinitionCommand } from './correct-indicator-definition.command';

/**
 * Corrects an indicator's definition in both languages. Only the wording changes: the code, unit and
 * target are what values were recorded against, so a different measure is a new indicator.
 */
@CommandHandler(CorrectIndicatorDefinitionCommand)
export class CorrectIndicatorDefinitionHandler implements ICommandHandler<CorrectIndicatorDefinitionCommand, Indicator> {
  constructor(private readonly store: IndicatorStore) {}

  async execute({ indicatorId, definition }: CorrectIndicatorDefinitionCommand): Promise<Indicator> {
    if (!(await this.store.correctDefinition(indicatorId, definition))) throw new UnknownIndicatorError(indicatorId);
    return (await this.store.find(indicatorId))!;
  }
}
