import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The personal data of a reporter: kept here, in the loket's database only, and referred to
 * everywhere else by its id. Erasing a person's contact empties name, e-mail and phone; the row
 * stays so the report keeps its reporter id (and company, which is no personal contact data).
 */
@Entity({ name: 'reporters' })
export class ReporterOrmEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** NULL once erased (retention or an erasure request), with `contactErasedAt` set. */
  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'company_name', type: 'text' })
  companyName!: string;

  @Column({ name: 'kvk_number', type: 'text' })
  kvkNumber!: string;

  /** The language of the form the reporter used: their mails are written in it. */
  @Column({ type: 'text', default: 'nl' })
  language!: string;

  @Column({ name: 'contact_erased_at', type: 'timestamptz', nullable: true })
  contactErasedAt!: Date | null;
}
