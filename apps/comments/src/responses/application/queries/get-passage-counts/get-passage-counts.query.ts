/** How many published public responses point at each paragraph of a proposal's current text. */
export class GetPassageCountsQuery {
  constructor(readonly proposalId: string) {}
}

export interface PassageCount {
  anchor: string;
  /** The paragraph's last change (text version). */
  since: number;
  count: number;
  /** Of `count`, those that answered a text version from before the paragraph's last change. */
  onEarlierText: number;
}
