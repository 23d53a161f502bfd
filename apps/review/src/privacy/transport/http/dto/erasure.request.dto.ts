import { IsEmail, IsUUID, MaxLength } from 'class-validator';

export class RequestErasureRequestDto {
  /** The address the person used anywhere on the platform (loket, consultations); compared trimmed and lower-cased. */
  @IsEmail({ allow_display_name: false, require_tld: true })
  @MaxLength(254)
  email!: string;
}

export class ErasureParamsDto {
  @IsUUID()
  id!: string;
}
