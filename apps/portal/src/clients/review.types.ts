/** The review service's answers as the pages read them. */

/** A proposed change to the strategy, with the evidence behind it. */
export interface Amendment {
  id: string;
  kind: string;
  themeCode: string;
  actionIndex?: number | null;
  text?: string | null;
  summary: string;
  evidence: { type: string; id: string }[];
  status: string;
  reason?: string | null;
}
