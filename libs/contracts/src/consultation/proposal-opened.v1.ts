import { IsISO8601, IsUUID, Matches } from 'class-validator';
import { Topics } from '../topics';
import { THEME_CODE_PATTERN } from '../strategy/vocabulary';

/** The scheduler opened the consultation of a proposal (exactly once). */
export class ProposalOpenedV1 {
  static readonly type = 'consultation.ProposalOpened';
  static readonly version = 1;
  static readonly topic = Topics.proposals;
  static readonly description = 'The consultation of a proposal opened (at its opening time).';

  @IsUUID()
  proposalId!: string;

  @Matches(THEME_CODE_PATTERN)
  theme!: string;

  @IsISO8601({ strict: true })
  opensAt!: string;

  @IsISO8601({ strict: true })
  closesAt!: string;

  /** When the scheduler actually opened it (at or shortly after `opensAt`). */
  @IsISO8601({ strict: true })
  openedAt!: string;
}
