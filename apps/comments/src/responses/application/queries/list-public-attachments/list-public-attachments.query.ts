/** The attachments of a proposal's publicly visible responses. */
export class ListPublicAttachmentsQuery {
  constructor(readonly proposalId: string) {}
}

/** At most this many per proposal (documents are few beside responses; the list is not paged). */
export const PUBLIC_ATTACHMENTS_LIMIT = 2000;
