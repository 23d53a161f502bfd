import type { Indicator } from '../../../domain/indicator';

/** A coordinator corrects the words that say what an indicator measures (its code, unit and target stay). */
export class CorrectIndicatorDefinitionCommand {
  constructor(
    readonly indicatorId: string,
    readonly definition: Indicator['definition'],
  ) {}
}
