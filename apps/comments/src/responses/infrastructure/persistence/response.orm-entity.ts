import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The `responses` table (migrations 1763900000400 and on). `email_hash` is left out on purpose: the
 * privacy module fills it with SQL of its own, and an entity that does not name it never overwrites it.
 */
@Entity({ name: 'responses' })
export class ResponseOrmEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb' })
  answers!: { questionId: string; answer: string | string[] | number }[];

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ name: 'author_email', type: 'text' })
  authorEmail!: string;

  @Column({ name: 'email_normalised', type: 'text' })
  emailNormalised!: string;

  @Column({ name: 'respondent_id', type: 'text' })
  respondentId!: string;

  @Column({ name: 'on_behalf_of', type: 'text', nullable: true })
  onBehalfOf!: string | null;

  @Column({ name: 'is_public', type: 'boolean' })
  isPublic!: boolean;

  @Column({ name: 'text_version', type: 'int', nullable: true })
  textVersion!: number | null;

  @Column({ name: 'passage_anchor', type: 'text', nullable: true })
  passageAnchor!: string | null;

  @Column({ name: 'passage_quote', type: 'text', nullable: true })
  passageQuote!: string | null;

  @Column({ type: 'text', nullable: true })
  lang!: string | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'moderation_reason', type: 'text', nullable: true })
  moderationReason!: string | null;

  @Column({ name: 'needs_review', type: 'boolean' })
  needsReview!: boolean;

  @Column({ name: 'flag_count', type: 'int' })
  flagCount!: number;

  @Column({ name: 'support_count', type: 'int' })
  supportCount!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true })
  moderatedAt!: Date | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @Column({ type: 'int' })
  version!: number;
}
