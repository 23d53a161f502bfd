import type { KeysetPage, PageRequest } from '@pb/kernel';
import type { ProposalStatus } from '../../../domain/proposal.aggregate';
import { ProposalReadModel, ProposalRow } from '../../ports/proposal.read-model';
import { ListProposalsHandler } from './list-proposals.handler';
import { ListProposalsQuery } from './list-proposals.query';

/** Records what the handler asks the read model for. */
class RecordingReadModel extends ProposalReadModel {
  asked: { statuses: ProposalStatus[]; theme?: string }[] = [];
  async get(): Promise<ProposalRow | null> {
    return null;
  }
  async list(filter: { statuses: ProposalStatus[]; theme?: string }): Promise<KeysetPage<ProposalRow>> {
    this.asked.push(filter);
    return { items: [], nextKey: null };
  }
}

const page: PageRequest = { limit: 20, after: null };

describe('ListProposalsHandler', () => {
  it('never asks for drafts for the public, also not when the public filters on them', async () => {
    const readModel = new RecordingReadModel();
    const handler = new ListProposalsHandler(readModel);
    await handler.execute(new ListProposalsQuery({}, false, page));
    await handler.execute(new ListProposalsQuery({ status: 'draft' }, false, page));
    expect(readModel.asked).toEqual([{ statuses: ['scheduled', 'open', 'closed', 'answered', 'withdrawn'], theme: undefined }, { statuses: [], theme: undefined }]);
  });

  it('asks for every status, or the one filtered on, for a coordinator', async () => {
    const readModel = new RecordingReadModel();
    const handler = new ListProposalsHandler(readModel);
    await handler.execute(new ListProposalsQuery({ theme: '1.1' }, true, page));
    await handler.execute(new ListProposalsQuery({ status: 'draft' }, true, page));
    expect(readModel.asked).toEqual([{ statuses: ['draft', 'scheduled', 'open', 'closed', 'answered', 'withdrawn'], theme: '1.1' }, { statuses: ['draft'], theme: undefined }]);
  });
});
