import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** Who caused an event: a role and a pseudonymous id, never a name or an e-mail address. */
export const ACTOR_ROLES = [
  'reporter',
  'respondent',
  'official',
  'intake',
  'moderator',
  'coordinator',
  'admin',
  'system',
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export class EventActor {
  @IsIn(ACTOR_ROLES)
  role!: ActorRole;

  @IsString()
  @MaxLength(100)
  id!: string;
}

/** Event types are spelt `<area>.<PastTenseName>`, e.g. `loket.BarrierReported`. */
export const EVENT_TYPE_PATTERN = /^[a-z]+\.[A-Z][A-Za-z]+$/;

export class EventEnvelope<P extends object = Record<string, unknown>> {
  @IsUUID()
  eventId!: string;

  @Matches(EVENT_TYPE_PATTERN)
  type!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsISO8601({ strict: true })
  occurredAt!: string;

  @IsString()
  @MaxLength(200)
  aggregateId!: string;

  @IsInt()
  @Min(0)
  aggregateVersion!: number;

  @IsString()
  @MaxLength(200)
  correlationId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  causationId!: string | null;

  @ValidateNested()
  @Type(() => EventActor)
  actor!: EventActor;

  @IsObject()
  payload!: P;
}
