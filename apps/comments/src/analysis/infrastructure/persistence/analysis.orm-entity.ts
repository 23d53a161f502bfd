import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { QuestionStances } from '../../domain/analyse-responses';
import type { AnalysisMethod, AnalysisRevision, AnalysisStatus, ReviewedTheme } from '../../domain/consultation-analysis.aggregate';

/** The `analyses` table (migration 1765100000400). The lease and attempts belong to the job store's SQL, not to the aggregate. */
@Entity({ name: 'analyses' })
export class AnalysisOrmEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId!: string;
  @Column({ type: 'text' }) status!: AnalysisStatus;
  @Column({ name: 'requested_by', type: 'text' }) requestedBy!: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt!: Date;
  @Column({ type: 'jsonb' }) themes!: ReviewedTheme[];
  @Column({ type: 'jsonb' }) unthemed!: string[];
  @Column({ type: 'jsonb' }) stances!: QuestionStances[];
  @Column({ type: 'jsonb', nullable: true }) method!: AnalysisMethod | null;
  @Column({ type: 'int' }) revisions!: number;
  @Column({ name: 'last_theme_no', type: 'int' }) lastThemeNo!: number;
  @Column({ name: 'signed_off_at', type: 'timestamptz', nullable: true }) signedOffAt!: Date | null;
  @Column({ name: 'signed_off_by', type: 'text', nullable: true }) signedOffBy!: string | null;
  @Column({ type: 'int' }) version!: number;
}

/** The `analysis_revisions` table: append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'analysis_revisions' })
export class AnalysisRevisionOrmEntity {
  @PrimaryColumn({ name: 'analysis_id', type: 'uuid' }) analysisId!: string;
  @PrimaryColumn({ type: 'int' }) seq!: number;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'jsonb' }) detail!: AnalysisRevision['detail'];
  @Column({ type: 'text' }) actor!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
}
