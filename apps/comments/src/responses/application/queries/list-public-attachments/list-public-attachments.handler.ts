import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AttachmentStore, AttachmentSummary } from '../../ports/attachment.store';
import { ListPublicAttachmentsQuery, PUBLIC_ATTACHMENTS_LIMIT } from './list-public-attachments.query';

@QueryHandler(ListPublicAttachmentsQuery)
export class ListPublicAttachmentsHandler implements IQueryHandler<ListPublicAttachmentsQuery, { proposalId: string; items: AttachmentSummary[] }> {
  constructor(private readonly attachments: AttachmentStore) {}

  async execute({ proposalId }: ListPublicAttachmentsQuery): Promise<{ proposalId: string; items: AttachmentSummary[] }> {
    return { proposalId, items: await this.attachments.publicOf(proposalId, PUBLIC_ATTACHMENTS_LIMIT) };
  }
}
