import type { AttachmentKind } from '../../domain/attachment-rules';
import type { ExtractionOutcome } from './attachment.store';

/** Reads the text of a document, bounded in time and memory; never throws for a bad document. */
export abstract class AttachmentTextExtractor {
  abstract extract(kind: AttachmentKind, bytes: Buffer): Promise<ExtractionOutcome>;
}
