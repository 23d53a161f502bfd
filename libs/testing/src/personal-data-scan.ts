import type { DataSource } from 'typeorm';

export interface PersonalDataHit {
  table: string;
  column: string;
  needle: string;
  rows: number;
}

/**
 * Looks for each needle (an address, a name, a phone number), case-insensitively, in every text,
 * character, JSON and array column of every table of the public schema, and says where it is.
 * An erasure test asserts this comes back empty: nothing of the person left in any row, whatever
 * table a later change adds.
 */
export async function findPersonalData(ds: DataSource, needles: readonly string[]): Promise<PersonalDataHit[]> {
  const columns: { table_name: string; column_name: string }[] = await ds.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR c.data_type = 'ARRAY')
      ORDER BY c.table_name, c.column_name`,
  );
  const hits: PersonalDataHit[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    for (const needle of needles) {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`, [needle]);
      if (n) hits.push({ table, column, needle, rows: n });
    }
  }
  return hits;
}

/** How many text-bearing columns findPersonalData scans (to show a scan did not pass by looking at nothing). */
export async function countScannedColumns(ds: DataSource): Promise<number> {
  const [{ n }] = await ds.query(
    `SELECT count(*)::int AS n FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR c.data_type = 'ARRAY')`,
  );
  return n;
}
