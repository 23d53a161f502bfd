import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Outcome, Technology } from '@pb/contracts';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { DataSource } from 'typeorm';
import type { AuditAction, AuditDetails } from '../../application/ports/report-audit-log';
import { AuditEntryView, CandidateRow, MessageView, Paged, QueueFilters, QueuePage, RegisterEntry, RegisterFilters, ReportReadModel, ScopedReportLink } from '../../application/ports/report-read-model';
import type { ReportScope } from '../../application/support/report-scope';
import type { ReportStatus } from '../../domain/report-status';
import { toLocalDate } from '../../domain/working-days';
import { BarrierReportMapper } from './barrier-report.mapper';
import { BarrierReportOrmEntity } from './barrier-report.orm-entity';
import { scopeCondition } from './report-scope.sql';

// A reopened report is work again, with its own deadline (answer_by counts from the reopening).
const OPEN = `status IN ('received','triaged','in_progress','reopened')`;
// Mirrors BarrierReport.isOverdue: the clock stands still while waiting for the reporter.
const OVERDUE = `(${OPEN} AND ((status = 'received' AND triage_by < $1::date) OR answer_by < $1::date))`;

/**
 * The handler group of a report: the one the routing rule gave it at intake (report_routings keeps
 * it as the rule was then), as long as the report is still in that rule's department — a group is
 * a team within one ministry, and means nothing once triage moved the report elsewhere.
 */
const HANDLER_GROUP = `(SELECT rr.handler_group FROM report_routings rr WHERE rr.report_id = barrier_reports.id AND rr.department = barrier_reports.department)`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * In the public register: resolved (or closed: the reporter was helped), and the reporter
 * consented. A reopened report is withdrawn while it is reconsidered. A split report closed by
 * its parts has no outcome of its own: its parts are in the register, each with its answer.
 */
export const REGISTERED = `r.status IN ('resolved', 'closed') AND r.publish_consent AND r.outcome IS NOT NULL`;
/** "N companies reported this": the original, its linked duplicates and the companies that said "mine too". */
export const REGISTER_COLUMNS = `r.reference, r.title, r.regulation_name, r.regulation_article, r.regulation_bwb_id, r.technology, r.sector, r.theme,
  r.strategy_version, r.outcome, r.explanation, r.resolved_at,
  1 + (SELECT count(*)::int FROM barrier_reports d WHERE d.original_report_id = r.id)
    + (SELECT count(*)::int FROM barrier_endorsements e WHERE e.report_id = r.id) AS cluster_size`;

export const toRegisterEntry = (r: Record<string, unknown>): RegisterEntry => ({
  reference: r.reference as string,
  title: r.title as string,
  regulation: {
    name: r.regulation_name as string,
    ...(r.regulation_article ? { article: r.regulation_article as string } : {}),
    ...(r.regulation_bwb_id ? { bwbId: r.regulation_bwb_id as string } : {}),
  },
  technology: r.technology as Technology,
  sector: r.sector as string,
  theme: (r.theme as string) ?? null,
  strategyVersion: (r.strategy_version as string) ?? null,
  outcome: r.outcome as Outcome,
  explanation: r.explanation as string,
  resolvedAt: (r.resolved_at as Date).toISOString(),
  clusterSize: r.cluster_size as number,
});

@Injectable()
export class TypeOrmReportReadModel extends ReportReadModel {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async queue(f: QueueFilters, scope: ReportScope, now: Date): Promise<QueuePage> {
    const params: unknown[] = [toLocalDate(now)];
    const where: string[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    where.push(scopeCondition(scope, p));
    // The queue is work to do: closed reports only when asked for by status.
    where.push(f.status ? `status = ${p(f.status)}` : `status NOT IN ('resolved','duplicate','rejected','closed')`);
    if (f.theme) where.push(`theme = ${p(f.theme)}`);
    if (f.technology) where.push(`technology = ${p(f.technology)}`);
    if (f.department) where.push(`department = ${p(f.department)}`);
    if (f.handler) where.push(`handler_id = ${p(f.handler)}`);
    if (f.group) where.push(`${HANDLER_GROUP} = ${p(f.group)}`);
    if (f.regulation) {
      const r = p(`%${escapeLike(f.regulation)}%`);
      // The BWB id the index identified counts too: a report typed as "Wwft" is found by BWBR0024282.
      where.push(`(regulation_name ILIKE ${r} OR regulation_bwb_id ILIKE ${r} OR cited_bwb_id ILIKE ${r})`);
    }
    if (f.q) {
      const q = p(`%${escapeLike(f.q)}%`);
      where.push(`(title ILIKE ${q} OR description ILIKE ${q} OR reference ILIKE ${q})`);
    }
    const base = where.join(' AND ');
    const filtered = f.overdue === undefined ? base : `${base} AND ${f.overdue ? '' : 'NOT '}${OVERDUE}`;
    const [{ total, overdue }] = await this.ds.query(
      `SELECT (SELECT count(*)::int FROM barrier_reports WHERE ${filtered}) AS total,
              (SELECT count(*)::int FROM barrier_reports WHERE ${base} AND ${OVERDUE}) AS overdue`,
      params,
    );
    const ids: { id: string; handler_group: string | null }[] = await this.ds.query(
      `SELECT id, ${OVERDUE} AS overdue, ${HANDLER_GROUP} AS handler_group FROM barrier_reports WHERE ${filtered}
        ORDER BY CASE WHEN status = 'received' THEN triage_by ELSE answer_by END, received_at, reference
        LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)}`,
      params,
    );
    const rows = ids.length ? await this.ds.getRepository(BarrierReportOrmEntity).findBy(ids.map((r) => ({ id: r.id }))) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = ids.map(({ id, handler_group }) => {
      const row = byId.get(id)!;
      const report = BarrierReportMapper.toDomain(row);
      return {
        reference: row.reference,
        title: row.title,
        status: row.status as ReportStatus,
        technology: row.technology as Technology,
        regulation: report.snapshot().regulation,
        theme: row.theme,
        priority: row.priority as QueuePage['items'][number]['priority'],
        department: row.department,
        handler: row.handlerId,
        ...(handler_group ? { handlerGroup: handler_group } : {}),
        receivedAt: row.receivedAt.toISOString(),
        deadlines: report.deadlines(now),
        overdue: report.isOverdue(now),
      };
    });
    return { items, total, page: f.page, pageSize: f.pageSize, overdueCount: overdue };
  }

  async register(page: PageRequest, filters: RegisterFilters = {}): Promise<KeysetPage<RegisterEntry> & { total: number }> {
    // Every filter is a parameter that is either null (no filter) or must hold; one plan for all.
    const filter = `${REGISTERED}
      AND ($1::text IS NULL OR to_tsvector('dutch', r.title || ' ' || coalesce(r.explanation, '')) @@ websearch_to_tsquery('dutch', $1))
      AND ($2::text IS NULL OR r.regulation_bwb_id = $2) AND ($3::text IS NULL OR r.theme = $3) AND ($4::text IS NULL OR r.outcome = $4)
      AND ($5::int IS NULL OR date_part('year', r.resolved_at AT TIME ZONE 'Europe/Amsterdam') = $5)`;
    const args = [filters.text ?? null, filters.bwbId ?? null, filters.theme ?? null, filters.outcome ?? null, filters.year ?? null];
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM barrier_reports r WHERE ${filter}`, args);
    const [resolvedAt, reference] = page.after ?? [null, null];
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${REGISTER_COLUMNS}, ${cursorTimestamp('r.resolved_at')} AS cursor_at
         FROM barrier_reports r WHERE ${filter}
          AND ($6::timestamptz IS NULL OR (r.resolved_at, r.reference) < ($6::timestamptz, $7::text))
        ORDER BY r.resolved_at DESC, r.reference DESC LIMIT $8`,
      [...args, resolvedAt, reference, page.limit + 1],
    );
    return { total, ...keysetPage(rows, page.limit, (r) => [r.cursor_at as string, r.reference as string], toRegisterEntry) };
  }

  async registerEntry(reference: string): Promise<RegisterEntry | null> {
    const rows: Record<string, unknown>[] = await this.ds.query(`SELECT ${REGISTER_COLUMNS} FROM barrier_reports r WHERE ${REGISTERED} AND r.reference = $1`, [reference]);
    return rows[0] ? toRegisterEntry(rows[0]) : null;
  }

  async messages(reportId: string, includeInternal: boolean): Promise<MessageView[]> {
    const rows: { id: string; at: Date; author_role: 'official' | 'reporter'; author_id: string; internal: boolean; body: string }[] = await this.ds.query(
      `SELECT id, at, author_role, author_id, internal, body FROM report_messages
        WHERE report_id = $1 ${includeInternal ? '' : 'AND NOT internal'} ORDER BY at, id`,
      [reportId],
    );
    return rows.map((r) => ({ id: r.id, at: r.at.toISOString(), from: r.author_role, authorId: r.author_id, internal: r.internal, body: r.body }));
  }

  async candidatesFor(reportId: string, limit: number, scope: ReportScope): Promise<CandidateRow[]> {
    const params: unknown[] = [reportId, limit];
    const inScope = scopeCondition(scope, (v) => `$${params.push(v)}`);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT id, reference, title, status, received_at, text_signature, regulation_name, regulation_article, regulation_bwb_id, technology,
              ${inScope} AS in_scope
         FROM barrier_reports
        WHERE id <> $1 AND text_signature IS NOT NULL
        ORDER BY received_at DESC LIMIT $2`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      reference: r.reference as string,
      title: r.title as string,
      status: r.status as ReportStatus,
      receivedAt: r.received_at as Date,
      signature: r.text_signature,
      regulation: { name: r.regulation_name as string, article: (r.regulation_article as string) ?? undefined, bwbId: (r.regulation_bwb_id as string) ?? undefined },
      technology: r.technology as string,
      inScope: r.in_scope === true,
    }));
  }

  async signatureOf(reportId: string): Promise<unknown> {
    const [row] = await this.ds.query(`SELECT text_signature FROM barrier_reports WHERE id = $1`, [reportId]);
    return row?.text_signature ?? null;
  }

  async linkedDuplicates(originalId: string, scope: ReportScope): Promise<ScopedReportLink[]> {
    const params: unknown[] = [originalId];
    const inScope = scopeCondition(scope, (v) => `$${params.push(v)}`);
    const rows: { reference: string; status: ReportStatus; in_scope: boolean }[] = await this.ds.query(
      `SELECT reference, status, ${inScope} AS in_scope FROM barrier_reports WHERE original_report_id = $1 ORDER BY received_at`,
      params,
    );
    return rows.map((r) => ({ reference: r.reference, status: r.status, inScope: r.in_scope === true }));
  }

  async linkOf(id: string, scope: ReportScope): Promise<ScopedReportLink | null> {
    const params: unknown[] = [id];
    const inScope = scopeCondition(scope, (v) => `$${params.push(v)}`);
    const [row] = await this.ds.query(`SELECT reference, status, ${inScope} AS in_scope FROM barrier_reports WHERE id = $1`, params);
    return row ? { reference: row.reference, status: row.status, inScope: row.in_scope === true } : null;
  }

  async auditTrail(reference: string, page: number, pageSize: number, scope: ReportScope): Promise<Paged<AuditEntryView> | null> {
    const params: unknown[] = [reference];
    const inScope = scopeCondition(scope, (v) => `$${params.push(v)}`);
    const [report] = await this.ds.query(`SELECT id FROM barrier_reports WHERE reference = $1 AND ${inScope}`, params);
    if (!report) return null;
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM report_audit_log WHERE report_id = $1`, [report.id]);
    const rows: { at: Date; actor_role: string; actor_id: string; action: AuditAction; details: AuditDetails }[] = await this.ds.query(
      `SELECT at, actor_role, actor_id, action, details FROM report_audit_log WHERE report_id = $1 ORDER BY at, id LIMIT $2 OFFSET $3`,
      [report.id, pageSize, (page - 1) * pageSize],
    );
    return {
      items: rows.map((r) => ({ at: r.at.toISOString(), actor: { role: r.actor_role, id: r.actor_id }, action: r.action, details: r.details })),
      total,
      page,
      pageSize,
    };
  }
}
