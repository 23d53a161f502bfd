import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { DataSource } from 'typeorm';
import { ProposalReadModel, ProposalRow } from '../../application/ports/proposal.read-model';
import type { ProposalState, ProposalStatus } from '../../domain/proposal.aggregate';
import type { ProposalTranslation } from '../../domain/proposal-translation';

/** A `proposals` row with its response count, as pg returns it. */
interface ProposalDbRow {
  id: string;
  status: ProposalState['status'];
  title: string;
  summary: string;
  body: string;
  theme: string;
  strategy_version: string;
  questions: ProposalState['questions'];
  documents: ProposalState['documents'];
  opens_at: Date;
  closes_at: Date;
  moderation: ProposalState['moderation'];
  created_by: string;
  created_at: Date;
  published_at: Date | null;
  opened_at: Date | null;
  closed_at: Date | null;
  answered_at: Date | null;
  report: ProposalState['report'];
  text: ProposalState['text'];
  withdrawal: ProposalState['withdrawal'];
  version: number;
  response_count?: number;
  /** The English translation's row as jsonb (to_jsonb), or null. */
  translation_en?: TranslationDbRow | null;
}

/** A `proposal_translations` row as to_jsonb gives it (timestamps as ISO text). */
interface TranslationDbRow {
  lang: 'en';
  title: string;
  summary: string;
  body: string;
  questions: ProposalTranslation['questions'];
  translated_at: string;
  translated_by: string;
}

/** The English translation beside each proposal (one row per proposal and language, so at most one). */
const TRANSLATION_EN = `(SELECT to_jsonb(t) FROM proposal_translations t WHERE t.proposal_id = p.id AND t.lang = 'en') AS translation_en`;

const toTranslation = (t: TranslationDbRow | null | undefined): ProposalTranslation | null =>
  t ? { lang: t.lang, title: t.title, summary: t.summary, body: t.body, questions: t.questions, translatedAt: new Date(t.translated_at), translatedBy: t.translated_by } : null;

const toRow = (r: ProposalDbRow): ProposalRow => ({
  id: r.id,
  status: r.status,
  title: r.title,
  summary: r.summary,
  body: r.body,
  theme: r.theme,
  strategyVersion: r.strategy_version,
  questions: r.questions,
  documents: r.documents,
  opensAt: new Date(r.opens_at),
  closesAt: new Date(r.closes_at),
  moderation: r.moderation,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  publishedAt: r.published_at ? new Date(r.published_at) : null,
  openedAt: r.opened_at ? new Date(r.opened_at) : null,
  closedAt: r.closed_at ? new Date(r.closed_at) : null,
  answeredAt: r.answered_at ? new Date(r.answered_at) : null,
  report: r.report,
  text: r.text ?? null,
  withdrawal: r.withdrawal ?? null,
  version: r.version,
  responseCount: r.response_count ?? 0,
  translation: toTranslation(r.translation_en),
});

/** Proposals with their response counts (a count over the projection: SQL, not the ORM entity). */
@Injectable()
export class ProposalReadModelStore extends ProposalReadModel {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async get(id: string): Promise<ProposalRow | null> {
    const [row] = await this.ds.query(
      `SELECT p.*, (SELECT count(*)::int FROM proposal_responses r WHERE r.proposal_id = p.id) AS response_count, ${TRANSLATION_EN} FROM proposals p WHERE p.id = $1`,
      [id],
    );
    return row ? toRow(row) : null;
  }

  /** Newest opening first; keyset on (opens_at, created_at, id), all descending. */
  async list(filter: { statuses: ProposalStatus[]; theme?: string }, page: PageRequest): Promise<KeysetPage<ProposalRow>> {
    const [opensAt, createdAt, id] = page.after ?? [null, null, null];
    const rows: (ProposalDbRow & { cursor_opens: string; cursor_created: string })[] = await this.ds.query(
      `SELECT p.*, (SELECT count(*)::int FROM proposal_responses r WHERE r.proposal_id = p.id) AS response_count, ${TRANSLATION_EN},
              ${cursorTimestamp('p.opens_at')} AS cursor_opens, ${cursorTimestamp('p.created_at')} AS cursor_created
         FROM proposals p WHERE p.status = ANY($1) AND ($2::text IS NULL OR p.theme = $2)
          AND ($3::timestamptz IS NULL OR (p.opens_at, p.created_at, p.id) < ($3::timestamptz, $4::timestamptz, $5::uuid))
        ORDER BY p.opens_at DESC, p.created_at DESC, p.id DESC LIMIT $6`,
      [filter.statuses, filter.theme ?? null, opensAt, createdAt, id, page.limit + 1],
    );
    return keysetPage(rows, page.limit, (r) => [r.cursor_opens, r.cursor_created, r.id], toRow);
  }
}
