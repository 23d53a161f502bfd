import { IsUUID } from 'class-validator';
import { Topics } from '../topics';

/**
 * A company took its "this is my barrier too" back (the withdrawal link in its mails, issue 10,
 * item 7): the barrier's crowd shrinks by the one endorsement `endorsementId` names. Ids only, like
 * BarrierEndorsed: who endorsed stays in the loket, and its counterpart is found by the same id.
 */
export class BarrierEndorsementWithdrawnV1 {
  static readonly type = 'loket.BarrierEndorsementWithdrawn';
  static readonly version = 1;
  static readonly topic = Topics.barrierReports;
  static readonly description = 'A company withdrew its endorsement of a published barrier ("this is my barrier too" taken back).';

  /** The endorsement BarrierEndorsed v1 announced. */
  @IsUUID()
  endorsementId!: string;

  /** The report the register entry is (the original of its cluster). */
  @IsUUID()
  reportId!: string;
}
