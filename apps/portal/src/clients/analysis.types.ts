import type { components } from './generated/comments';

/** The comments service's consultation analysis as the coordinator's pages read it (generated from its OpenAPI document). */
type Schemas = components['schemas'];

export type Analysis = Schemas['AnalysisDto'];
export type AnalysedTheme = Schemas['AnalysedThemeDto'];
export type AnalysisEditRequest = Schemas['AnalysisEditRequestDto'];
