import type { Tx } from '@pb/persistence';
import type { AttachmentKind, TextStatus } from '../../domain/attachment-rules';

/** A checked file to store with its response. */
export interface NewAttachment {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  bytes: Buffer;
  sha256: string;
}

/** What a list shows of an attachment (never its text: that is for search and the analysis). */
export interface AttachmentSummary {
  id: string;
  responseId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  textStatus: TextStatus;
}

/** A file to hand out, with what decides who may have it. */
export interface AttachmentFile {
  id: string;
  responseId: string;
  proposalId: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  /** The response is published and public, and so is every response it hangs under. */
  publiclyVisible: boolean;
  /** The response's address was confirmed and it was not erased (what a coordinator reads). */
  confirmed: boolean;
}

/** An attachment whose text is to be extracted (claimed by one extractor at a time). */
export interface PendingAttachment {
  id: string;
  kind: AttachmentKind;
  bytes: Buffer;
}

/** Text extracted from a confirmed response's attachment, not announced yet. */
export interface UnannouncedText {
  attachmentId: string;
  responseId: string;
  proposalId: string;
  respondentId: string;
  responseVersion: number;
  kind: AttachmentKind;
  text: string;
}

export type ExtractionOutcome = { status: 'extracted'; text: string } | { status: 'encrypted' } | { status: 'unreadable'; reason: string };

/** The attachments of responses: files in the comments database (bytea), their text and its state. */
export abstract class AttachmentStore {
  /** Stores the files of a response being submitted, in the submit's transaction. */
  abstract add(manager: Tx, responseId: string, files: NewAttachment[], at: Date): Promise<void>;
  /** The file with its response's visibility; null when unknown or its response was erased. */
  abstract file(id: string): Promise<AttachmentFile | null>;
  /** The attachments of the proposal's publicly visible responses, in upload order (at most `limit`). */
  abstract publicOf(proposalId: string, limit: number): Promise<AttachmentSummary[]>;
  /**
   * Claims the oldest attachment waiting for its text (or one whose claim is older than
   * `staleBefore`: its extractor died), so replicas never extract one file twice at once.
   */
  abstract claimPending(now: Date, staleBefore: Date): Promise<PendingAttachment | null>;
  /** Stores the outcome of an extraction. */
  abstract recordText(id: string, outcome: ExtractionOutcome, at: Date): Promise<void>;
  /** The extracted texts of confirmed, not erased responses not announced yet, oldest first, locked (skipping rows another replica holds). */
  abstract lockUnannounced(manager: Tx, limit: number): Promise<UnannouncedText[]>;
  abstract markAnnounced(manager: Tx, ids: string[], at: Date): Promise<void>;
}

