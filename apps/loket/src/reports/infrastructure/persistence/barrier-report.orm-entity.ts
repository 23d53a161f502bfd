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
}
