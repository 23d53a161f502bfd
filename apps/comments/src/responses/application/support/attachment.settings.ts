import type { AttachmentLimits } from '../../domain/attachment-rules';

/** The attachment limits and the extractor's bounds, from the environment (ATTACHMENT_*). */
export abstract class AttachmentSettings {
  abstract readonly limits: AttachmentLimits;
  /** An extraction taking longer is ended; the attachment becomes `unreadable`. */
  abstract readonly extractionTimeoutMs: number;
  /** The extractor thread's heap limit. */
  abstract readonly extractionMemoryMb: number;
  /** Text beyond this many characters is not kept. */
  abstract readonly maxTextChars: number;
  /** How often the background extractor looks for work (0: it does not run in this process). */
  abstract readonly extractionPollMs: number;
}
