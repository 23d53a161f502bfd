import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsultationReport, ProposalDocument, ProposalQuestion, Withdrawal } from '../../domain/proposal.aggregate';
import type { AnchoredText } from '../../domain/proposal-text';

/** The `proposals` table (migration 1763900000300), one row per proposal aggregate. */
@Entity({ name: 'proposals' })
export class ProposalOrmEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  theme!: string;

  @Column({ name: 'strategy_version', type: 'text' })
  strategyVersion!: string;

  @Column({ type: 'jsonb' })
  questions!: ProposalQuestion[];

  @Column({ type: 'jsonb' })
  documents!: ProposalDocument[];

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  @Column({ type: 'text' })
  moderation!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  report!: ConsultationReport | null;

  /** The current text version and its anchored paragraphs (migration 1765000000300); null for drafts. */
  @Column({ type: 'jsonb', nullable: true })
  text!: AnchoredText | null;

  @Column({ type: 'jsonb', nullable: true })
  withdrawal!: Withdrawal | null;

  @Column({ type: 'int' })
  version!: number;
}

/** The ORM entities of the proposals area (registered with the DataSource). */
export const proposalsEntities = [ProposalOrmEntity];
