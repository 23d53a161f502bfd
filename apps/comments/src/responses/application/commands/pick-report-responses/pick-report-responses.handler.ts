import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { ProposalNotKnownError } from '../../../domain/response.errors';
import { ReadingRoomStore, ReportPick } from '../../ports/reading-room.store';
import { PickReportResponsesCommand } from './pick-report-responses.command';

/**
 * Keeps the responses a coordinator picked in the reading room for a topic of the report, so the
 * report form can offer them (instead of asking for ids no page shows). Ids that are not confirmed
 * responses of this proposal are ignored: the form only ever sends ids it listed.
 */
@CommandHandler(PickReportResponsesCommand)
export class PickReportResponsesHandler implements ICommandHandler<PickReportResponsesCommand, ReportPick[]> {
  constructor(
    private readonly store: ReadingRoomStore,
    private readonly clock: Clock,
  ) {}

  async execute({ proposalId, slot, responseIds, action }: PickReportResponsesCommand): Promise<ReportPick[]> {
    if (!(await this.store.questions(proposalId))) throw new ProposalNotKnownError();
    const ids = [...new Set(responseIds)];
    if (action === 'add') await this.store.pick(proposalId, slot, ids, this.clock.now());
    else await this.store.unpick(proposalId, slot, ids);
    return this.store.picks(proposalId);
  }
}
