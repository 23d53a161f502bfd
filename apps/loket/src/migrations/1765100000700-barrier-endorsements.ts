import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "This is my barrier too" (issue 10, item 7): a company adds itself to a published register entry
 * instead of (or beside) filing a report of its own. The company and its contact are personal data
 * and stay here, like a reporter's; `email_hash` (keyedHash 'email', the erasure subject's hash)
 * allows one endorsement per address per entry and finds a person's rows when they ask to be
 * erased. `notified_outcome` is the outcome the endorser was last told, so a re-resolution with the
 * same outcome sends nothing new. `withdraw_token_hash` is the keyed hash of the token in the
 * endorser's mails: anyone can type any address, so the owner of it can take the endorsement back.
 * An erased endorsement keeps its row (it still counts, like an
 * erased reporter's report) without name or address.
 */
export class BarrierEndorsements1765100000700 implements MigrationInterface {
  name = 'BarrierEndorsements1765100000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE barrier_endorsements (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES barrier_reports (id),
        email_hash text NOT NULL,
        email text,
        contact_name text,
        company_name text,
        kvk_number text,
        company_size_class text NOT NULL,
        language text NOT NULL DEFAULT 'nl',
        endorsed_at timestamptz NOT NULL,
        notified_outcome text,
        withdraw_token_hash text NOT NULL UNIQUE,
        contact_erased_at timestamptz,
        CONSTRAINT barrier_endorsements_once_per_address UNIQUE (report_id, email_hash),
        CONSTRAINT barrier_endorsements_contact_or_erased CHECK (contact_erased_at IS NOT NULL OR (email IS NOT NULL AND contact_name IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX barrier_endorsements_email_hash ON barrier_endorsements (email_hash)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE barrier_endorsements`);
  }
}
