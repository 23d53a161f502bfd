import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SuggestionChoice } from '../../application/ports/report-suggester';
import type { LabelledReport, SuggestedCode } from '../../domain/suggestions';

interface TriagedRow {
  title: string;
  description: string;
  regulation_name: string;
  regulation_article: string | null;
  regulation_bwb_id: string | null;
  technology: string;
  sector: string;
  theme: string;
  department: string;
}

/** The suggester's SQL: its training reports and its score sheet (report_suggestion_choices). */
@Injectable()
export class SuggestionTrainingStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * The most recently received reports officials triaged under `strategyVersion` (theme codes of
   * another version mean other things). Reports marked as duplicates count too: they were triaged
   * like any other before or after being linked, and describe the same kind of barrier.
   */
  async triagedReports(strategyVersion: string, limit: number): Promise<LabelledReport[]> {
    const rows: TriagedRow[] = await this.ds.query(
      `SELECT title, description, regulation_name, regulation_article, regulation_bwb_id, technology, sector, theme, department
         FROM barrier_reports
        WHERE strategy_version = $1 AND theme IS NOT NULL AND department IS NOT NULL
        ORDER BY received_at DESC
        LIMIT $2`,
      [strategyVersion, limit],
    );
    return rows.map((r) => ({
      title: r.title,
      description: r.description,
      regulation: { name: r.regulation_name, article: r.regulation_article ?? undefined, bwbId: r.regulation_bwb_id ?? undefined },
      technology: r.technology,
      sector: r.sector,
      theme: r.theme,
      department: r.department,
    }));
  }

  async recordChoice(manager: EntityManager, choice: SuggestionChoice): Promise<void> {
    // Codes and confidences only; the reasons name words of the report and stay out of this table.
    const codes = (ranked: SuggestedCode[]) => JSON.stringify(ranked.map(({ code, confidence }) => ({ code, confidence })));
    const rank = (ranked: SuggestedCode[], chosen: string) => {
      const index = ranked.findIndex((s) => s.code === chosen);
      return index < 0 ? null : index + 1;
    };
    const { suggested, chosen } = choice;
    await manager.query(
      `INSERT INTO report_suggestion_choices
         (report_id, chosen_at, trained_on, suggested_themes, chosen_theme, theme_rank, suggested_departments, chosen_department, department_rank)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        choice.reportId,
        choice.at,
        suggested.trainedOn,
        codes(suggested.theme),
        chosen.theme,
        rank(suggested.theme, chosen.theme),
        codes(suggested.department),
        chosen.department,
        rank(suggested.department, chosen.department),
      ],
    );
  }
}
