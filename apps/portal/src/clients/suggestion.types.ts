/** The loket's theme/department suggestion on an official's report (OfficialReportDto.suggestion). */
export interface SuggestedCode {
  code: string;
  /** 0..1, calibrated on the triaged reports. */
  confidence: number;
  reasons: { kind: string; text: string; weight: number }[];
}

export interface Suggestion {
  theme: SuggestedCode | null;
  department: SuggestedCode | null;
  alternatives: { theme: SuggestedCode[]; department: SuggestedCode[] };
  trainedOn: number;
}
