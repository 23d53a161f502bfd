import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { TEXT_STATUSES } from '../../../domain/attachment-rules';

/**
 * The multipart body of `POST /api/proposals/{id}/comments/with-attachments` (documented only: the
 * upload middleware turns the `response` part into the request body, validated as the JSON submit).
 */
export class SubmitWithAttachmentsRequestDto {
  @ApiProperty({
    description: 'The response as JSON, exactly the body of `POST /api/proposals/{id}/comments` (SubmitResponseRequestDto). The first part of the form.',
    example: '{"body":"Zie ons positiepapier.","author":{"name":"A. de Vries","email":"a.devries@example.org"},"onBehalfOf":"Vereniging ICT","public":true}',
  })
  response!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'binary' },
    description: 'PDF, ODT or DOCX documents (decided by their bytes), at most `ATTACHMENT_MAX_FILES` of at most `ATTACHMENT_MAX_BYTES` each.',
  })
  attachments!: string[];
}

export class AttachmentIdParams {
  // Documented, so the generated client (and schemathesis) know the path has this parameter.
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  attachmentId!: string;
}

export class AttachmentSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  responseId!: string;

  @ApiProperty({ description: 'The name it was sent under (without path), with the extension of its kind.' })
  fileName!: string;

  @ApiProperty({ enum: ['application/pdf', 'application/vnd.oasis.opendocument.text', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] })
  contentType!: string;

  @ApiProperty()
  sizeBytes!: number;

  @ApiProperty({ enum: TEXT_STATUSES, description: '`pending` until its text was read; `encrypted` / `unreadable`: no text (the file is still there).' })
  textStatus!: string;
}

export class PublicAttachmentListDto {
  @ApiProperty({ format: 'uuid' })
  proposalId!: string;

  @ApiProperty({ type: [AttachmentSummaryDto], description: 'The attachments of the publicly visible responses, in upload order (at most 2000).' })
  items!: AttachmentSummaryDto[];
}
