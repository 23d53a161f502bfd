import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AttachmentFile, AttachmentStore, AttachmentSummary, ExtractionOutcome, NewAttachment, PendingAttachment, UnannouncedText } from '../../application/ports/attachment.store';
import { AttachmentKind, CONTENT_TYPES, TextStatus } from '../../domain/attachment-rules';

interface SummaryRow {
  id: string;
  response_id: string;
  kind: AttachmentKind;
  file_name: string;
  size_bytes: number;
  text_status: TextStatus;
}

const summary = (r: SummaryRow): AttachmentSummary => ({
  id: r.id,
  responseId: r.response_id,
  fileName: r.file_name,
  contentType: CONTENT_TYPES[r.kind],
  sizeBytes: r.size_bytes,
  textStatus: r.text_status,
});

/** A response is publicly visible when it and every response above it are published, public and not erased. */
const VISIBLE_UP = `
  WITH RECURSIVE chain AS (
    SELECT r.id, r.parent_id, (r.status = 'published' AND r.is_public AND r.erased_at IS NULL) AS ok FROM responses r WHERE r.id = $1
    UNION ALL
    SELECT p.id, p.parent_id, (p.status = 'published' AND p.is_public AND p.erased_at IS NULL) FROM responses p JOIN chain c ON p.id = c.parent_id)
  SELECT coalesce(bool_and(ok), false) AS visible FROM chain`;

/** Parameterised SQL over `response_attachments` (ADR 0009: set-based reads and claims live in a store). */
@Injectable()
export class TypeOrmAttachmentStore extends AttachmentStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async add(manager: EntityManager, responseId: string, files: NewAttachment[], at: Date): Promise<void> {
    for (const [position, f] of files.entries()) {
      await manager.query(
        `INSERT INTO response_attachments (id, response_id, position, kind, file_name, size_bytes, sha256, content, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [f.id, responseId, position, f.kind, f.fileName, f.bytes.length, f.sha256, f.bytes, at],
      );
    }
  }

  async file(id: string): Promise<AttachmentFile | null> {
    const [row]: { id: string; response_id: string; proposal_id: string; kind: AttachmentKind; file_name: string; content: Buffer; confirmed: boolean }[] = await this.ds.query(
      `SELECT a.id, a.response_id, r.proposal_id, a.kind, a.file_name, a.content, (r.verified_at IS NOT NULL) AS confirmed
         FROM response_attachments a JOIN responses r ON r.id = a.response_id
        WHERE a.id = $1 AND r.erased_at IS NULL`,
      [id],
    );
    if (!row) return null;
    const [{ visible }] = await this.ds.query(VISIBLE_UP, [row.response_id]);
    return {
      id: row.id,
      responseId: row.response_id,
      proposalId: row.proposal_id,
      fileName: row.file_name,
      contentType: CONTENT_TYPES[row.kind],
      bytes: row.content,
      publiclyVisible: visible,
      confirmed: row.confirmed,
    };
  }

  async publicOf(proposalId: string, limit: number): Promise<AttachmentSummary[]> {
    const rows: SummaryRow[] = await this.ds.query(
      `WITH RECURSIVE visible AS (
         SELECT id FROM responses WHERE proposal_id = $1 AND parent_id IS NULL AND status = 'published' AND is_public AND erased_at IS NULL
         UNION ALL
         SELECT c.id FROM responses c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'published' AND c.is_public AND c.erased_at IS NULL)
       SELECT a.id, a.response_id, a.kind, a.file_name, a.size_bytes, a.text_status
         FROM response_attachments a JOIN visible v ON v.id = a.response_id
        ORDER BY a.uploaded_at, a.response_id, a.position LIMIT $2`,
      [proposalId, limit],
    );
    return rows.map(summary);
  }

  async claimPending(now: Date, staleBefore: Date): Promise<PendingAttachment | null> {
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM's query().
    const [rows]: [{ id: string; kind: AttachmentKind; content: Buffer }[], number] = await this.ds.query(
      `UPDATE response_attachments SET claimed_at = $1
        WHERE id = (SELECT id FROM response_attachments
                     WHERE text_status = 'pending' AND (claimed_at IS NULL OR claimed_at < $2)
                     ORDER BY uploaded_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, content`,
      [now, staleBefore],
    );
    const [row] = rows;
    return row ? { id: row.id, kind: row.kind, bytes: row.content } : null;
  }

  async recordText(id: string, outcome: ExtractionOutcome, at: Date): Promise<void> {
    await this.ds.query(
      `UPDATE response_attachments SET text_status = $2, text = $3, text_problem = $4, extracted_at = $5, claimed_at = NULL
        WHERE id = $1 AND text_status = 'pending'`,
      [id, outcome.status, outcome.status === 'extracted' ? outcome.text : null, outcome.status === 'unreadable' ? outcome.reason : null, at],
    );
  }

  async lockUnannounced(manager: EntityManager, limit: number): Promise<UnannouncedText[]> {
    const rows: { id: string; response_id: string; proposal_id: string; respondent_id: string; version: number; kind: AttachmentKind; text: string }[] = await manager.query(
      `SELECT a.id, a.response_id, r.proposal_id, r.respondent_id, r.version, a.kind, a.text
         FROM response_attachments a JOIN responses r ON r.id = a.response_id
        WHERE a.text_status = 'extracted' AND a.announced_at IS NULL AND r.verified_at IS NOT NULL AND r.erased_at IS NULL
        ORDER BY a.extracted_at, a.id LIMIT $1
        FOR UPDATE OF a SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => ({
      attachmentId: r.id,
      responseId: r.response_id,
      proposalId: r.proposal_id,
      respondentId: r.respondent_id,
      responseVersion: r.version,
      kind: r.kind,
      text: r.text,
    }));
  }

  async markAnnounced(manager: EntityManager, ids: string[], at: Date): Promise<void> {
    await manager.query(`UPDATE response_attachments SET announced_at = $2 WHERE id = ANY($1::uuid[])`, [ids, at]);
  }
}
