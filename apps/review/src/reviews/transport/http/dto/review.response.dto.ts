import { ApiProperty } from '@nestjs/swagger';

/** The answers of the review API as OpenAPI schemas (what the query handlers return). */

export class CompileProgressDto {
  @ApiProperty()
  step!: number;

  @ApiProperty()
  totalSteps!: number;

  @ApiProperty()
  percent!: number;
}

export class CompileJobDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] })
  status!: string;

  @ApiProperty({ type: CompileProgressDto })
  progress!: CompileProgressDto;

  @ApiProperty({ type: Number, nullable: true })
  revision!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'Where the compiled review is, once done.' })
  review!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class RevisionDto {
  @ApiProperty()
  revision!: number;

  @ApiProperty({ format: 'date-time' })
  compiledAt!: string;

  @ApiProperty({ example: '/api/review/years/2026?revision=1' })
  url!: string;
}

export class RevisionListDto {
  @ApiProperty()
  year!: number;

  @ApiProperty({ type: [RevisionDto] })
  items!: RevisionDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}

export class FigureDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  kind!: string;

  @ApiProperty({ type: Number, nullable: true })
  value!: number | null;

  @ApiProperty()
  year!: number;

  @ApiProperty()
  revision!: number;

  @ApiProperty()
  asOfPosition!: number;
}

/**
 * One record a figure counts. `type` says which fields it has: a barrier report (reference, theme,
 * status, outcome, whether it is in the register, the dimension value counted), an endorsement
 * (the report it endorses: its id, reference and theme; never who endorsed), a response (its
 * proposal, status, whether it is public), a proposal (title, status) or a respondent (a
 * pseudonymous id only).
 */
export class FigureRecordDto {
  @ApiProperty({ enum: ['barrier-report', 'endorsement', 'response', 'proposal', 'respondent'] }) type!: 'barrier-report' | 'endorsement' | 'response' | 'proposal' | 'respondent';
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, required: false }) reference?: string | null;
  @ApiProperty({ type: String, nullable: true, required: false }) theme?: string | null;
  @ApiProperty({ type: String, nullable: true, required: false }) status?: string | null;
  @ApiProperty({ type: String, nullable: true, required: false }) outcome?: string | null;
  @ApiProperty({ required: false, description: 'A barrier report: in the public register.' }) published?: boolean;
  @ApiProperty({ required: false, description: 'The dimension value the record was counted under (a regulation, a technology …).' }) dimension?: string;
  @ApiProperty({ required: false, format: 'uuid' }) proposalId?: string;
  @ApiProperty({ required: false, description: 'A response: public.' }) public?: boolean;
  @ApiProperty({ type: String, nullable: true, required: false }) title?: string | null;
  @ApiProperty({ required: false, format: 'uuid', description: 'An endorsement: the barrier report (register entry) it endorses; `reference`, `theme` and `published` are that report’s.' }) reportId?: string;
}

export class FigureRecordsDto {
  @ApiProperty({ type: FigureDto })
  figure!: FigureDto;

  @ApiProperty({ description: 'How many records the figure counts (for a median or p90: the records of the distribution).' })
  total!: number;

  @ApiProperty({ type: [FigureRecordDto], description: 'One object per record; the fields depend on its type.' })
  items!: FigureRecordDto[];

  @ApiProperty({ type: String, nullable: true, description: 'The next page (same filters, an opaque cursor), or null on the last page.' })
  next!: string | null;
}

/** A number in the review a reader can check: `drillDown` lists exactly the records it counts. */
export class ReviewFigureDto {
  @ApiProperty({ example: 'theme.1.1.reports.received' })
  id!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Null where there is nothing to count (a median of no reports).' })
  value!: number | null;

  @ApiProperty({ example: '/api/review/years/2026/revisions/1/figures/theme.1.1.reports.received' })
  drillDown!: string;
}

/** A figure per value of a dimension (an outcome, a regulation, a technology, a sector). */
export class DimensionFigureDto {
  @ApiProperty()
  value!: string;

  @ApiProperty({ type: ReviewFigureDto })
  figure!: ReviewFigureDto;

  @ApiProperty({
    required: false,
    example: '33',
    description: 'Of a regulation: the article every report counted in `figure` cites, when they agree on one; absent when they name several or none, and in revisions compiled before articles were read.',
  })
  article?: string;
}

export class ReviewTotalsDto {
  @ApiProperty({ type: ReviewFigureDto }) barrierReports!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) barrierReportsPreviousYear!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) resolvedBarrierReports!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) overdueBarrierReports!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) duplicateClusters!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto, required: false, description: 'Companies that said "this is my barrier too" of a register entry this year (withdrawn ones not); absent from revisions compiled before they were counted.' }) endorsements?: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) proposals!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) responses!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) respondents!: ReviewFigureDto;
}

export class ThemeReportFiguresDto {
  @ApiProperty({ type: ReviewFigureDto }) received!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) receivedPreviousYear!: ReviewFigureDto;
  @ApiProperty({ description: 'Received this year minus the year before.' }) change!: number;
  @ApiProperty({ type: ReviewFigureDto }) resolved!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) open!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) rejected!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) duplicates!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) clusters!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) overdue!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto, required: false, description: 'Companies that said "this is my barrier too" of the theme’s register entries this year (withdrawn ones not); absent from revisions compiled before they were counted.' }) endorsements?: ReviewFigureDto;
}

export class HandlingWorkingDaysDto {
  @ApiProperty({ type: ReviewFigureDto }) median!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) p90!: ReviewFigureDto;
}

export class ThemeConsultationFiguresDto {
  @ApiProperty({ type: ReviewFigureDto }) proposals!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) proposalsPreviousYear!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) responses!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) responsesPreviousYear!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) responsesFromOrganisations!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) responsesFromIndividuals!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) respondents!: ReviewFigureDto;
  @ApiProperty({ type: ReviewFigureDto }) reports!: ReviewFigureDto;
}

export class ThemeConsultationReportDto {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) answeredAt!: string;
  @ApiProperty() responses!: number;
}

export class NotableResponseDto {
  @ApiProperty({ format: 'uuid' }) responseId!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() supportCount!: number;
}

export class AnalysedThemeDto {
  @ApiProperty({ example: 't1' }) themeId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The coordinator’s label; null when none was given (the drafted words are respondents’ own and stay in the comments service).' })
  label!: string | null;
  @ApiProperty({ description: 'Responses in the theme.' }) size!: number;
}

export class QuestionStanceCountsDto {
  @ApiProperty({ description: 'A question of the proposal, or `body` for the response’s main text.' }) questionId!: string;
  @ApiProperty() for!: number;
  @ApiProperty() against!: number;
  @ApiProperty() mixed!: number;
  @ApiProperty() unclear!: number;
}

/** A proposal's signed-off analysis of its responses (consultation.ConsultationAnalysisSignedOff), in the year it was signed off. */
export class ConsultationAnalysisDto {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Responses analysed.' }) responses!: number;
  @ApiProperty({ type: [AnalysedThemeDto] }) themes!: AnalysedThemeDto[];
  @ApiProperty({ type: [QuestionStanceCountsDto] }) stances!: QuestionStanceCountsDto[];
  @ApiProperty({ format: 'date-time' }) signedOffAt!: string;
}

export class EvidenceRefDto {
  @ApiProperty({ example: 'barrier-cluster' }) type!: string;
  @ApiProperty() id!: string;
}

export class ThemeAmendmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'add-action' }) kind!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ example: 'accepted' }) status!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: [EvidenceRefDto] }) evidence!: EvidenceRefDto[];
}

/** One strategy theme's section of a compiled review (review-content.ts ThemeSection). */
/** A regulation ranked by the clusters of barriers citing it, with the year's amendments that cite it as evidence. */
export class RegulationClusterDto {
  @ApiProperty({ example: 'BWBR0024282' }) bwbId!: string;
  @ApiProperty({ type: ReviewFigureDto }) clusters!: ReviewFigureDto;
  @ApiProperty({ type: [String], description: 'Ids of the amendments citing it.' }) amendments!: string[];
}

export class ReviewIndicatorDefinitionDto {
  @ApiProperty() nl!: string;
  @ApiProperty() en!: string;
}

export class ReviewIndicatorTargetDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Null where the strategy states an aim without a number.' }) value!: number | null;
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty({ type: String, nullable: true, enum: ['at-least', 'at-most'] }) comparison!: 'at-least' | 'at-most' | null;
}

export class ReviewIndicatorValueDto {
  @ApiProperty({ example: '2026-Q1', description: '`2026`, `2026-Q1` or `2026-03`.' }) period!: string;
  @ApiProperty() value!: number;
}

/** An indicator of the theme with its current value per period (corrections applied) and its target. */
export class ReviewIndicatorDto {
  @ApiProperty() code!: string;
  @ApiProperty({ type: ReviewIndicatorDefinitionDto }) definition!: ReviewIndicatorDefinitionDto;
  @ApiProperty({ example: '%' }) unit!: string;
  @ApiProperty({ type: ReviewIndicatorTargetDto }) target!: ReviewIndicatorTargetDto;
  @ApiProperty({ type: [ReviewIndicatorValueDto], description: 'Oldest period first.' }) values!: ReviewIndicatorValueDto[];
}

export class ReviewThemeDto {
  @ApiProperty({ example: '1.1', description: 'The theme\'s code; `-` for the reports not classified under a theme yet (a marker, not for display: readers name them in their own language).' })
  code!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The strategy version the theme belongs to: one year can hold a code under two versions.' })
  version!: string | null;
  @ApiProperty({ description: 'The theme\'s title in the strategy; for code `-` a fixed placeholder in both languages, kept for older readers.' }) title!: string;
  @ApiProperty({ type: ThemeReportFiguresDto }) reports!: ThemeReportFiguresDto;
  @ApiProperty({ type: HandlingWorkingDaysDto }) handlingWorkingDays!: HandlingWorkingDaysDto;
  @ApiProperty({ type: [DimensionFigureDto] }) outcomes!: DimensionFigureDto[];
  @ApiProperty({ type: [DimensionFigureDto] }) regulations!: DimensionFigureDto[];
  @ApiProperty({ type: [DimensionFigureDto] }) technologies!: DimensionFigureDto[];
  @ApiProperty({ type: [DimensionFigureDto] }) sectors!: DimensionFigureDto[];
  @ApiProperty({ type: ThemeConsultationFiguresDto }) consultations!: ThemeConsultationFiguresDto;
  @ApiProperty({ type: [ThemeConsultationReportDto] }) consultationReports!: ThemeConsultationReportDto[];
  @ApiProperty({ type: [NotableResponseDto] }) notableResponses!: NotableResponseDto[];
  @ApiProperty({ type: [ConsultationAnalysisDto], required: false, description: 'The signed-off analyses of the theme’s proposals (latest sign-off per proposal); revisions compiled before analyses were projected have none.' })
  consultationAnalyses?: ConsultationAnalysisDto[];
  @ApiProperty({ type: [ThemeAmendmentDto] }) amendments!: ThemeAmendmentDto[];
  @ApiProperty({ type: [RegulationClusterDto], required: false, description: 'Revisions compiled before the regulation index have none.' })
  regulationsByClusters?: RegulationClusterDto[];
  @ApiProperty({ type: [ReviewIndicatorDto], required: false, description: 'The theme’s indicators with values (periods up to the year), with their targets; revisions compiled before indicators were read have none.' })
  indicators?: ReviewIndicatorDto[];
}

/** The reports received in one Dutch calendar month. */
export class MonthlyReportsDto {
  @ApiProperty({ example: '2026-03', description: 'The month, `YYYY-MM`.' }) month!: string;
  @ApiProperty({ example: 12 }) reports!: number;
}

/** The compiled review of a year; every number is a figure with a drill-down link (the monthly trend aside). */
export class ReviewContentDto {
  @ApiProperty()
  year!: number;

  @ApiProperty()
  revision!: number;

  @ApiProperty({ format: 'date-time' })
  compiledAt!: string;

  @ApiProperty({ description: 'Ledger position the figures were read at.' })
  asOfPosition!: number;

  @ApiProperty({ type: String, nullable: true })
  strategyVersion!: string | null;

  @ApiProperty({ type: ReviewTotalsDto, description: 'Platform totals.' })
  totals!: ReviewTotalsDto;

  @ApiProperty({ type: [ReviewThemeDto], description: 'One section per strategy theme.' })
  themes!: ReviewThemeDto[];

  @ApiProperty({
    type: [MonthlyReportsDto],
    required: false,
    description: 'Reports received in each month of the year over all themes, January first (twelve entries): the trend the documents draw. Counts of the report facts as the compile read them, without a drill-down. Absent in revisions compiled before.',
  })
  reportsPerMonth?: MonthlyReportsDto[];
}
