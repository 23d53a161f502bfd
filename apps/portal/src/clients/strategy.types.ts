import type { components } from './generated/proposals';

/** The proposals service's strategy as the pages read it: the generated types of its OpenAPI document. */
type Schemas = components['schemas'];

export type Theme = Schemas['StrategyThemeDto'];
export type StrategyVersion = Schemas['StrategyVersionDto'];
export type StrategyVersionList = Schemas['StrategyVersionListDto'];
export type StrategyVersionSummary = Schemas['StrategyVersionSummaryDto'];
/** A theme in a version's difference from the previous one. */
export type ChangedTheme = Schemas['ThemeDiffDto'];
