import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Outcome } from '@pb/contracts';
import type { Language } from '@pb/i18n';
import type { DataSource, EntityManager } from 'typeorm';
import { EndorsableEntry, EndorserToTell, NewEndorsement, RegisterCrowd, SimilarEntry, SimilarityQuery, WithdrawnEndorsement } from '../../application/ports/register-crowd';
import { REGISTER_COLUMNS, REGISTERED, toRegisterEntry } from './report-read-model.typeorm';

/** The register's searchable text, as the register's Dutch full-text index is built (migration 1764800000120). */
const ENTRY_TEXT = `to_tsvector('dutch', r.title || ' ' || coalesce(r.explanation, ''))`;
/** The entry's article the way the duplicate ranker compares them (shared/domain normaliseArticle, the same expression): "art. 33 lid 2" → "33", "art. 5 a" → "5a". */
const ENTRY_ARTICLE = `regexp_replace(substring(lower(coalesce(r.cited_article, r.regulation_article)) from '\\d+(?:[a-z]|\\s+[a-z](?![a-z]))?(?:[.:]\\d+(?:[a-z]|\\s+[a-z](?![a-z]))?)*'), '\\s+', '', 'g')`;

/**
 * A lexeme as a quoted tsquery operand: in quotes, with a quote doubled and a backslash escaped (the
 * tsquery syntax, not SQL's: quote_literal would write E'…' for a backslash). The parser leaves
 * neither in a lexeme today; what a person typed must not become tsquery syntax if it ever does.
 */
const TSQUERY_LEXEME = `chr(39) || replace(replace(t, chr(92), chr(92) || chr(92)), chr(39), chr(39) || chr(39)) || chr(39)`;

const toEndorsable = (r: Record<string, unknown>): EndorsableEntry => ({
  reportId: r.id as string,
  reference: r.reference as string,
  version: r.version as number,
  outcome: r.outcome as Outcome,
  explanation: (r.explanation as string) ?? '',
});

@Injectable()
export class SqlRegisterCrowd extends RegisterCrowd {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async similar(q: SimilarityQuery): Promise<SimilarEntry[]> {
    // The typed text's stems become an OR query, so the register's GIN index finds every entry
    // sharing one; the entries are then kept by how many they share. Stems are quoted as lexemes
    // (no second stemming, no tsquery syntax from what a person typed: TSQUERY_LEXEME).
    const rows: Record<string, unknown>[] = await this.ds.query(
      `WITH ignored AS (
         SELECT tsvector_to_array(to_tsvector('dutch', array_to_string($6::text[], ' '))) AS terms
       ), typed AS (
         SELECT ARRAY(SELECT t FROM unnest(tsvector_to_array(to_tsvector('dutch', coalesce($1::text, '')))) t, ignored i WHERE NOT t = ANY (i.terms)) AS terms
       ), wanted AS (
         SELECT terms, CASE WHEN cardinality(terms) = 0 THEN NULL
                            ELSE array_to_string(ARRAY(SELECT ${TSQUERY_LEXEME} FROM unnest(terms) t), ' | ')::tsquery END AS query
           FROM typed
       ), scored AS (
         SELECT ${REGISTER_COLUMNS},
                ($2::text IS NOT NULL AND coalesce(r.cited_bwb_id, r.regulation_bwb_id) = $2
                  AND ($3::text IS NULL OR ${ENTRY_ARTICLE} IS NULL OR ${ENTRY_ARTICLE} = $3)) AS same_regulation,
                CASE WHEN w.query IS NOT NULL AND ${ENTRY_TEXT} @@ w.query
                     THEN (SELECT count(*)::int FROM unnest(tsvector_to_array(${ENTRY_TEXT})) t WHERE t = ANY (w.terms)) ELSE 0 END AS shared_terms,
                least($4::int, cardinality(w.terms)) AS needed
           FROM barrier_reports r, wanted w
          WHERE ${REGISTERED}
            AND ((w.query IS NOT NULL AND ${ENTRY_TEXT} @@ w.query)
                 OR ($2::text IS NOT NULL AND coalesce(r.cited_bwb_id, r.regulation_bwb_id) = $2))
       )
       SELECT * FROM scored
        WHERE same_regulation OR (needed > 0 AND shared_terms >= needed)
        ORDER BY same_regulation DESC, shared_terms DESC, resolved_at DESC, reference DESC
        LIMIT $5`,
      [q.text ?? null, q.bwbId ?? null, q.article ?? null, q.minSharedTerms, q.limit, q.ignoredWords],
    );
    return rows.map((r) => {
      const textMatch = (r.shared_terms as number) >= (r.needed as number) && (r.needed as number) > 0;
      return {
        ...toRegisterEntry(r),
        matchedOn: [...(r.same_regulation ? (['regulation'] as const) : []), ...(textMatch ? (['text'] as const) : [])],
        sharedTerms: r.shared_terms as number,
      };
    });
  }

  async endorsable(manager: EntityManager, reference: string): Promise<EndorsableEntry | null> {
    // FOR SHARE: a reopening (which takes the entry out of the register) waits for this endorsement, or it waits for the reopening.
    const [row] = await manager.query(`SELECT r.id, r.reference, r.version, r.outcome, r.explanation FROM barrier_reports r WHERE ${REGISTERED} AND r.reference = $1 FOR SHARE`, [reference]);
    return row ? toEndorsable(row) : null;
  }

  async add(manager: EntityManager, e: NewEndorsement): Promise<boolean> {
    // TypeORM answers an INSERT … RETURNING on PostgreSQL with the rows (an UPDATE/DELETE with [rows, count]).
    const inserted: unknown[] = await manager.query(
      `INSERT INTO barrier_endorsements (id, report_id, email_hash, email, contact_name, company_name, kvk_number, company_size_class, language, endorsed_at, notified_outcome, withdraw_token_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT ON CONSTRAINT barrier_endorsements_once_per_address DO NOTHING RETURNING id`,
      [e.id, e.reportId, e.emailHash, e.email, e.contactName, e.companyName, e.kvkNumber, e.companySizeClass, e.language, e.endorsedAt, e.notifiedOutcome, e.withdrawTokenHash],
    );
    return inserted.length === 1;
  }

  async toTell(manager: EntityManager, reportId: string): Promise<{ entry: EndorsableEntry; endorsers: EndorserToTell[] } | null> {
    const [report] = await manager.query(`SELECT id, reference, version, outcome, explanation FROM barrier_reports WHERE id = $1 AND outcome IS NOT NULL`, [reportId]);
    if (!report) return null;
    const endorsers: { id: string; email: string; language: Language }[] = await manager.query(
      `SELECT id, email, language FROM barrier_endorsements
        WHERE report_id = $1 AND email IS NOT NULL AND notified_outcome IS DISTINCT FROM $2
        ORDER BY endorsed_at, id FOR UPDATE`,
      [reportId, report.outcome],
    );
    return { entry: toEndorsable(report), endorsers };
  }

  async markTold(manager: EntityManager, told: { id: string; withdrawTokenHash: string }[], outcome: Outcome): Promise<void> {
    if (!told.length) return;
    await manager.query(
      `UPDATE barrier_endorsements e SET notified_outcome = $3, withdraw_token_hash = t.hash
         FROM unnest($1::uuid[], $2::text[]) AS t(id, hash) WHERE e.id = t.id`,
      [told.map((t) => t.id), told.map((t) => t.withdrawTokenHash), outcome],
    );
  }

  async withdraw(manager: EntityManager, tokenHash: string): Promise<WithdrawnEndorsement | null> {
    const [rows]: [{ id: string; report_id: string; reference: string; version: number }[], number] = await manager.query(
      `DELETE FROM barrier_endorsements e USING barrier_reports r WHERE e.withdraw_token_hash = $1 AND r.id = e.report_id
       RETURNING e.id, e.report_id, r.reference, r.version`,
      [tokenHash],
    );
    const [row] = rows;
    return row ? { endorsementId: row.id, reportId: row.report_id, reference: row.reference, version: row.version } : null;
  }
}
