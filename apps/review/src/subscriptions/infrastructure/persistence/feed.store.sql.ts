import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { FeedEvent, FeedItem, FeedItemKind, ReportTopics } from '../../domain/feed-item';
import type { Topic, TopicKind } from '../../domain/topic';
import { FeedStore } from '../../application/ports/feed.store';

interface ItemRow {
  id: string;
  event_id: string;
  topic_kind: TopicKind;
  topic_ref: string;
  kind: FeedItemKind;
  subject_ref: string;
  title: string;
  path: string;
  occurred_at: Date;
}

const toItem = (r: ItemRow): FeedItem => ({
  id: r.id,
  eventId: r.event_id,
  topic: { kind: r.topic_kind, ref: r.topic_ref },
  kind: r.kind,
  subjectRef: r.subject_ref,
  title: r.title,
  path: r.path,
  occurredAt: new Date(r.occurred_at).toISOString(),
});

const COLUMNS = 'id, event_id, topic_kind, topic_ref, kind, subject_ref, title, path, occurred_at';

@Injectable()
export class SqlFeedStore extends FeedStore {
  async record(manager: EntityManager, e: FeedEvent, topic: Topic): Promise<FeedItem | null> {
    const rows: ItemRow[] = await manager.query(
      `INSERT INTO feed_items (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (event_id, topic_kind, topic_ref) DO NOTHING RETURNING ${COLUMNS}`,
      [randomUUID(), e.eventId, topic.kind, topic.ref, e.kind, e.subjectRef, e.title, e.path, e.occurredAt],
    );
    return rows[0] ? toItem(rows[0]) : null;
  }

  async latest(manager: EntityManager, topic: Topic, limit: number): Promise<FeedItem[]> {
    const rows: ItemRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM feed_items WHERE topic_kind = $1 AND topic_ref = $2 ORDER BY occurred_at DESC, id DESC LIMIT $3`,
      [topic.kind, topic.ref, limit],
    );
    return rows.map(toItem);
  }

  async rememberReport(manager: EntityManager, reportId: string, t: Partial<ReportTopics>): Promise<void> {
    await manager.query(
      `INSERT INTO subscription_report_topics (report_id, reference, theme, bwb_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (report_id) DO UPDATE SET reference = COALESCE(EXCLUDED.reference, subscription_report_topics.reference),
         theme = COALESCE(EXCLUDED.theme, subscription_report_topics.theme), bwb_id = COALESCE(EXCLUDED.bwb_id, subscription_report_topics.bwb_id)`,
      [reportId, t.reference ?? null, t.theme ?? null, t.bwbId ?? null],
    );
  }

  async reportTopics(manager: EntityManager, reportId: string): Promise<ReportTopics | null> {
    const rows: { reference: string | null; theme: string | null; bwb_id: string | null }[] = await manager.query(
      `SELECT reference, theme, bwb_id FROM subscription_report_topics WHERE report_id = $1`,
      [reportId],
    );
    return rows[0] ? { reference: rows[0].reference, theme: rows[0].theme, bwbId: rows[0].bwb_id } : null;
  }

  async themesOfReview(manager: EntityManager, year: number, revision: number): Promise<string[]> {
    // The same rule as the review's page shows a theme's section by (apps/portal public-data.views.ts).
    const rows: { code: string }[] = await manager.query(
      `SELECT DISTINCT t->>'code' AS code
         FROM reviews r, jsonb_array_elements(r.content->'themes') t
        WHERE r.year = $1 AND r.revision = $2
          AND (COALESCE((t->'reports'->'received'->>'value')::int, 0) > 0
            OR COALESCE((t->'consultations'->'responses'->>'value')::int, 0) > 0
            OR jsonb_array_length(COALESCE(t->'consultationReports', '[]'::jsonb)) > 0
            OR jsonb_array_length(COALESCE(t->'amendments', '[]'::jsonb)) > 0)
        ORDER BY code`,
      [year, revision],
    );
    return rows.map((r) => r.code);
  }
}
