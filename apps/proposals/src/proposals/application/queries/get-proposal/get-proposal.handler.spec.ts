import type { KeysetPage } from '@pb/kernel';
import { ProposalNotFoundError } from '../../../domain/proposal.errors';
import { ProposalReadModel, ProposalRow } from '../../ports/proposal.read-model';
import { GetProposalHandler } from './get-proposal.handler';
import { GetProposalQuery } from './get-proposal.query';

const row = (id: string, status: ProposalRow['status']) => ({ id, status, responseCount: 0 }) as ProposalRow;

class InMemoryReadModel extends ProposalReadModel {
  private readonly rows = new Map([row('draft-1', 'draft'), row('open-1', 'open')].map((r) => [r.id, r]));
  async get(id: string) {
    return this.rows.get(id) ?? null;
  }
  async list(): Promise<KeysetPage<ProposalRow>> {
    throw new Error('not used');
  }
}

const handler = new GetProposalHandler(new InMemoryReadModel());

describe('GetProposalHandler', () => {
  it('shows a draft to a coordinator only; to the public it does not exist', async () => {
    expect((await handler.execute(new GetProposalQuery('draft-1', true))).id).toBe('draft-1');
    await expect(handler.execute(new GetProposalQuery('draft-1', false))).rejects.toThrow(ProposalNotFoundError);
    await expect(handler.execute(new GetProposalQuery('unknown', true))).rejects.toThrow(ProposalNotFoundError);
  });

  it('shows a published proposal to anyone', async () => {
    expect((await handler.execute(new GetProposalQuery('open-1', false))).status).toBe('open');
  });
});
