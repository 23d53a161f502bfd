/**
 * The open datasets: fixed columns, each documented. Nothing here identifies a person: no names,
 * e-mail addresses, phone numbers, KvK numbers, free text written by reporters or respondents, nor
 * pseudonymous ids (a pseudonym is still personal data under the GDPR). A test scans every dataset.
 * The query behind each dataset lives in infrastructure/persistence/dataset-queries.ts.
 *
 * The titles and descriptions here are the API's metadata for machine readers (a public contract:
 * kept as they were). People read each dataset and column in their own language from the catalogue,
 * `public:openDataset.<name>.*` (the portal's /open-data page); datasets.spec.ts fails on a dataset
 * or column without its text there.
 */
export interface ColumnSchema {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date' | 'datetime';
  description: string;
}

export interface DatasetDefinition {
  name: string;
  title: string;
  description: string;
  columns: ColumnSchema[];
}

const col = (name: string, type: ColumnSchema['type'], description: string): ColumnSchema => ({ name, type, description });

export const DATASETS: DatasetDefinition[] = [
  {
    name: 'barrier-reports',
    title: 'Gemelde belemmeringen / Reported barriers',
    description: 'One row per barrier report, without description, company or contact details.',
    columns: [
      col('reference', 'string', 'Public reference, LKT-<year>-<number>'),
      col('year', 'integer', 'Year received (Europe/Amsterdam)'),
      col('reported_on', 'date', 'Date received'),
      col('theme', 'string', 'Strategy theme code it was classified under (empty: not yet)'),
      col('strategy_version', 'string', 'Strategy version the theme code belongs to'),
      col('status', 'string', 'received, triaged, in_progress, waiting_for_reporter, resolved, duplicate, rejected'),
      col('outcome', 'string', 'Outcome when resolved'),
      col('handling_working_days', 'integer', 'Working days from receipt to resolution'),
      col('overdue', 'boolean', 'Resolved after the deadline'),
      col('technology', 'string', 'Technology concerned'),
      col('sector', 'string', 'SBI section letter'),
      col('regulation_bwb_id', 'string', 'BWB id of the regulation cited (wetten.overheid.nl)'),
      col('company_size_class', 'string', 'micro, small, medium, large'),
      col('duplicate_of', 'string', 'Reference of the original report when a duplicate'),
      col('duplicates', 'integer', 'Number of reports marked as duplicates of this one'),
    ],
  },
  {
    name: 'figures',
    title: 'Cijfers per jaar en thema / Figures per year and theme',
    description: 'Every counter of the review: metric per year, theme and dimension. Year 0 means all years.',
    columns: [
      col('year', 'integer', 'Year (0: all years)'),
      col('theme', 'string', 'Theme code (- not classified, * all themes)'),
      col('strategy_version', 'string', 'Strategy version of the theme code'),
      col('metric', 'string', 'reports, resolved, open, rejected, duplicates, clusters, overdue, outcome, handling, regulation, technology, sector, proposals, consultation-reports, responses, responses-by, respondents'),
      col('dimension', 'string', 'For outcome, handling (working days), regulation, technology, sector, responses-by'),
      col('value', 'integer', 'Number of records'),
    ],
  },
  {
    name: 'outcomes',
    title: 'Uitkomsten van meldingen / Outcomes of barrier reports',
    description: 'Resolved barrier reports per year, theme and outcome.',
    columns: [
      col('year', 'integer', 'Year received'),
      col('theme', 'string', 'Theme code'),
      col('strategy_version', 'string', 'Strategy version of the theme code'),
      col('outcome', 'string', 'Outcome'),
      col('reports', 'integer', 'Number of reports'),
    ],
  },
  {
    name: 'consultations',
    title: 'Consultaties en aantallen reacties / Consultations and response counts',
    description: 'Published proposals with their consultation window and how many responses came in.',
    columns: [
      col('proposal_id', 'string', 'Id of the proposal'),
      col('title', 'string', 'Title of the proposal'),
      col('theme', 'string', 'Theme code'),
      col('strategy_version', 'string', 'Strategy version'),
      col('status', 'string', 'scheduled, open, closed, answered'),
      col('opens_on', 'date', 'Opening date'),
      col('closes_on', 'date', 'Closing date'),
      col('responses', 'integer', 'Responses received'),
      col('responses_from_organisations', 'integer', 'Of which on behalf of an organisation'),
      col('answered_on', 'date', 'Date of the consultation report'),
    ],
  },
  {
    name: 'strategy-versions',
    title: 'Versies van de strategie / Strategy versions',
    description: 'Every published version of the strategy, with the number of themes and changes.',
    columns: [
      col('version', 'string', 'Version, e.g. 2018.0'),
      col('previous_version', 'string', 'Version it replaced'),
      col('title', 'string', 'Title'),
      col('published_at', 'datetime', 'Publication time'),
      col('themes', 'integer', 'Number of themes'),
      col('changes', 'integer', 'Number of changes against the previous version'),
    ],
  },
  {
    name: 'strategy-themes',
    title: 'Thema\'s per strategieversie / Themes per strategy version',
    description: 'Themes (domains) of each version, so older classifications stay resolvable.',
    columns: [
      col('version', 'string', 'Strategy version'),
      col('code', 'string', 'Theme code'),
      col('title', 'string', 'Title'),
      col('track', 'integer', 'Track (1 or 2)'),
      col('spearhead', 'integer', 'Spearhead (track 2)'),
      col('actions', 'integer', 'Number of actions'),
    ],
  },
  {
    name: 'amendments',
    title: 'Voorgestelde wijzigingen van de strategie / Strategy amendments',
    description: 'Amendments proposed in annual reviews, their decision and the version they went into.',
    columns: [
      col('id', 'string', 'Id of the amendment'),
      col('year', 'integer', 'Review year'),
      col('kind', 'string', 'add-action, change-action, retire-action, change-ambition'),
      col('theme', 'string', 'Theme code'),
      col('summary', 'string', 'Summary'),
      col('status', 'string', 'proposed, accepted, declined'),
      col('reason', 'string', 'Reason of the decision'),
      col('evidence', 'integer', 'Number of pieces of evidence cited'),
      col('requested_in_version', 'string', 'Strategy version asked for'),
    ],
  },
];

/** RFC 4180 field; text starting with = + - @ is prefixed so spreadsheets do not run it as a formula. */
export function csvField(value: unknown, type: ColumnSchema['type']): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'boolean' ? String(value) : String(value);
  if (type === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(def: DatasetDefinition): string {
  return def.columns.map((c) => c.name).join(',');
}

/** The whole file at once: for tests and small tables; the HTTP route streams with `CsvEncoder`. */
export function toCsv(def: DatasetDefinition, rows: Record<string, unknown>[]): string {
  const header = csvHeader(def);
  const lines = rows.map((r) => def.columns.map((c) => csvField(r[c.name], c.type)).join(','));
  return `${[header, ...lines].join('\r\n')}\r\n`;
}
