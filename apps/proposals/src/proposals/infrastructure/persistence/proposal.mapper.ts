import { ModerationMode, Proposal, ProposalState, ProposalStatus } from '../../domain/proposal.aggregate';
import { ProposalOrmEntity } from './proposal.orm-entity';

export const ProposalMapper = {
  toOrm(proposal: Proposal): ProposalOrmEntity {
    const s = proposal.snapshot();
    return Object.assign(new ProposalOrmEntity(), {
      id: s.id,
      status: s.status,
      title: s.title,
      summary: s.summary,
      body: s.body,
      theme: s.theme,
      strategyVersion: s.strategyVersion,
      questions: s.questions,
      documents: s.documents,
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      moderation: s.moderation,
      createdBy: s.createdBy,
      createdAt: s.createdAt,
      publishedAt: s.publishedAt,
      openedAt: s.openedAt,
      closedAt: s.closedAt,
      answeredAt: s.answeredAt,
      report: s.report,
      text: s.text,
      withdrawal: s.withdrawal,
      version: s.version,
    });
  },

  toState(row: ProposalOrmEntity): ProposalState {
    return {
      id: row.id,
      status: row.status as ProposalStatus,
      title: row.title,
      summary: row.summary,
      body: row.body,
      theme: row.theme,
      strategyVersion: row.strategyVersion,
      questions: row.questions,
      documents: row.documents,
      opensAt: new Date(row.opensAt),
      closesAt: new Date(row.closesAt),
      moderation: row.moderation as ModerationMode,
      createdBy: row.createdBy,
      createdAt: new Date(row.createdAt),
      publishedAt: row.publishedAt ? new Date(row.publishedAt) : null,
      openedAt: row.openedAt ? new Date(row.openedAt) : null,
      closedAt: row.closedAt ? new Date(row.closedAt) : null,
      answeredAt: row.answeredAt ? new Date(row.answeredAt) : null,
      report: row.report,
      text: row.text ?? null,
      withdrawal: row.withdrawal ?? null,
      version: row.version,
    };
  },

  toDomain(row: ProposalOrmEntity): Proposal {
    return Proposal.restore(ProposalMapper.toState(row));
  },
};
