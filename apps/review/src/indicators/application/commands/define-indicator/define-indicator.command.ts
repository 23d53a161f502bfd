import type { Indicator } from '../../../domain/indicator';

/** A coordinator gives an ambition (a theme) of a strategy version an indicator. */
export class DefineIndicatorCommand {
  constructor(
    readonly strategyVersion: string,
    readonly theme: string,
    readonly indicator: Omit<Indicator, 'id' | 'strategyVersion' | 'theme'>,
  ) {}
}
