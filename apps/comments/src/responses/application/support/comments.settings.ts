/** The part of the environment the use cases read (injected, so tests can set it). */
export abstract class CommentsSettings {
  abstract readonly publicBaseUrl: string;
  abstract readonly respondentIdSecret: string;
  /** Key of the keyed hashes of client and e-mail addresses in rate limits and flags (PSEUDONYM_SECRET). */
  abstract readonly pseudonymSecret: string;
  abstract readonly verificationTtlHours: number;
  abstract readonly rateLimitWindowSeconds: number;
  abstract readonly rateLimitPerAddress: number;
  abstract readonly rateLimitPerEmail: number;
}
