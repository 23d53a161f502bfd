import { IsUUID, Matches } from 'class-validator';
import { Topics } from '../topics';

/** A keyed hash as `keyedHash` of @pb/kernel writes it: HMAC-SHA-256 in lower-case hex. */
export const SUBJECT_HASH_PATTERN = /^[0-9a-f]{64}$/;

/**
 * An admin asked to erase a person (AVG/GDPR art. 17). The person is named by a keyed hash of the
 * normalised e-mail address — `keyedHash(PSEUDONYM_SECRET, 'email', normaliseEmailAddress(email))`
 * — never by the address itself: the event stays in Kafka's log, which a delete cannot reach. Each
 * service that holds personal data computes the same hash over its own rows and erases the matches.
 */
export class ErasureRequestedV1 {
  static readonly type = 'privacy.ErasureRequested';
  static readonly version = 1;
  static readonly topic = Topics.erasures;
  static readonly description = 'A person (named by a keyed hash of their e-mail address) is to be erased from every service.';

  @IsUUID()
  erasureId!: string;

  @Matches(SUBJECT_HASH_PATTERN)
  subjectHash!: string;
}
