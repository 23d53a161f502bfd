import type { StrategyVersion } from '../../domain/strategy-version';

/** The first strategy version, published when none is stored yet. */
export abstract class StrategySeed {
  abstract load(): StrategyVersion;
}
