import type { Tx } from '@pb/persistence';

/** What an answer template's placeholders are filled with, for one report. */
export interface AnswerTemplateValues {
  reference: string;
  regulation: string;
  department: string;
}

/** A standard answer with its placeholders filled, for the official to edit before sending. */
export interface FilledAnswerTemplate {
  id: string;
  /** An outcome code, or `question`. */
  purpose: string;
  title: string;
  text: string;
}

/** The standard answers as the official's report page offers them (the reports area's way in). */
export abstract class AnswerTemplates {
  abstract filledFor(manager: Tx, values: AnswerTemplateValues): Promise<FilledAnswerTemplate[]>;
}
