import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'barrier_reports' })
export class BarrierReportOrmEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  reference!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'regulation_name', type: 'text' })
  regulationName!: string;

  @Column({ name: 'regulation_article', type: 'text', nullable: true })
  regulationArticle!: string | null;

  @Column({ name: 'regulation_bwb_id', type: 'text', nullable: true })
  regulationBwbId!: string | null;

  /** The citation events carry: the BWB id given or identified by the regulation index, and the article. */
  @Column({ name: 'cited_bwb_id', type: 'text', nullable: true })
  citedBwbId!: string | null;

  @Column({ name: 'cited_article', type: 'text', nullable: true })
  citedArticle!: string | null;

  @Column({ type: 'text' })
  technology!: string;

  @Column({ type: 'text' })
  sector!: string;

  @Column({ type: 'text', nullable: true })
  impact!: string | null;

  @Column({ name: 'suggested_solution', type: 'text', nullable: true })
  suggestedSolution!: string | null;

  @Column({ name: 'company_size_class', type: 'text' })
  companySizeClass!: string;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId!: string;

  @Column({ name: 'publish_consent', type: 'boolean' })
  publishConsent!: boolean;

  @Column({ name: 'contact_consent', type: 'boolean' })
  contactConsent!: boolean;

  @Column({ name: 'tracking_token_hash', type: 'text' })
  trackingTokenHash!: string;

  @Column({ name: 'tracking_token_issued_at', type: 'timestamptz' })
  trackingTokenIssuedAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'triage_by', type: 'date' })
  triageBy!: string;

  @Column({ name: 'answer_by', type: 'date' })
  answerBy!: string;

  @Column({ type: 'jsonb' })
  timeline!: { at: string; status: string; by: { role: string; id: string } }[];

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text', nullable: true })
  theme!: string | null;

  @Column({ name: 'strategy_version', type: 'text', nullable: true })
  strategyVersion!: string | null;

  @Column({ type: 'text', nullable: true })
  category!: string | null;

  @Column({ type: 'text', nullable: true })
  priority!: string | null;

  @Column({ type: 'text', nullable: true })
  department!: string | null;

  @Column({ name: 'handler_id', type: 'text', nullable: true })
  handlerId!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'original_report_id', type: 'uuid', nullable: true })
  originalReportId!: string | null;

  @Column({ name: 'resume_to', type: 'text', nullable: true })
  resumeTo!: string | null;

  @Column({ type: 'jsonb' })
  pauses!: { from: string; to?: string }[];

  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true })
  reopenedAt!: Date | null;

  /** When the last timeline entry was made (the receipt when there is none): the dashboard's "touched since". */
  @Column({ name: 'status_since', type: 'timestamptz' })
  statusSince!: Date;

  @Column({ name: 'reopen_count', type: 'int', default: 0 })
  reopenCount!: number;

  /** A part of a split report: its original. */
  @Column({ name: 'parent_report_id', type: 'uuid', nullable: true })
  parentReportId!: string | null;

  /** Text signature for duplicate suggestions (see domain/similarity); written once on receipt. */
  @Column({ name: 'text_signature', type: 'jsonb', nullable: true, select: false })
  textSignature!: unknown;
}
