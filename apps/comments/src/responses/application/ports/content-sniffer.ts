import type { AttachmentKind } from '../../domain/attachment-rules';

/**
 * Decides what a file is from its bytes: a PDF by its header, an ODT by the ZIP's first entry
 * (`mimetype`, stored, holding the ODF text type), a DOCX by the ZIP's `[Content_Types].xml`
 * declaring a WordprocessingML main document. Null for anything else — whatever its name says.
 */
export abstract class ContentSniffer {
  abstract sniff(bytes: Buffer): Promise<AttachmentKind | null>;
}
