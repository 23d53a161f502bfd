import { Injectable } from '@nestjs/common';
import type { ErasedCounts } from '@pb/contracts';
import { eraseMailsTo } from '@pb/mail';
import { affectedRows, fillEmailHashes } from '@pb/persistence';
import type { EntityManager } from 'typeorm';
import { LoketEnv } from '../../../config/loket.env';
import { ReporterErasureStore } from '../../application/ports/reporter-erasure.store';

/** Stored instead of a tracking token's hash once its reporter is erased: no token hashes to it. */
const NO_TRACKING_TOKEN = 'erased';

@Injectable()
export class TypeOrmReporterErasureStore extends ReporterErasureStore {
  constructor(private readonly env: LoketEnv) {
    super();
  }

  fillEmailHashes(manager: EntityManager, options: { skipLocked?: boolean; shouldStop?: () => boolean } = {}): Promise<number> {
    return fillEmailHashes(manager, { table: 'reporters', key: 'id', email: 'email', hash: 'email_hash' }, this.env.PSEUDONYM_SECRET, options);
  }

  async eraseBySubjectHash(manager: EntityManager, subjectHash: string): Promise<ErasedCounts> {
    // Rows written since the last fill (or by a replica that predates the column) must match too.
    await this.fillEmailHashes(manager);
    // "This is my barrier too": the endorsement keeps counting, its company and contact go (and its
    // withdrawal link stops working). Its mails are erased with the reporter's below.
    const [endorsers]: [{ email: string }[], number] = await manager.query(
      `WITH old AS (SELECT id, email FROM barrier_endorsements WHERE email_hash = $1 AND email IS NOT NULL FOR UPDATE)
       UPDATE barrier_endorsements e SET email = NULL, contact_name = NULL, company_name = NULL, kvk_number = NULL, contact_erased_at = now(),
              withdraw_token_hash = 'erased:' || e.id FROM old WHERE e.id = old.id RETURNING old.email`,
      [subjectHash],
    );
    const endorserMails = await eraseMailsTo(manager, endorsers.map((e) => e.email));
    const reporters: { id: string; email: string }[] = await manager.query(`SELECT id, email FROM reporters WHERE email_hash = $1 FOR UPDATE`, [subjectHash]);
    if (!reporters.length) return { reporters: 0, reports: 0, messages: 0, mails: endorserMails };
    const reporterIds = reporters.map((r) => r.id);
    // Locked like every report command locks it, so no command saves an older copy over this one.
    const reports: { id: string }[] = await manager.query(`SELECT id FROM barrier_reports WHERE reporter_id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [reporterIds]);
    const reportIds = reports.map((r) => r.id);
    // The reporter's own words to the officials; the officials' messages are the ministry's record.
    const messages = affectedRows(await manager.query(`DELETE FROM report_messages WHERE report_id = ANY($1::uuid[]) AND author_role = 'reporter'`, [reportIds]));
    await manager.query(`UPDATE barrier_reports SET tracking_token_hash = $2 WHERE id = ANY($1::uuid[])`, [reportIds, NO_TRACKING_TOKEN]);
    // The links mailed to them go too: nobody opens the report as its reporter any more.
    await manager.query(`DELETE FROM report_tracking_links WHERE report_id = ANY($1::uuid[])`, [reportIds]);
    await manager.query(`DELETE FROM reporters WHERE id = ANY($1::uuid[])`, [reporterIds]);
    const mails = await eraseMailsTo(manager, reporters.map((r) => r.email));
    return { reporters: reporters.length, reports: reports.length, messages, mails: mails + endorserMails };
  }
}
