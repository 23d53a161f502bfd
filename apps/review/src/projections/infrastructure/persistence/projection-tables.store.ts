import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ProjectionTables } from '../../application/ports/projection-tables';

/** The tables a replay empties: everything learnt from events, nothing the review decided itself. */
export const PROJECTION_TABLES = ['report_facts', 'proposal_facts', 'response_facts', 'response_citations', 'strategy_versions', 'strategy_themes', 'figure_counters', 'figure_members', 'figure_contributions', 'report_satisfaction', 'report_endorsements', 'consultation_analyses'];

@Injectable()
export class ProjectionTablesStore extends ProjectionTables {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async reset(group: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query(`TRUNCATE ${PROJECTION_TABLES.join(', ')} RESTART IDENTITY`);
      await m.query(`DELETE FROM inbox_messages WHERE consumer = $1`, [group]);
    });
  }

  async inboxCount(group: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM inbox_messages WHERE consumer = $1`, [group]);
    return n;
  }
}
