import type { EntityManager } from 'typeorm';

/**
 * Deletes every queued or sent mail to one of `addresses` (compared trimmed and lower-cased), in
 * the caller's transaction, and returns how many. Part of erasing a person (AVG art. 17): a mail
 * holds the address, often the name, and links with tokens. Not-yet-sent mails go too: a mail to
 * someone who asked to be erased must not leave afterwards.
 */
export async function eraseMailsTo(manager: EntityManager, addresses: readonly string[]): Promise<number> {
  if (!addresses.length) return 0;
  // TypeORM answers a DELETE on PostgreSQL with [rows, affectedCount].
  const [, deleted]: [unknown[], number] = await manager.query(
    `DELETE FROM mail_outbox WHERE lower(btrim(to_address)) = ANY($1::text[])`,
    [[...new Set(addresses.map((a) => a.trim().toLowerCase()))]],
  );
  return deleted;
}
