import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import { CitedRegulationV1 } from '../cited-regulation';
import { Topics } from '../topics';
import { ResponseSubmittedBase } from './response-submitted.v1';

/**
 * A response counts (version 2): as version 1, plus the regulations its text cites — found by the
 * comments service with the regulation index (a BWB id, or a law named with an article) where the
 * text is kept. The text itself never leaves the comments service.
 */
export class ResponseSubmittedV2 extends ResponseSubmittedBase {
  static readonly type = 'consultation.ResponseSubmitted';
  static readonly version = 2;
  static readonly topic = Topics.comments;
  static readonly description =
    'A consultation response counts (its e-mail address was verified); pseudonymous respondent id and the regulations its text cites (BWB id and article), no text.';

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CitedRegulationV1)
  citedRegulations!: CitedRegulationV1[];
}
