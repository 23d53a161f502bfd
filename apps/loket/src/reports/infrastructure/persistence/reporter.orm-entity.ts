import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The personal data of a reporter: kept here, in the loket's database only, and referred to
 * everywhere else by its id. Erasing a person is deleting this row.
 */
@Entity({ name: 'reporters' })
export class ReporterOrmEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'company_name', type: 'text' })
  companyName!: string;

  @Column({ name: 'kvk_number', type: 'text' })
  kvkNumber!: string;
}
