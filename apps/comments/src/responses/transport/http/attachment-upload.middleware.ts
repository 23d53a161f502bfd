import { BadRequestException, Injectable, NestMiddleware, PayloadTooLargeException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import type { ReceivedFile } from '../../domain/attachment-rules';
import { megabytes } from '../../domain/attachment-rules';
import { AttachmentTooLargeError, MultipartExpectedError, TooManyAttachmentsError } from '../../domain/attachment.errors';
import { AttachmentSettings } from '../../application/support/attachment.settings';

/** Where the middleware leaves the files for the controller. */
export type RequestWithAttachments = Request & { attachments?: ReceivedFile[] };

/**
 * Reads the multipart body of a response with documents before the guards and interceptors run
 * (multer, in memory: at most ATTACHMENT_MAX_FILES × ATTACHMENT_MAX_BYTES per request, refused
 * while reading — a larger file is never held whole). The `response` part becomes the request
 * body, so the rate limit (per e-mail), the Idempotency-Key (its fingerprint covers the response
 * part, not the files) and the validation of the plain JSON submit all apply unchanged; the files
 * go to the controller. A request that is not multipart is a 415.
 */
@Injectable()
export class AttachmentUploadMiddleware implements NestMiddleware {
  private readonly upload: ReturnType<multer.Multer['array']>;

  constructor(private readonly settings: AttachmentSettings) {
    const { maxBytes, maxFiles } = settings.limits;
    this.upload = multer({
      storage: multer.memoryStorage(),
      defParamCharset: 'utf8',
      limits: { fileSize: maxBytes, files: maxFiles, fields: 1, fieldSize: 256 * 1024, parts: maxFiles + 1 },
    }).array('attachments', maxFiles);
  }

  async use(req: RequestWithAttachments, res: Response, next: NextFunction): Promise<void> {
    if (!req.is('multipart/form-data')) throw new MultipartExpectedError();
    await new Promise<void>((resolve, reject) => this.upload(req, res, (err?: unknown) => (err ? reject(this.refusal(err)) : resolve())));
    const files = (req.files as Express.Multer.File[] | undefined) ?? [];
    req.attachments = files.map((f) => ({ fileName: f.originalname, bytes: f.buffer }));
    req.body = parseResponsePart((req.body as Record<string, unknown> | undefined)?.response);
    next();
  }

  private refusal(err: unknown): unknown {
    // Not multer's own limit: busboy could not read the body (no boundary, a malformed part, a body
    // that ends early). That is the sender's request, a 400, never a 500.
    if (!(err instanceof multer.MulterError)) return new BadRequestException();
    if (err.code === 'LIMIT_FILE_SIZE') return new AttachmentTooLargeError(megabytes(this.settings.limits.maxBytes));
    if (err.code === 'LIMIT_FILE_COUNT' || (err.code === 'LIMIT_UNEXPECTED_FILE' && err.field === 'attachments')) return new TooManyAttachmentsError(this.settings.limits.maxFiles);
    // More parts or fields than a response has, a field over 256 kB, a file under another name.
    return err.code === 'LIMIT_UNEXPECTED_FILE' ? new BadRequestException() : new PayloadTooLargeException();
  }
}

/** The JSON of the `response` part; anything that is not a JSON object is left for the validation pipe to refuse (400). */
function parseResponsePart(part: unknown): unknown {
  if (typeof part !== 'string') return undefined;
  try {
    return JSON.parse(part);
  } catch {
    return undefined;
  }
}
