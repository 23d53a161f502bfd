import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { BarrierReport } from '../../domain/barrier-report.aggregate';
import type { TextSignature } from '../../domain/similarity/text-signature.util';
import { BarrierReportRepository, ReportMessage, ReporterContact } from '../../application/ports/barrier-report.repository';
import type { ReportScope } from '../../application/support/report-scope';
import { BarrierReportMapper } from './barrier-report.mapper';
import { BarrierReportOrmEntity } from './barrier-report.orm-entity';
import { ReporterOrmEntity } from './reporter.orm-entity';
import { scopeCondition } from './report-scope.sql';

export class ConcurrentUpdateError extends Error {}

@Injectable()
export class TypeOrmBarrierReportRepository extends BarrierReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async reserveReferences(year: number, count: number): Promise<string[]> {
    // On the data source, not a transaction's manager: an autocommitted statement of its own.
    const [{ last }] = await this.dataSource.query(
      `INSERT INTO reference_counters (year, last) VALUES ($1, $2)
       ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + $2 RETURNING last`,
      [year, count],
    );
    return Array.from({ length: count }, (_, i) => `LKT-${year}-${String(Number(last) - count + 1 + i).padStart(6, '0')}`);
  }

  async insert(manager: EntityManager, report: BarrierReport, reporter: ReporterContact, signature: TextSignature): Promise<void> {
    await manager.insert(ReporterOrmEntity, { ...reporter, phone: reporter.phone ?? null });
    await manager.insert(BarrierReportOrmEntity, { ...BarrierReportMapper.toOrm(report), textSignature: signature });
  }

  async insertPart(manager: EntityManager, part: BarrierReport): Promise<void> {
    // No text signature: a part is never offered as a possible duplicate (its original is).
    const { textSignature: _none, ...row } = BarrierReportMapper.toOrm(part);
    await manager.insert(BarrierReportOrmEntity, row);
  }

  async partsOf(manager: EntityManager, originalId: string): Promise<BarrierReport[]> {
    const rows = await manager.find(BarrierReportOrmEntity, { where: { parentReportId: originalId }, order: { reference: 'ASC' } });
    return rows.map((row) => BarrierReportMapper.toDomain(row));
  }

  async findByReference(manager: EntityManager, reference: string, options: { lock?: boolean; scope?: ReportScope } = {}): Promise<BarrierReport | null> {
    const query = manager.createQueryBuilder(BarrierReportOrmEntity, 'r').where('r.reference = :reference', { reference });
    if (options.scope) {
      const params: Record<string, unknown> = {};
      const condition = scopeCondition(options.scope, (v) => {
        params.scopeDepartment = v;
        return ':scopeDepartment';
      }, 'r.department');
      query.andWhere(condition, params);
    }
    if (options.lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    return row ? BarrierReportMapper.toDomain(row) : null;
  }

  async findById(manager: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<BarrierReport | null> {
    const row = await manager.findOne(BarrierReportOrmEntity, { where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' } } : {}) });
    return row ? BarrierReportMapper.toDomain(row) : null;
  }

  async save(manager: EntityManager, report: BarrierReport): Promise<void> {
    // The text signature is written once on insert and never changes.
    const { id, version, textSignature: _signature, ...changes } = BarrierReportMapper.toOrm(report);
    const result = await manager.update(BarrierReportOrmEntity, { id, version: report.persistedVersion }, { ...changes, version });
    if (result.affected !== 1) throw new ConcurrentUpdateError(`report ${id} changed concurrently`);
  }

  async addMessage(manager: EntityManager, m: ReportMessage): Promise<void> {
    await manager.query(
      `INSERT INTO report_messages (id, report_id, at, author_role, author_id, internal, body) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [m.id, m.reportId, m.at, m.authorRole, m.authorId, m.internal, m.body],
    );
  }

  async reporterContact(manager: EntityManager, reporterId: string): Promise<ReporterContact | null> {
    const row = await manager.findOne(ReporterOrmEntity, { where: { id: reporterId } });
    // An erased contact is no contact: nobody can be mailed or shown.
    if (!row || row.contactErasedAt || row.email === null || row.name === null) return null;
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      phone: row.phone ?? undefined,
      companyName: row.companyName,
      kvkNumber: row.kvkNumber,
      language: row.language === 'en' ? 'en' : 'nl',
    };
  }

  async duplicatesOf(manager: EntityManager, originalId: string): Promise<{ id: string; reference: string; reporterId: string }[]> {
    const rows: { id: string; reference: string; reporter_id: string }[] = await manager.query(
      `SELECT id, reference, reporter_id FROM barrier_reports WHERE original_report_id = $1 ORDER BY received_at`,
      [originalId],
    );
    return rows.map((r) => ({ id: r.id, reference: r.reference, reporterId: r.reporter_id }));
  }
}
