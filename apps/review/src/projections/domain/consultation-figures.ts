import { ALL, dutchYear, formatKey } from '../../shared/domain/figure-key';

export interface ProposalFact {
  proposalId: string;
  theme: string | null;
  strategyVersion: string | null;
  status: string | null;
  opensAt: string | null;
  answeredAt: string | null;
}

export interface ResponseFact {
  responseId: string;
  theme: string;
  respondentId: string;
  onBehalfOfOrganisation: boolean;
  year: number;
}

/** A response's theme ref: its theme in the version of its proposal (`?` until the proposal is known). */
export const responseThemeRef = (theme: string, proposalVersion: string | null): string => `${theme}@${proposalVersion ?? '?'}`;

/** Published proposals count for the year their consultation opens; a consultation report for the year it was published. */
export function proposalFigureKeys(p: ProposalFact): string[] {
  if (!p.theme || !p.strategyVersion || !p.opensAt || !p.status || p.status === 'draft') return [];
  const theme = `${p.theme}@${p.strategyVersion}`;
  const keys = [formatKey({ metric: 'proposals', year: dutchYear(p.opensAt), theme, dimension: '' })];
  if (p.answeredAt) keys.push(formatKey({ metric: 'consultation-reports', year: dutchYear(p.answeredAt), theme, dimension: '' }));
  return keys;
}

/** Figures the response itself counts for (weight 1 each). */
export function responseFigureKeys(r: ResponseFact, proposalVersion: string | null): string[] {
  const theme = responseThemeRef(r.theme, proposalVersion);
  return [
    formatKey({ metric: 'responses', year: r.year, theme, dimension: '' }),
    formatKey({ metric: 'responses-by', year: r.year, theme, dimension: r.onBehalfOfOrganisation ? 'organisation' : 'individual' }),
  ];
}

/**
 * Figures its respondent counts for: one weight per response, so a respondent counts once however
 * many responses they send. Distinct counts cannot be summed, hence the all-themes and all-years keys.
 */
export function respondentFigureKeys(r: ResponseFact, proposalVersion: string | null): string[] {
  const theme = responseThemeRef(r.theme, proposalVersion);
  return [
    formatKey({ metric: 'respondents', year: r.year, theme, dimension: '' }),
    formatKey({ metric: 'respondents', year: r.year, theme: ALL, dimension: '' }),
    formatKey({ metric: 'respondents', year: 0, theme, dimension: '' }),
    formatKey({ metric: 'respondents', year: 0, theme: ALL, dimension: '' }),
  ];
}
