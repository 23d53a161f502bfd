import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import type { Indicator } from '../../../domain/indicator';
import { DuplicateIndicatorCodeError, UnknownAmbitionError, UnknownIndicatorStrategyVersionError } from '../../../domain/indicator.errors';
import { IndicatorStore } from '../../ports/indicator.store';
import { DefineIndicatorCommand } from './define-indicator.command';

/**
 * Defines an indicator for an ambition of any strategy version the review knows (the 2018 ones
 * came with the migration; a later version's come from coordinators). Nothing is published: an
 * indicator's values are, each naming the indicator's code, version and theme.
 */
@CommandHandler(DefineIndicatorCommand)
export class DefineIndicatorHandler implements ICommandHandler<DefineIndicatorCommand, Indicator> {
  constructor(private readonly store: IndicatorStore) {}

  async execute({ strategyVersion, theme, indicator }: DefineIndicatorCommand): Promise<Indicator> {
    const ambitions = await this.store.ambitionsOf(strategyVersion);
    if (!ambitions) throw new UnknownIndicatorStrategyVersionError(strategyVersion);
    if (!ambitions.includes(theme)) throw new UnknownAmbitionError(strategyVersion, theme);
    const defined: Indicator = { id: randomUUID(), strategyVersion, theme, ...indicator };
    if (!(await this.store.insert(defined))) throw new DuplicateIndicatorCodeError(strategyVersion, indicator.code);
    return defined;
  }
}
