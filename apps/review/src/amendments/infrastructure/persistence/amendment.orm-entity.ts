import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `amendments` table (migration 1763900000210) as TypeORM sees it; the domain never does. */
@Entity({ name: 'amendments' })
export class AmendmentOrmEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'theme_code', type: 'text' })
  themeCode!: string;

  @Column({ name: 'action_index', type: 'int', nullable: true })
  actionIndex!: number | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb' })
  evidence!: { type: string; id: string }[];

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'proposed_by', type: 'text' })
  proposedBy!: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'revision_request_id', type: 'uuid', nullable: true })
  revisionRequestId!: string | null;
}
