import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AttachmentNotFoundError } from '../../../domain/attachment.errors';
import { AttachmentFile, AttachmentStore } from '../../ports/attachment.store';
import { GetAttachmentQuery } from './get-attachment.query';

/**
 * Public attachments (their response published, public and under visible responses only) to
 * anyone; the others to a coordinator, once the response was confirmed. Anything else is a 404 —
 * the same answer as for an unknown id, so nobody learns that a hidden file exists.
 */
@QueryHandler(GetAttachmentQuery)
export class GetAttachmentHandler implements IQueryHandler<GetAttachmentQuery, AttachmentFile> {
  constructor(private readonly attachments: AttachmentStore) {}

  async execute({ attachmentId, coordinator }: GetAttachmentQuery): Promise<AttachmentFile> {
    const file = await this.attachments.file(attachmentId);
    if (!file || !(file.publiclyVisible || (coordinator && file.confirmed))) throw new AttachmentNotFoundError();
    return file;
  }
}
