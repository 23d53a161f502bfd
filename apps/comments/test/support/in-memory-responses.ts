import type { EventEnvelope } from '@pb/contracts';
import { Transactions } from '@pb/persistence';
import type { MailOutbox, OutgoingMail } from '@pb/mail';
import type { OutboxWriter } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ProjectedProposal, ProposalProjectionStore, PublishedProposal } from '../../src/responses/application/ports/proposal-projection.store';
import { ResponseRepository } from '../../src/responses/application/ports/response.repository';
import { Support, SupportStore } from '../../src/responses/application/ports/support.store';
import { Verification, VerificationStore } from '../../src/responses/application/ports/verification.store';
import { ConsultationResponse, ConsultationResponseState } from '../../src/responses/domain/consultation-response.aggregate';
import { AlreadyRespondedError } from '../../src/responses/domain/response.errors';

/**
 * In-memory ports of the responses module, for unit tests of its handlers (the integration tests
 * run the real stores on PostgreSQL). No transaction: every write lands at once.
 */
export const manager = {} as EntityManager;

export class InMemoryTransactions extends Transactions {
  run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return work(manager);
  }
}

export class InMemoryResponses extends ResponseRepository {
  readonly rows = new Map<string, ConsultationResponseState>();

  async insert(_m: EntityManager, response: ConsultationResponse): Promise<void> {
    this.rows.set(response.id, response.snapshot());
  }
  async find(_m: EntityManager, id: string): Promise<ConsultationResponse | null> {
    const row = this.rows.get(id);
    return row ? ConsultationResponse.restore(row) : null;
  }
  async save(_m: EntityManager, response: ConsultationResponse): Promise<void> {
    const s = response.snapshot();
    if (this.rows.get(s.id)?.version !== response.persistedVersion) throw new Error(`response ${s.id} changed concurrently`);
    // The one-verified-response-per-address index.
    const taken = [...this.rows.values()].some((r) => r.id !== s.id && !r.parentId && !s.parentId && r.verifiedAt && s.verifiedAt && r.proposalId === s.proposalId && r.emailNormalised === s.emailNormalised);
    if (taken) throw new AlreadyRespondedError();
    this.rows.set(s.id, s);
  }
  async hasVerifiedResponse(_m: EntityManager, proposalId: string, emailNormalised: string, except?: string): Promise<boolean> {
    return [...this.rows.values()].some((r) => r.proposalId === proposalId && r.emailNormalised === emailNormalised && !r.parentId && r.verifiedAt && r.id !== except);
  }
}

export class InMemoryProposals extends ProposalProjectionStore {
  readonly rows = new Map<string, ProjectedProposal>();

  async find(_m: EntityManager, proposalId: string): Promise<ProjectedProposal | null> {
    return this.rows.get(proposalId) ?? null;
  }
  async upsertPublished(_m: EntityManager, p: PublishedProposal): Promise<void> {
    this.rows.set(p.proposalId, { status: 'scheduled', textVersion: 1, anchors: null, withdrawnAt: null, ...this.rows.get(p.proposalId), ...p });
  }
  async advance(_m: EntityManager, proposalId: string, status: 'open' | 'closed' | 'answered' | 'withdrawn', at?: Date): Promise<void> {
    const order = ['scheduled', 'open', 'closed', 'answered', 'withdrawn'];
    const p = this.rows.get(proposalId);
    if (p && order.indexOf(p.status) < order.indexOf(status)) {
      p.status = status;
      if (status === 'withdrawn') p.withdrawnAt = at ?? null;
    }
  }
  async recordText(_m: EntityManager, proposalId: string, textVersion: number, anchors: { anchor: string; since: number }[]): Promise<void> {
    const p = this.rows.get(proposalId);
    if (p && p.textVersion < textVersion) Object.assign(p, { textVersion, anchors });
  }
  async extendClosing(_m: EntityManager, proposalId: string, closesAt: Date): Promise<boolean> {
    const p = this.rows.get(proposalId);
    if (!p || p.closesAt.getTime() >= closesAt.getTime()) return false;
    p.closesAt = closesAt;
    return true;
  }
  /** Only for a proposal already held (the SQL store also keeps one that arrives first). */
  async recordTitleTranslation(_m: EntityManager, t: { proposalId: string; lang: 'en'; title: string; translatedAt: Date }): Promise<void> {
    const p = this.rows.get(t.proposalId);
    if (p) p.titleEn = t.title;
  }
}

export class InMemoryVerifications extends VerificationStore {
  readonly rows = new Map<string, Verification>();

  async issue(_m: EntityManager, v: Omit<Verification, 'usedAt'>): Promise<void> {
    this.rows.set(v.tokenHash, { ...v, usedAt: null });
  }
  async findForUpdate(_m: EntityManager, tokenHash: string): Promise<Verification | null> {
    const v = this.rows.get(tokenHash);
    return v ? { ...v } : null;
  }
  async markUsed(_m: EntityManager, tokenHash: string, at: Date): Promise<void> {
    this.rows.get(tokenHash)!.usedAt = at;
  }
}

export class InMemorySupports extends SupportStore {
  readonly rows: (Support & { emailNormalised: string })[] = [];

  async add(_m: EntityManager, s: { supportId: string; responseId: string; emailNormalised: string; supporterId: string; createdAt: Date }): Promise<void> {
    if (!this.rows.some((r) => r.responseId === s.responseId && r.emailNormalised === s.emailNormalised)) this.rows.push({ supportId: s.supportId, responseId: s.responseId, emailNormalised: s.emailNormalised, supporterId: s.supporterId, counted: false });
  }
  async findForUpdate(_m: EntityManager, supportId: string): Promise<Support | null> {
    const s = this.rows.find((r) => r.supportId === supportId);
    return s ? { ...s } : null;
  }
  async findByAddressForUpdate(_m: EntityManager, responseId: string, emailNormalised: string): Promise<Pick<Support, 'supportId' | 'counted'> | null> {
    const s = this.rows.find((r) => r.responseId === responseId && r.emailNormalised === emailNormalised);
    return s ? { supportId: s.supportId, counted: s.counted } : null;
  }
  async markCounted(_m: EntityManager, supportId: string): Promise<void> {
    this.rows.find((r) => r.supportId === supportId)!.counted = true;
  }
}

/** The outbox writer and the mail outbox, recording what they were given. */
export function recordingOutboxes() {
  const events: EventEnvelope<object>[] = [];
  const mails: OutgoingMail[] = [];
  const outbox = { append: async (_m: EntityManager, appended: EventEnvelope<object>[]) => void events.push(...appended) } as unknown as OutboxWriter;
  const mail = { enqueue: async (_m: EntityManager, m: OutgoingMail) => (mails.push(m), String(mails.length)) } as unknown as MailOutbox;
  return { events, mails, outbox, mail };
}
