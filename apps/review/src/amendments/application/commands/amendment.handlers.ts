import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { StrategyRevisionRequestedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { checkDecision, checkProposal, nextStrategyVersion } from '../../domain/amendment';
import { AmendmentNotFoundError, NoAcceptedAmendmentsError, UnknownEvidenceError, UnknownThemeError } from '../../domain/amendment.errors';
import { DecideAmendmentCommand, ProposeAmendmentCommand, RequestStrategyRevisionCommand } from './amendment.commands';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Evidence must be something the review has seen in its projections. */
async function evidenceExists(m: EntityManager, type: string, id: string): Promise<boolean> {
  const uuid = UUID.test(id);
  switch (type) {
    case 'barrier-report':
      return (await m.query(`SELECT 1 FROM report_facts WHERE reported_at IS NOT NULL AND (reference = $1 OR ($2 AND report_id::text = $1))`, [id, uuid])).length > 0;
    case 'barrier-cluster':
      return (await m.query(`SELECT 1 FROM report_facts WHERE duplicate_count > 0 AND (reference = $1 OR ($2 AND report_id::text = $1))`, [id, uuid])).length > 0;
    case 'consultation':
      return uuid && (await m.query(`SELECT 1 FROM proposal_facts WHERE proposal_id = $1 AND status <> 'draft'`, [id])).length > 0;
    case 'response':
      return uuid && (await m.query(`SELECT 1 FROM response_facts WHERE response_id = $1`, [id])).length > 0;
    default:
      return false;
  }
}

@CommandHandler(ProposeAmendmentCommand)
export class ProposeAmendmentHandler implements ICommandHandler<ProposeAmendmentCommand, { id: string }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: ProposeAmendmentCommand): Promise<{ id: string }> {
    return this.dataSource.transaction(async (m) => {
      const [latest] = await m.query(`SELECT version FROM strategy_versions ORDER BY published_at DESC, version DESC LIMIT 1`);
      const [theme] = latest ? await m.query(`SELECT actions FROM strategy_themes WHERE version = $1 AND code = $2`, [latest.version, cmd.proposal.themeCode]) : [];
      if (!theme) throw new UnknownThemeError(cmd.proposal.themeCode, latest?.version ?? null);
      checkProposal(cmd.proposal, theme);
      for (const e of cmd.proposal.evidence) if (!(await evidenceExists(m, e.type, e.id))) throw new UnknownEvidenceError(e.type, e.id);
      const id = randomUUID();
      const p = cmd.proposal;
      await m.query(
        `INSERT INTO amendments (id, year, kind, theme_code, action_index, text, summary, evidence, status, proposed_by, proposed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'proposed', $9, $10)`,
        [id, cmd.year, p.kind, p.themeCode, p.actionIndex ?? null, p.text ?? null, p.summary, JSON.stringify(p.evidence), cmd.by, this.clock.now()],
      );
      return { id };
    });
  }
}

@CommandHandler(DecideAmendmentCommand)
export class DecideAmendmentHandler implements ICommandHandler<DecideAmendmentCommand, { id: string; status: string }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: DecideAmendmentCommand): Promise<{ id: string; status: string }> {
    return this.dataSource.transaction(async (m) => {
      const [row] = await m.query(`SELECT status FROM amendments WHERE id = $1 FOR UPDATE`, [cmd.id]);
      if (!row) throw new AmendmentNotFoundError();
      checkDecision(row.status);
      await m.query(`UPDATE amendments SET status = $2, reason = $3, decided_by = $4, decided_at = $5 WHERE id = $1`, [cmd.id, cmd.decision, cmd.reason, cmd.by, this.clock.now()]);
      return { id: cmd.id, status: cmd.decision };
    });
  }
}

export interface RevisionRequestView {
  id: string;
  year: number;
  baseVersion: string;
  newVersion: string;
  amendments: string[];
}

/**
 * Asks the proposals service (owner of strategy versions) for the next version made of the year's
 * accepted amendments not asked for before: by event, through the outbox, in the same transaction
 * that marks them as asked for.
 */
@CommandHandler(RequestStrategyRevisionCommand)
export class RequestStrategyRevisionHandler implements ICommandHandler<RequestStrategyRevisionCommand, RevisionRequestView> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: RequestStrategyRevisionCommand): Promise<RevisionRequestView> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(7420200)`); // version numbers are handed out one at a time
      const accepted: { id: string; kind: string; theme_code: string; action_index: number | null; text: string | null; summary: string }[] = await m.query(
        `SELECT id, kind, theme_code, action_index, text, summary FROM amendments
          WHERE year = $1 AND status = 'accepted' AND revision_request_id IS NULL ORDER BY decided_at, id FOR UPDATE`,
        [cmd.year],
      );
      if (!accepted.length) throw new NoAcceptedAmendmentsError(cmd.year);
      const [latest] = await m.query(`SELECT version FROM strategy_versions ORDER BY published_at DESC, version DESC LIMIT 1`);
      const taken = new Set<string>([
        ...(await m.query(`SELECT version FROM strategy_versions`)).map((r: { version: string }) => r.version),
        ...(await m.query(`SELECT new_version FROM strategy_revision_requests`)).map((r: { new_version: string }) => r.new_version),
      ]);
      const id = randomUUID();
      const baseVersion: string = latest.version;
      const newVersion = nextStrategyVersion(cmd.year, taken);
      const now = this.clock.now();
      await m.query(`INSERT INTO strategy_revision_requests (id, year, base_version, new_version, requested_by, requested_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
        id, cmd.year, baseVersion, newVersion, cmd.by, now,
      ]);
      await m.query(`UPDATE amendments SET revision_request_id = $1 WHERE id = ANY($2::uuid[])`, [id, accepted.map((a) => a.id)]);
      const payload: StrategyRevisionRequestedV1 = {
        baseVersion,
        newVersion,
        year: cmd.year,
        amendments: accepted.map((a) => ({
          amendmentId: a.id,
          kind: a.kind as StrategyRevisionRequestedV1['amendments'][number]['kind'],
          themeCode: a.theme_code,
          ...(a.action_index !== null ? { actionIndex: a.action_index } : {}),
          ...(a.text !== null ? { text: a.text } : {}),
          summary: a.summary,
        })),
      };
      await this.outbox.append(m, [createEvent(StrategyRevisionRequestedV1, payload, { aggregateId: id, aggregateVersion: 1, actor: { role: 'coordinator', id: cmd.by }, occurredAt: now })]);
      return { id, year: cmd.year, baseVersion, newVersion, amendments: accepted.map((a) => a.id) };
    });
  }
}
