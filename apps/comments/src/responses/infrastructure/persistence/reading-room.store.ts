import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { DataSource } from 'typeorm';
import { AnswerCounts, MatchCount, ReadingRoomAnalysis, ReadingRoomAttachment, ReadingRoomResponse, ReadingRoomStore, ReportPick, ResponseAnalysis } from '../../application/ports/reading-room.store';
import type { AskedQuestion } from '../../domain/answer-rules';
import { isUnfiltered, type ReadingRoomFilter, type ReadingRoomStatus } from '../../domain/reading-room-filter';

interface Row {
  id: string;
  parent_id: string | null;
  status: ReadingRoomStatus;
  is_public: boolean;
  body: string;
  answers: { questionId: string; answer: unknown }[];
  on_behalf_of: string | null;
  support_count: number;
  flag_count: number;
  submitted_at: Date;
  published_at: Date | null;
  attachments: ReadingRoomAttachment[];
  assignment: { themeId: string | null; stances: Record<string, ResponseAnalysis['stances'][number]['stance']> } | null;
  cursor_at: string;
}

/**
 * The id of the proposal's current analysis (ReadingRoomFilter says which): a subquery on its own
 * parameter, evaluated once per statement (the `analyses_proposal` index).
 */
const CURRENT_ANALYSIS = (proposal: string) =>
  `(SELECT id FROM analyses WHERE proposal_id = ${proposal} AND status IN ('review', 'signed-off') ORDER BY status = 'signed-off' DESC, requested_at DESC, id LIMIT 1)`;

/**
 * Every column the reading room may show. Named one by one — never `SELECT *` — so the author's
 * e-mail address (and name) cannot reach a coordinator by a column added later.
 */
const COLUMNS = (proposal: string) => `id, parent_id, status, is_public, body, answers, on_behalf_of, support_count, flag_count, submitted_at, published_at,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'fileName', a.file_name, 'kind', a.kind, 'sizeBytes', a.size_bytes, 'textStatus', a.text_status) ORDER BY a.position), '[]'::jsonb)
     FROM response_attachments a WHERE a.response_id = responses.id) AS attachments,
  (SELECT jsonb_build_object('themeId', x.theme_id, 'stances', x.stances) FROM analysis_assignments x
    WHERE x.analysis_id = ${CURRENT_ANALYSIS(proposal)} AND x.response_id = responses.id) AS assignment`;

/** A response's row of the current analysis (migration 1765600000400), for the theme and stance clauses. */
const ASSIGNED = (proposal: string, condition: string) =>
  `EXISTS (SELECT 1 FROM analysis_assignments x WHERE x.analysis_id = ${CURRENT_ANALYSIS(proposal)} AND x.response_id = responses.id AND ${condition})`;

/** An attachment's text matches the search (its own Dutch vector, GIN-indexed). */
const ATTACHMENT_TEXT_MATCHES = (query: string) =>
  `EXISTS (SELECT 1 FROM response_attachments a WHERE a.response_id = responses.id AND a.text_vector @@ websearch_to_tsquery('dutch'::regconfig, ${query}))`;

/**
 * The WHERE clause of a filter, with its parameters numbered from `first`. Confirmed responses
 * only (an unconfirmed one does not count and may be someone else's address), never an erased one.
 * One clause per filter field: a new filter is one more line.
 */
export function filterClauses(proposalId: string, f: ReadingRoomFilter, first = 1): { sql: string; params: unknown[] } {
  const params: unknown[] = [proposalId];
  const p = (value: unknown) => `$${first - 1 + params.push(value)}`;
  const where = [`proposal_id = $${first}`, `verified_at IS NOT NULL`, `erased_at IS NULL`];
  if (f.text) {
    const q = p(f.text);
    where.push(`(search_vector @@ websearch_to_tsquery('dutch'::regconfig, ${q}) OR ${ATTACHMENT_TEXT_MATCHES(q)})`);
  }
  if (f.questionId && f.answer !== undefined) {
    // A choice is stored as its option id (single), a list of option ids (multiple) or a number (scale).
    const q = p(f.questionId);
    const a = p(f.answer);
    where.push(
      `EXISTS (SELECT 1 FROM jsonb_array_elements(answers) e WHERE e->>'questionId' = ${q}
         AND (e->>'answer' = ${a} OR (jsonb_typeof(e->'answer') = 'array' AND e->'answer' ? ${a})))`,
    );
  } else if (f.questionId) where.push(`answers @> jsonb_build_array(jsonb_build_object('questionId', ${p(f.questionId)}::text))`);
  if (f.organisation !== undefined) where.push(f.organisation ? `on_behalf_of IS NOT NULL` : `on_behalf_of IS NULL`);
  if (f.public !== undefined) where.push(`is_public = ${p(f.public)}`);
  if (f.status) where.push(`status = ${p(f.status)}`);
  if (f.topLevel) where.push(`parent_id IS NULL`);
  if (f.attachment !== undefined) where.push(`${f.attachment ? '' : 'NOT '}EXISTS (SELECT 1 FROM response_attachments a WHERE a.response_id = responses.id)`);
  if (f.themeId) where.push(ASSIGNED(`$${first}`, `x.theme_id = ${p(f.themeId)}`));
  if (f.stance) where.push(ASSIGNED(`$${first}`, `x.stances->>${p(f.stanceQuestionId)} = ${p(f.stance)}`));
  return { sql: where.join(' AND '), params };
}

const EXCERPT = 160;

@Injectable()
export class TypeOrmReadingRoomStore extends ReadingRoomStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async questions(proposalId: string): Promise<AskedQuestion[] | null> {
    const [r] = await this.ds.query(`SELECT questions FROM proposal_projection WHERE proposal_id = $1`, [proposalId]);
    return r ? r.questions : null;
  }

  async currentAnalysis(proposalId: string): Promise<ReadingRoomAnalysis | null> {
    // The labels and terms only: a theme's response ids (the bulk of the row) stay in the database.
    const [row] = await this.ds.query(
      `SELECT a.id, a.status,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('id', t->'id', 'label', t->'label', 'terms', t->'terms') ORDER BY o), '[]'::jsonb)
                 FROM jsonb_array_elements(a.themes) WITH ORDINALITY AS e(t, o)) AS themes,
              (SELECT coalesce(jsonb_agg(s->'questionId' ORDER BY o), '[]'::jsonb) FROM jsonb_array_elements(a.stances) WITH ORDINALITY AS e(s, o)) AS stance_questions
         FROM analyses a WHERE a.id = ${CURRENT_ANALYSIS('$1')}`,
      [proposalId],
    );
    return row ? { id: row.id, status: row.status, themes: row.themes, stanceQuestionIds: row.stance_questions } : null;
  }

  async page(proposalId: string, filter: ReadingRoomFilter, page: PageRequest): Promise<KeysetPage<ReadingRoomResponse>> {
    const where = filterClauses(proposalId, filter, 4);
    const [after, afterId] = page.after ?? [null, null];
    const rows: Row[] = await this.ds.query(
      `SELECT ${COLUMNS('$4')}, ${cursorTimestamp('submitted_at')} AS cursor_at
         FROM responses
        WHERE ${where.sql}
          AND ($1::timestamptz IS NULL OR (submitted_at, id) > ($1::timestamptz, $2::uuid))
        ORDER BY submitted_at, id LIMIT $3`,
      [after, afterId, page.limit + 1, ...where.params],
    );
    return keysetPage(
      rows,
      page.limit,
      (r) => [r.cursor_at, r.id],
      (r) => ({
        id: r.id,
        parentId: r.parent_id,
        status: r.status,
        public: r.is_public,
        body: r.body,
        answers: r.answers,
        onBehalfOf: r.on_behalf_of,
        supportCount: r.support_count,
        flagCount: r.flag_count,
        submittedAt: new Date(r.submitted_at),
        publishedAt: r.published_at ? new Date(r.published_at) : null,
        attachments: r.attachments,
        analysis: r.assignment && {
          themeId: r.assignment.themeId,
          stances: Object.entries(r.assignment.stances).map(([questionId, stance]) => ({ questionId, stance })),
        },
      }),
    );
  }

  async count(proposalId: string, filter: ReadingRoomFilter, cap: number): Promise<MatchCount> {
    if (isUnfiltered(filter)) {
      // Kept by triggers on responses (migration 1765500000410) for exactly filterClauses' base predicate.
      const [row] = await this.ds.query(`SELECT responses FROM reading_room_counts WHERE proposal_id = $1`, [proposalId]);
      return { total: row?.responses ?? 0, exact: true };
    }
    // Stops at the first cap + 1 matches: the work is bounded whatever the proposal's size.
    const where = filterClauses(proposalId, filter, 2);
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM responses WHERE ${where.sql} LIMIT $1) m`, [cap + 1, ...where.params]);
    return n > cap ? { total: cap, exact: false } : { total: n, exact: true };
  }

  async pick(proposalId: string, slot: number, responseIds: string[], at: Date): Promise<number> {
    const rows = await this.ds.query(
      `INSERT INTO report_picks (proposal_id, slot, response_id, picked_at)
       SELECT $1, $2, r.id, $4 FROM responses r
        WHERE r.id = ANY($3::uuid[]) AND r.proposal_id = $1 AND r.verified_at IS NOT NULL AND r.erased_at IS NULL
       ON CONFLICT DO NOTHING RETURNING response_id`,
      [proposalId, slot, responseIds, at],
    );
    return rows.length;
  }

  async unpick(proposalId: string, slot: number, responseIds: string[]): Promise<void> {
    await this.ds.query(`DELETE FROM report_picks WHERE proposal_id = $1 AND slot = $2 AND response_id = ANY($3::uuid[])`, [proposalId, slot, responseIds]);
  }

  async picks(proposalId: string): Promise<ReportPick[]> {
    const rows: { slot: number; response_id: string; excerpt: string }[] = await this.ds.query(
      `SELECT p.slot, p.response_id, left(r.body, ${EXCERPT}) AS excerpt
         FROM report_picks p JOIN responses r ON r.id = p.response_id
        WHERE p.proposal_id = $1 AND r.erased_at IS NULL
        ORDER BY p.slot, p.picked_at, p.response_id`,
      [proposalId],
    );
    return rows.map((r) => ({ slot: r.slot, responseId: r.response_id, excerpt: r.excerpt }));
  }

  async answerCounts(proposalId: string): Promise<AnswerCounts | null> {
    const [p] = await this.ds.query(`SELECT status, questions FROM proposal_projection WHERE proposal_id = $1`, [proposalId]);
    if (!p) return null;
    // Kept by triggers on responses (migrations 1765400000400, 1765500000400): one row per question with the
    // number that answered it (value ''), and one per chosen option id or scale value. Values are
    // given for the questions that are not free text now.
    const counts: { question_id: string; value: string | null; count: number }[] = await this.ds.query(
      `SELECT question_id, nullif(value, '') AS value, count FROM answer_counts
        WHERE proposal_id = $1 AND count > 0 AND (value = '' OR question_id = ANY($2::text[]))
        ORDER BY question_id, value`,
      [proposalId, (p.questions as AskedQuestion[]).filter((q) => q.kind && q.kind !== 'text').map((q) => q.id)],
    );
    return { status: p.status, questions: p.questions, counts: counts.map((c) => ({ questionId: c.question_id, value: c.value, count: c.count })) };
  }
}
