/** Settings of the privacy module (abstract class = DI token). */
export abstract class PrivacySettings {
  /** PSEUDONYM_SECRET: the key of keyed hashes of e-mail addresses, the same in every service. */
  abstract readonly pseudonymSecret: string;
}
