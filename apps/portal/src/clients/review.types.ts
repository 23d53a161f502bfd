import type { components, operations } from './generated/review';

/** The review service's answers as the pages read them: the generated types of its OpenAPI document (docs/openapi/review.json). */
type Schemas = components['schemas'];

/** A proposed change to the strategy, with the evidence behind it, and one page of them. */
export type Amendment = Schemas['AmendmentViewDto'];
export type AmendmentList = Schemas['AmendmentListDto'];

/** An erasure request as GET /api/privacy/erasures/{id} answers, and a line of GET /api/privacy/erasures. */
export type ErasureView = Schemas['ErasureDto'];
export type ErasureListItem = Schemas['ErasureSummaryDto'];

/** The monitor's figures. */
export type MonitorView = Schemas['MonitorDto'];
export type Counts = Schemas['MonitorCountsDto'];

/** An indicator with its target and values (GET /api/review/indicators). */
export type IndicatorData = Schemas['IndicatorViewDto'];

/** The review's text per theme (GET /api/review/years/{year}/narrative): what a coordinator signed off. */
export type ReviewNarrative = Schemas['NarrativeViewDto'];
/** A number a reader can check: `drillDown` lists the records it counts. */
export type ReviewFigure = Schemas['ReviewFigureDto'];

export type CompileJob = Schemas['CompileJobDto'];

/** A dataset as the review's open-data list describes it: its schema is the list of its columns. */
export type OpenDataset = Schemas['DatasetDto'];

/** A compiled review (GET /api/review/years/{year}) and one theme's section of it. */
export type ReviewContent = Schemas['ReviewContentDto'];
export type ReviewTheme = Schemas['ReviewThemeDto'];

/** The regulation index (GET /api/review/regulations, …/{bwbId}). */
export type RegulationSummary = Schemas['RegulationListItemDto'];
export type RegulationDetail = Schemas['RegulationDto'];
/** The records a figure of a compiled review was counted from, one page of them. */
export type FigureRecords = Schemas['FigureRecordsDto'];
export type FigureRecord = FigureRecords['items'][number];
/** The monitor's trends (GET /api/review/monitor/trends). */
export type MonitorTrends = Schemas['TrendsDto'];
/** A figure's records, one page (GET …/figures/{figureId}). */
export type FigureQuery = NonNullable<operations['ReviewsController_figure']['parameters']['query']>;
