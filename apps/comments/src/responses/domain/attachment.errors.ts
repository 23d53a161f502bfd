import { DomainError } from '@pb/kernel';

/** 413: one file is larger than the limit (`ATTACHMENT_MAX_BYTES`). */
export class AttachmentTooLargeError extends DomainError {
  readonly code = 'COMMENTS.ATTACHMENT_TOO_LARGE';
  readonly kind = 'too-large' as const;
  constructor(maxMegabytes: number) {
    super('attachments:errors.too-large', { max: maxMegabytes });
  }
}

/** 413: more files than a response may carry (`ATTACHMENT_MAX_FILES`). */
export class TooManyAttachmentsError extends DomainError {
  readonly code = 'COMMENTS.TOO_MANY_ATTACHMENTS';
  readonly kind = 'too-large' as const;
  constructor(max: number) {
    super('attachments:errors.too-many', { count: max });
  }
}

/** 415: the bytes are not a PDF, ODT or DOCX document, whatever the name or declared type says. */
export class UnsupportedAttachmentError extends DomainError {
  readonly code = 'COMMENTS.ATTACHMENT_TYPE_NOT_ALLOWED';
  readonly kind = 'unsupported' as const;
  constructor(fileName: string) {
    super('attachments:errors.unsupported-type', { fileName });
  }
}

/** 404: no such attachment, or not one this caller may download. */
export class AttachmentNotFoundError extends DomainError {
  readonly code = 'COMMENTS.ATTACHMENT_NOT_FOUND';
  readonly kind = 'not-found' as const;
  constructor() {
    super('attachments:errors.not-found');
  }
}

/** 415: a request with files must be multipart/form-data. */
export class MultipartExpectedError extends DomainError {
  readonly code = 'COMMENTS.MULTIPART_EXPECTED';
  readonly kind = 'unsupported' as const;
  constructor() {
    super('attachments:errors.multipart-expected');
  }
}
