import type { components } from './generated/loket';

/** The loket's theme/department suggestion on an official's report: the generated type of its OpenAPI document. */
type Schemas = components['schemas'];

export type Suggestion = Schemas['SuggestionDto'];
export type SuggestedCode = Schemas['SuggestedCodeDto'];
