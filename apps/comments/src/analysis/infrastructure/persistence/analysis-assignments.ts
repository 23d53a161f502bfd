import type { EntityManager } from 'typeorm';
import type { AnalysisRevision, ConsultationAnalysisState } from '../../domain/consultation-analysis.aggregate';

const text = (v: AnalysisRevision['detail'][string]): string | null => (typeof v === 'string' ? v : null);
const list = (v: AnalysisRevision['detail'][string]): string[] => (Array.isArray(v) ? v : []);

/**
 * Keeps `analysis_assignments` (migration 1765600000400: per analysed response its theme and its
 * stance per question, which the reading room filters on) in step with the analysis, in the
 * transaction that saves it. Driven by the revisions being appended, each applied as the change it
 * records: `analysed` writes every row from the findings; `moved`, `merged` and `split` set the
 * theme of exactly the responses they moved; a rename, a rejected label or the sign-off changes no
 * row (the label is read from the analysis). So an edit costs the rows it moves, not a rewrite of
 * every response of a large consultation.
 */
export async function applyToAssignments(tx: EntityManager, state: ConsultationAnalysisState, revisions: readonly AnalysisRevision[]): Promise<void> {
  for (const r of revisions) {
    if (r.kind === 'analysed') await writeAll(tx, state);
    else if (r.kind === 'moved') await setTheme(tx, state.id, text(r.detail.to), `response_id = $3::uuid`, text(r.detail.response));
    else if (r.kind === 'split') await setTheme(tx, state.id, text(r.detail.into), `response_id = ANY($3::uuid[])`, list(r.detail.responses));
    else if (r.kind === 'merged') await setTheme(tx, state.id, text(r.detail.into), `theme_id = $3`, text(r.detail.from));
  }
}

async function setTheme(tx: EntityManager, analysisId: string, themeId: string | null, which: string, value: unknown): Promise<void> {
  await tx.query(`UPDATE analysis_assignments SET theme_id = $2 WHERE analysis_id = $1 AND ${which}`, [analysisId, themeId, value]);
}

/** Every analysed response (themed, unthemed, or with a stance only), skipping one deleted since it was read. */
async function writeAll(tx: EntityManager, state: ConsultationAnalysisState): Promise<void> {
  const rows = new Map<string, { theme: string | null; stances: Record<string, string> }>();
  const row = (id: string) => rows.get(id) ?? rows.set(id, { theme: null, stances: {} }).get(id)!;
  for (const t of state.themes) for (const id of t.responseIds) row(id).theme = t.id;
  for (const id of state.unthemed) row(id);
  for (const q of state.stances) for (const [stance, ids] of Object.entries(q.stances)) for (const id of ids) row(id).stances[q.questionId] = stance;
  if (!rows.size) return;
  const ids = [...rows.keys()];
  await tx.query(
    `INSERT INTO analysis_assignments (analysis_id, response_id, theme_id, stances)
     SELECT $1, v.response_id, v.theme_id, v.stances
       FROM unnest($2::uuid[], $3::text[], $4::jsonb[]) AS v(response_id, theme_id, stances)
       JOIN responses r ON r.id = v.response_id
     ON CONFLICT (analysis_id, response_id) DO UPDATE SET theme_id = EXCLUDED.theme_id, stances = EXCLUDED.stances`,
    [state.id, ids, ids.map((id) => rows.get(id)!.theme), ids.map((id) => JSON.stringify(rows.get(id)!.stances))],
  );
}
