import type { components, operations } from './generated/comments';

/** The comments service's reading room as the coordinator's pages read it: the generated types of its OpenAPI document. */
type Schemas = components['schemas'];

export type ReadingRoomItem = Schemas['ReadingRoomResponseDto'];
/** The analysis the theme and stance filters read (signed off, else the newest in review). */
export type ReadingRoomAnalysis = Schemas['ReadingRoomAnalysisDto'];
export type ReadingRoomPage = Schemas['ReadingRoomPageDto'];
export type ReportPick = Schemas['ReportPickDto'];
/** Results per question (GET …/comments/results, public once closed; …/reading-room/results for the coordinator). */
export type QuestionResult = Schemas['QuestionResultDto'];
/** The reading room's filters and paging as the API takes them. */
export type ReadingRoomQuery = NonNullable<operations['ReadingRoomController_list']['parameters']['query']>;
/** The export's filters and format as the API takes them. */
export type ReadingRoomExportQuery = NonNullable<operations['ReadingRoomController_export']['parameters']['query']>;

/** The reading room's filters as the API's query parameters (`q`, `questionId` …). */
export interface ReadingRoomApiFilter {
  q?: string;
  questionId?: string;
  answer?: string;
  organisation?: 'true' | 'false';
  public?: 'true' | 'false';
  status?: string;
  themeId?: string;
  stance?: string;
  stanceQuestionId?: string;
}

