import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BarrierReport } from '../../domain/barrier-report.aggregate';
import { BarrierReportRepository, ReporterContact } from '../../application/ports/barrier-report.repository';
import { BarrierReportMapper } from './barrier-report.mapper';
import { BarrierReportOrmEntity } from './barrier-report.orm-entity';
import { ReporterOrmEntity } from './reporter.orm-entity';

@Injectable()
export class TypeOrmBarrierReportRepository extends BarrierReportRepository {
  async nextReference(manager: EntityManager, year: number): Promise<string> {
    const [{ last }] = await manager.query(
      `INSERT INTO reference_counters (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + 1 RETURNING last`,
      [year],
    );
    return `LKT-${year}-${String(last).padStart(6, '0')}`;
  }

  async insert(manager: EntityManager, report: BarrierReport, reporter: ReporterContact): Promise<void> {
    await manager.insert(ReporterOrmEntity, { ...reporter, phone: reporter.phone ?? null });
    await manager.insert(BarrierReportOrmEntity, BarrierReportMapper.toOrm(report));
  }

  async findByReference(manager: EntityManager, reference: string): Promise<BarrierReport | null> {
    const row = await manager.findOne(BarrierReportOrmEntity, { where: { reference } });
    return row ? BarrierReportMapper.toDomain(row) : null;
  }
}
