import { AttachmentTooLargeError, TooManyAttachmentsError, UnsupportedAttachmentError } from './attachment.errors';

/**
 * Position papers (issue 11 item 1): a response may carry documents. Three kinds, decided by the
 * file's bytes (see the ContentSniffer port), never by its name or the type the browser declared —
 * both are whatever the sender says.
 */
export const ATTACHMENT_KINDS = ['pdf', 'odt', 'docx'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The content type each kind is stored with and served as. */
export const CONTENT_TYPES: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * What became of an attachment's text. `pending`: waiting for the extractor (it runs after the
 * response is stored, off the request); `extracted`: the text is stored and searchable (possibly
 * empty: a scanned PDF has no text layer); `encrypted`: a password-protected document, no text;
 * `unreadable`: the bytes looked like the kind but the reader failed, ran out of time or memory.
 * The file itself is kept and downloadable in every status.
 */
export const TEXT_STATUSES = ['pending', 'extracted', 'encrypted', 'unreadable'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

export interface AttachmentLimits {
  /** Bytes per file. */
  maxBytes: number;
  /** Files per response. */
  maxFiles: number;
}

/** A file as it arrived: its bytes and the name the sender gave it. */
export interface ReceivedFile {
  fileName: string;
  bytes: Buffer;
}

const MiB = 1024 * 1024;
/** Megabytes with one decimal at most (10, 0.5): the message writes the number in the reader's language. */
export const megabytes = (bytes: number): number => Math.round((bytes / MiB) * 10) / 10;

export function checkCount(count: number, limits: AttachmentLimits): void {
  if (count > limits.maxFiles) throw new TooManyAttachmentsError(limits.maxFiles);
}

export function checkSize(file: ReceivedFile, limits: AttachmentLimits): void {
  if (file.bytes.length > limits.maxBytes) throw new AttachmentTooLargeError(megabytes(limits.maxBytes));
}

/** The sniffed kind, or a 415 naming the file. */
export function requireKind(file: ReceivedFile, kind: AttachmentKind | null): AttachmentKind {
  if (!kind) throw new UnsupportedAttachmentError(file.fileName);
  return kind;
}

/**
 * The name a download is offered under: the sender's name without a path, control characters or
 * quotes, with the extension of the kind the bytes are (a `.exe` renamed `.pdf` never gets this far;
 * a PDF named `nota.txt` is offered as `nota.txt.pdf`).
 */
export function safeFileName(name: string, kind: AttachmentKind): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '')
    .trim()
    .slice(0, 150);
  const stem = base || 'bijlage';
  return stem.toLowerCase().endsWith(`.${kind}`) ? stem : `${stem}.${kind}`;
}
