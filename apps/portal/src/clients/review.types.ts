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

/** An erasure request as GET /api/privacy/erasures/{id} answers. */
export interface ErasureView {
  id: string;
  status: 'pending' | 'completed';
  requestedAt: string;
  completedAt: string | null;
  services: { service: string; status: 'pending' | 'completed'; erased: Record<string, number> | null; answeredAt: string | null }[];
}

/** A line of GET /api/privacy/erasures. */
export interface ErasureListItem {
  id: string;
  status: 'pending' | 'completed';
  requestedAt: string;
  completedAt: string | null;
}
